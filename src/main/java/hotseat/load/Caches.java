package hotseat.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
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
     * What this build is, for keeping results worked out from what it contains (its scenarios,
     * rubric and code): the jar's path, size and time. Null when the classes are not in a jar (a
     * development build changes without notice, so nothing should be kept for it).
     */
    public static String buildIdentity() {
        try {
            var code = Caches.class.getProtectionDomain().getCodeSource();
            Path build = code == null ? null : Path.of(code.getLocation().toURI());
            if (build == null || !Files.isRegularFile(build)) {
                return null;
            }
            return build + "/" + Files.size(build) + "/" + Files.getLastModifiedTime(build).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The resource {@code name} (as {@link Class#getResource} finds it from {@code from}) as a file
     * at {@code target}, copied there the first time; a file of the resource's size is taken as
     * that copy, so the check costs no read of its contents. Null when the resource is not in the
     * jar or the file cannot be written.
     */
    public static Path unpacked(Class<?> from, String name, Path target) {
        var url = from.getResource(name);
        if (url == null) {
            return null;
        }
        try {
            java.net.URLConnection connection = url.openConnection();
            long size = connection.getContentLengthLong();
            if (Files.isRegularFile(target) && (size < 0 || Files.size(target) == size)) {
                return target;
            }
            try (InputStream in = connection.getInputStream()) {
                writeAtomically(in, target);
            }
            return target;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Writes {@code in} to {@code target} through a temporary file beside it, renamed into place,
     * so that a half-written copy is never read.
     */
    public static void writeAtomically(InputStream in, Path target) throws IOException {
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
