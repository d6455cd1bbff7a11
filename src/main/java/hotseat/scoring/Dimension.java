package hotseat.scoring;

import java.util.Locale;

/** The three things every reply is rated on, each 0–100. */
public enum Dimension {
    CALMNESS, ACKNOWLEDGMENT, RESOLUTION;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
