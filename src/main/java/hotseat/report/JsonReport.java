package hotseat.report;

import java.io.IOException;
import java.io.UncheckedIOException;

import hotseat.debrief.Debrief;

/** The debrief as JSON, for tools and dashboards; the same shape saved runs keep. */
public final class JsonReport {
    private JsonReport() {}

    public static String render(Debrief d) {
        try {
            return Json.MAPPER.writeValueAsString(d) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
