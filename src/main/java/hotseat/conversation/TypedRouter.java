package hotseat.conversation;

import java.util.List;
import java.util.Map;

import hotseat.scenario.Condition;
import hotseat.scenario.Route;
import hotseat.scenario.Threshold;
import hotseat.scenario.TypedReply;
import hotseat.scoring.ReplyScore;

/**
 * Where a typed reply leads: the first route whose conditions all hold, else {@code otherwise}.
 * Scores are the reply's; mood is the customer's mood after the reply. Routes are tried in the
 * order written, so the result never depends on chance.
 */
public final class TypedRouter {
    private TypedRouter() {}

    public static String route(TypedReply typed, String reply, ReplyScore score, int moodAfter,
                               Map<String, List<String>> synonyms) {
        for (Route r : typed.routes()) {
            if (holds(r.when(), reply, score, moodAfter, synonyms)) {
                return r.next();
            }
        }
        return typed.otherwise();
    }

    /** True when every condition given holds; a route with no conditions always holds. */
    public static boolean holds(Condition c, String reply, ReplyScore score, int moodAfter,
                                Map<String, List<String>> synonyms) {
        if (c == null) {
            return true;
        }
        return test(c.calmness(), score.calmness())
                && test(c.acknowledgment(), score.acknowledgment())
                && test(c.resolution(), score.resolution())
                && test(c.mood(), moodAfter)
                && (c.phrases().isEmpty() || PhraseMatcher.containsAny(reply, c.phrases(), synonyms));
    }

    private static boolean test(Threshold t, int value) {
        return t == null || t.test(value);
    }
}
