package hotseat.session;

import hotseat.conversation.Action;
import hotseat.conversation.Reply;

/**
 * One thing the trainee did, with when they did it.
 *
 * @param at     the time, ISO-8601 UTC
 * @param kind   "option", "typed", "undo" or "hint"
 * @param option the option number for "option", else null
 * @param text   the reply's words for "option" and "typed", else null
 * @param calmness, acknowledgment, resolution  the reply's scores, for "option" and "typed"
 */
public record RecordedAction(String at, String kind, Integer option, String text,
                             Integer calmness, Integer acknowledgment, Integer resolution) {

    /** The engine action this records. */
    public Action action() {
        return switch (kind) {
            case "option" -> Action.answer(Reply.pick(option));
            case "typed" -> Action.answer(Reply.typed(text));
            case "undo" -> Action.UNDO;
            case "hint" -> Action.HINT;
            default -> throw new IllegalArgumentException("unknown action kind \"" + kind + "\"");
        };
    }
}
