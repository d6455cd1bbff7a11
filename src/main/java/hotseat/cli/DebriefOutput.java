package hotseat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;

import hotseat.debrief.Debrief;
import hotseat.report.Json;
import hotseat.report.ReportFormat;
import hotseat.session.RunRecord;

/** Writes a debrief to the screen or to a file. */
final class DebriefOutput {
    private DebriefOutput() {}

    static void write(Debrief debrief, ReportFormat format, Path file, PrintWriter out) {
        write(debrief, null, format, file, out);
    }

    /**
     * A run's debrief; as JSON, the whole run as one document (its replies, times, scenario and
     * debrief), which `hotseat debrief FILE`, `replay FILE` and `runs --import` read back.
     */
    static void write(RunRecord run, ReportFormat format, Path file, PrintWriter out) {
        write(run.debrief(), run, format, file, out);
    }

    private static void write(Debrief debrief, RunRecord run, ReportFormat format, Path file, PrintWriter out) {
        String text;
        if (format == ReportFormat.JSON && run != null) {
            try {
                text = Json.MAPPER.writeValueAsString(run) + "\n";
            } catch (JsonProcessingException e) {
                throw new CommandFailure("run " + run.id() + ": cannot be written as JSON (" + e.getOriginalMessage() + ")");
            }
        } else {
            text = format.render(debrief, file == null && format == ReportFormat.TEXT && Style.detect().colour());
        }
        OutputFile.write(text, file, out, "Debrief");
    }
}
