package hotseat.session;

import java.util.Optional;

import hotseat.conversation.Action;
import hotseat.conversation.Reply;
import hotseat.scenario.Node;

/**
 * One line a trainee entered at a turn, read the same way from the keyboard in plain mode, from
 * an answers file and from a scenario's tests: {@code /hint} asks for the tip, {@code /undo} takes
 * the last reply back, a number picks that option where the turn has options, and any other text
 * is a typed reply. Whether the turn takes it is for the session to say.
 */
public final class AnswerLine {
    private AnswerLine() {}

    /** The action a line asks for; empty for a blank line. */
    public static Optional<Action> read(String line, Node node) {
        String text = line == null ? "" : line.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.equalsIgnoreCase("/hint")) {
            return Optional.of(Action.HINT);
        }
        if (text.equalsIgnoreCase("/undo")) {
            return Optional.of(Action.UNDO);
        }
        if (!node.options().isEmpty() && text.matches("\\d{1,9}")) {
            return Optional.of(Action.answer(Reply.pick(Integer.parseInt(text))));
        }
        return Optional.of(Action.answer(Reply.typed(text)));
    }
}
