package hotseat.conversation;

import hotseat.scenario.Node;

/**
 * Reads one line a trainee entered at a node, the same way for the keyboard and for answers
 * files: a number picks that option; other text is a typed reply where the node allows typing;
 * {@code /hint} asks for the tip and {@code /undo} takes the last reply back.
 */
public final class ReplyInput {
    private ReplyInput() {}

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

    /** The result of reading a line: an action to apply, or a message asking again. */
    public sealed interface Reading {}

    public record Accepted(Action action) implements Reading {}

    public record AskAgain(String message) implements Reading {}

    public static Reading read(String line, Node node) {
        String text = line == null ? "" : line.strip();
        int count = node.options().size();
        if (text.equalsIgnoreCase("/hint")) {
            return new Accepted(Action.HINT);
        }
        if (text.equalsIgnoreCase("/undo")) {
            return new Accepted(Action.UNDO);
        }
        if (text.isEmpty()) {
            return new AskAgain(prompt(node));
        }
        if (count > 0 && text.matches("\\d{1,9}")) {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= count) {
                return new Accepted(Action.answer(Reply.pick(n)));
            }
            return new AskAgain("There is no option " + n + ". " + prompt(node));
        }
        if (!node.allowsTyping()) {
            return new AskAgain("This turn has no typed reply. " + prompt(node));
        }
        if (length(text) > MAX_LENGTH) {
            return new AskAgain(TOO_LONG + " (This one has " + String.format("%,d", length(text)) + ".)");
        }
        return new Accepted(Action.answer(Reply.typed(text)));
    }

    /** What to enter at this node, e.g. "Pick 1 to 3, or type your own reply." */
    public static String prompt(Node node) {
        int count = node.options().size();
        String pick = count == 1 ? "Enter 1" : "Pick 1 to " + count;
        if (count == 0) {
            return "Type your reply.";
        }
        return node.allowsTyping() ? pick + ", or type your own reply." : pick + ".";
    }
}
