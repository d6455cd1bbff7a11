package hotseat.conversation;

import java.util.ArrayList;
import java.util.List;

import hotseat.scenario.MoodRules;
import hotseat.scenario.MoodTrigger;
import hotseat.scenario.Problem;
import hotseat.scenario.Scenario;
import hotseat.scoring.ReplyScore;

/**
 * Finds mood triggers that a trainee's very first slip sets off: the customer's starting mood
 * sits so close to a rising trigger (the customer demands a manager, hangs up) that one poor
 * reply crosses it, and the scenario is over before it has begun. A warning, with the numbers:
 * an author may mean it, but mostly it is a mood or a threshold written in isolation.
 */
public final class TriggerReach {
    private TriggerReach() {}

    /** A poor reply, as the mood model sees it: curt or defensive, hearing nothing, fixing nothing. */
    public static final ReplyScore POOR = new ReplyScore(30, 20, 20, List.of());
    private static final ReplyScore NEUTRAL = new ReplyScore(50, 50, 50, List.of());

    public static List<Problem> check(Scenario s) {
        List<Problem> out = new ArrayList<>();
        if (s.customer() == null || s.customer().mood() < 0 || s.customer().mood() > 100) {
            return out;
        }
        MoodRules rules = s.moodRules();
        int start = s.customer().mood();
        List<MoodTrigger> triggers = rules.triggers();
        for (int i = 0; i < triggers.size(); i++) {
            MoodTrigger t = triggers.get(i);
            if (t.mood() == null || t.next() == null || t.next().equals(s.start())
                    || !(t.mood().operator().equals(">") || t.mood().operator().equals(">="))) {
                continue;
            }
            String where = "mood_rules.triggers[" + i + "].mood";
            String target = "\"" + t.next() + "\"";
            if (t.mood().test(MoodModel.next(start, NEUTRAL, rules))) {
                out.add(Problem.warning(where, "the customer starts at mood " + start + ", which already meets this trigger (mood "
                        + t.mood() + "), so any first reply that does not calm them sends the conversation to " + target
                        + " — start the mood below " + firstFiring(t) + ", or raise the trigger"));
                continue;
            }
            int after = MoodModel.next(start, POOR, rules);
            if (!t.mood().test(after)) {
                continue;
            }
            int safeStart = start;
            while (safeStart > 0 && t.mood().test(MoodModel.next(safeStart, POOR, rules))) {
                safeStart--;
            }
            String raise = (t.mood().operator().equals(">=") ? ">= " + (after + 1) : "> " + after);
            out.add(Problem.warning(where, "the customer starts at mood " + start + ", and one poor reply (calmness "
                    + POOR.calmness() + ", acknowledgment " + POOR.acknowledgment() + ", resolution " + POOR.resolution()
                    + ") raises it by " + (after - start) + " to " + after + ", which meets this trigger (mood " + t.mood()
                    + "): a trainee's first slip sends the conversation to " + target + " — start the mood at " + safeStart
                    + " or lower, or set the trigger to \"" + raise + "\" or higher, unless one slip is meant to be enough"));
        }
        return out;
    }

    /** The lowest mood that meets a rising trigger. */
    private static int firstFiring(MoodTrigger t) {
        return t.mood().operator().equals(">") ? t.mood().value() + 1 : t.mood().value();
    }
}
