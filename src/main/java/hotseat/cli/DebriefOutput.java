package hotseat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import hotseat.debrief.Debrief;
import hotseat.report.ReportFormat;

/** Writes a debrief to the screen or to a file. */
final class DebriefOutput {
    private DebriefOutput() {}

    static void write(Debrief debrief, ReportFormat format, Path file, PrintWriter out) {
        if (file == null) {
            out.print(format.render(debrief, format == ReportFormat.TEXT && Style.detect().colour()));
            out.flush();
            return;
        }
        Path target = file.toAbsolutePath();
        try {
            Path dir = target.getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + target.getFileName() + "-", ".tmp");
            try {
                Files.writeString(tmp, format.render(debrief, false), StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new CommandFailure(file + ": cannot write the debrief (" + e.getMessage() + ")");
        }
        out.println("Debrief written to " + file);
        out.flush();
    }
}
