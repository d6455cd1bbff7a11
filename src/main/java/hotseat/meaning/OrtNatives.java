package hotseat.meaning;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import hotseat.load.Caches;

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
        for (String name : List.of("onnxruntime", "onnxruntime4j_jni")) {
            String file = System.mapLibraryName(name);
            if (Caches.unpacked(OrtNatives.class, "/ai/onnxruntime/native/" + platform + "/" + file, dir.resolve(file)) == null) {
                return null;
            }
        }
        return dir;
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
