package hotseat.session;

import java.util.List;
import java.util.Optional;

import hotseat.conversation.Action;
import hotseat.conversation.MeaningMatch;
import hotseat.conversation.Reply;
import hotseat.conversation.ReplyMatcher;

/**
 * One thing the trainee did, with when they did it.
 *
 * @param at     the time, ISO-8601 UTC
 * @param kind   "option", "typed", "undo" or "hint"
 * @param option the option number for "option", else null
 * @param text   the reply's words for "option" and "typed", else null
 * @param calmness, acknowledgment, resolution  the reply's scores, for "option" and "typed"
 * @param route  for "typed", how the reply compared by meaning with the node's options (the
 *               closest and the runner-up with their similarities, and whether it followed the
 *               closest); null where nothing was compared, and in runs saved before matching
 */
public record RecordedAction(String at, String kind, Integer option, String text,
                             Integer calmness, Integer acknowledgment, Integer resolution, MeaningMatch route) {

    public RecordedAction(String at, String kind, Integer option, String text,
                          Integer calmness, Integer acknowledgment, Integer resolution) {
        this(at, kind, option, text, calmness, acknowledgment, resolution, null);
    }

    /**
     * What the matcher said when this reply was played, for playing it again without the model:
     * the recorded similarities for the closest option and the runner-up, and less than either for
     * the rest. Without a recorded comparison, a matcher that compares nothing, as when it was played.
     */
    public ReplyMatcher recordedMatcher() {
        if (route == null) {
            return ReplyMatcher.NONE;
        }
        return new ReplyMatcher() {
            @Override
            public Optional<double[]> similarities(String reply, List<String> texts) {
                double[] s = new double[texts.size()];
                double floor = Math.min(route.similarity(), route.runnerUpSimilarity()) - 1;
                java.util.Arrays.fill(s, floor);
                if (route.closest() >= 1 && route.closest() <= s.length) {
                    s[route.closest() - 1] = route.similarity();
                }
                if (route.runnerUp() >= 1 && route.runnerUp() <= s.length) {
                    s[route.runnerUp() - 1] = route.runnerUpSimilarity();
                }
                return Optional.of(s);
            }
        };
    }

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
