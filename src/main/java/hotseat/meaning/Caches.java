package hotseat.meaning;

import java.nio.file.Path;
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
}
