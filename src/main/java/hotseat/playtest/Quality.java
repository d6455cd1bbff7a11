package hotseat.playtest;

import java.util.Locale;

/** How good a reply from the built-in pool is, as labelled by hand. */
public enum Quality {
    STRONG, MIDDLING, POOR;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
