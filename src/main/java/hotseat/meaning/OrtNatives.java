package hotseat.meaning;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * ONNX Runtime's native libraries, unpacked from the jar once into a folder of the cache and kept
 * there, so that each start neither writes 17 MB to the temporary folder nor leaves anything
 * behind in it.
 */
final class OrtNatives {
    /** The ONNX Runtime version these libraries belong to; the folder is named for it, so an upgrade unpacks afresh. */
    static final String VERSION = "1.20.0";

    private OrtNatives() {}

    /**
     * The folder holding this platform's libraries, unpacked into {@code base} if they are not
     * there yet; null when this build has none for the platform or the folder cannot be written
     * (ONNX Runtime then unpacks them itself, or says it cannot run here).
     */
    static Path unpack(Path base) {
        String platform = platform();
        if (platform == null) {
            return null;
        }
        Path dir = base.resolve(platform);
        try {
            for (String name : List.of("onnxruntime", "onnxruntime4j_jni")) {
                String file = System.mapLibraryName(name);
                String resource = "/ai/onnxruntime/native/" + platform + "/" + file;
                var url = OrtNatives.class.getResource(resource);
                if (url == null) {
                    return null;
                }
                URLConnection connection = url.openConnection();
                long size = connection.getContentLengthLong();
                Path target = dir.resolve(file);
                if (Files.isRegularFile(target) && size >= 0 && Files.size(target) == size) {
                    continue;
                }
                try (InputStream in = connection.getInputStream()) {
                    Caches.writeAtomically(in, target);
                }
            }
            return dir;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The platform as ONNX Runtime's jar names its folders: linux-x64, osx-aarch64, win-x64 and so on. */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String o = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win"
                : os.contains("nux") ? "linux" : null;
        String a = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        return o == null || a == null ? null : o + "-" + a;
    }
}
