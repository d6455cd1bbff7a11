package hotseat.conversation;

/**
 * How long a typed reply may be. The engine refuses a longer one ({@link Refusal#TOO_LONG}); the
 * reply box stops taking keys at it; and every front end gives the same reason in the same words.
 */
public final class ReplyLimit {
    private ReplyLimit() {}

    /**
     * The most characters (Unicode code points, so an emoji is one) a typed reply may have: about
     * 700 words, several times the longest thing a customer on the phone or in a chat would sit
     * through, so no real reply meets it, while a runaway paste is stopped.
     */
    public static final int MAX_LENGTH = 4000;

    /** What a trainee is told when a reply would pass {@link #MAX_LENGTH}, in every front end. */
    public static final String TOO_LONG = "A reply can be at most " + String.format("%,d", MAX_LENGTH)
            + " characters (about 700 words): shorten it, then send it.";

    /** How many characters {@code text} counts for against {@link #MAX_LENGTH}. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
