package hotseat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a report to the screen, or to a file atomically (a temporary file in the same folder, then a rename). */
final class OutputFile {
    private OutputFile() {}

    /** @param what the report's name, for the line that says where it was written ("Debrief", "Progress") */
    static void write(String text, Path file, PrintWriter out, String what) {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        Path target = file.toAbsolutePath();
        try {
            Path dir = target.getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + target.getFileName() + "-", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new CommandFailure(file + ": cannot write the " + what.toLowerCase(java.util.Locale.ROOT) + " (" + e.getMessage() + ")");
        }
        out.println(what + " written to " + file);
        out.flush();
    }
}
