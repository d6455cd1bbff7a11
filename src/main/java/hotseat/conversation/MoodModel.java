package hotseat.conversation;

import hotseat.scenario.MoodRules;
import hotseat.scoring.ReplyScore;

/**
 * How a reply moves the customer's mood (0 at ease, 100 beside themselves).
 *
 * <p>Each dimension pulls the mood around a neutral score of 50: a score above 50 calms the
 * customer, below 50 winds them up. Its weight is the most mood points that dimension can move
 * in one reply (at a score of 0 or 100):
 *
 * <pre>
 *   delta = - ( wC·(calmness − 50) + wA·(acknowledgment − 50) + wR·(resolution − 50) ) / 50
 * </pre>
 *
 * <p>Escalating replies — blame, shouting, dismissing, deflecting — are what push calmness low,
 * and customers react to them more sharply than to a merely weak answer, so a calmness below 40
 * adds a further jump of {@code wC · (40 − calmness) / 20} (up to 2·wC at calmness 0).
 *
 * <p>The new mood is {@code round(mood + delta)} (halves away from zero), kept within 0–100.
 * Default weights: calmness 6, acknowledgment 6, resolution 4 — a perfect reply lowers the
 * mood by 16, a hostile one (all zeros) raises it by 28. A scenario sets its own weights under
 * {@code mood_rules}; the calmness weight also scales the escalation jump.
 */
public final class MoodModel {
    public static final double DEFAULT_CALMNESS = 6;
    public static final double DEFAULT_ACKNOWLEDGMENT = 6;
    public static final double DEFAULT_RESOLUTION = 4;
    static final int NEUTRAL = 50;
    static final int ESCALATION_BELOW = 40;

    private MoodModel() {}

    /** The mood after {@code score}, starting from {@code mood}, under {@code rules}. */
    public static int next(int mood, ReplyScore score, MoodRules rules) {
        return clamp((int) Math.round(mood + delta(score, rules)));
    }

    /** The unrounded change a reply makes, before clamping. */
    public static double delta(ReplyScore score, MoodRules rules) {
        MoodRules r = rules == null ? MoodRules.DEFAULT : rules;
        double wc = weight(r.calmness(), DEFAULT_CALMNESS);
        double wa = weight(r.acknowledgment(), DEFAULT_ACKNOWLEDGMENT);
        double wr = weight(r.resolution(), DEFAULT_RESOLUTION);
        double pull = wc * (score.calmness() - NEUTRAL)
                + wa * (score.acknowledgment() - NEUTRAL)
                + wr * (score.resolution() - NEUTRAL);
        double delta = -pull / NEUTRAL;
        if (score.calmness() < ESCALATION_BELOW) {
            delta += wc * (ESCALATION_BELOW - score.calmness()) / 20.0;
        }
        return delta;
    }

    private static double weight(Double given, double fallback) {
        return given == null ? fallback : Math.max(0, given);
    }

    static int clamp(int mood) {
        return Math.max(0, Math.min(100, mood));
    }
}
