package hotseat.conversation;

import java.util.Locale;

/**
 * How a run is played. Practice shows a coaching note after every reply and allows taking a
 * reply back; assessment holds every note back until the debrief and allows no undo.
 */
public enum Mode {
    PRACTICE, ASSESS;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Mode fromWord(String word) {
        return valueOf(word.trim().toUpperCase(Locale.ROOT));
    }
}
