package hotseat.meaning;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/** Where Hotseat keeps files it can make again: {@code $XDG_CACHE_HOME/hotseat}, by default {@code ~/.cache/hotseat}. */
public final class Caches {
    private Caches() {}

    public static Path folder(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("hotseat");
    }

    public static Path folder() {
        return folder(System.getenv());
    }

    /**
     * Writes {@code in} to {@code target} through a temporary file beside it, renamed into place,
     * so that a half-written copy is never read.
     */
    static void writeAtomically(InputStream in, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, target.getFileName().toString(), ".part");
        try {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
