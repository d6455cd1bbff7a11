package hotseat.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import hotseat.cohort.Cohort;
import hotseat.scenario.Scenario;

/** The forms a cohort report can be written in. */
public enum CohortFormat {
    TEXT, MARKDOWN, JSON, HTML;

    /**
     * The report in this format.
     *
     * @param scenarios the scenarios played, by id, for the branch maps (those not at hand are left out)
     * @param colour    bold headings; text only
     */
    public String render(Cohort c, Map<String, Scenario> scenarios, boolean colour) {
        return switch (this) {
            case TEXT -> CohortText.text(c, colour);
            case MARKDOWN -> CohortText.markdown(c);
            case JSON -> json(c);
            case HTML -> CohortHtml.render(c, scenarios);
        };
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static String json(Cohort c) {
        try {
            return Json.MAPPER.writeValueAsString(c) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
