package hotseat.conversation;

import hotseat.scenario.Option;
import hotseat.scoring.Dimension;
import hotseat.scoring.Evidence;
import hotseat.scoring.ReplyScore;

/**
 * The short coaching note after a reply. An option's authored feedback is the note; otherwise
 * the note praises the strongest dimension and names one thing to do about the weakest — unless
 * the reply was already the best the turn offered ({@link ModelAnswers}): then it says so, and
 * names only words that did real harm.
 */
public final class Coaching {
    /** At or above this a dimension counts as done well. */
    public static final int STRONG = 70;
    /** Below this a dimension counts as falling short. */
    public static final int SHORT = 50;
    /** The note for a reply that was already the best the turn offered. */
    static final String BEST_AVAILABLE = "Close to the strong reply for this moment";

    private Coaching() {}

    public static String note(Option option, ReplyScore score, boolean bestAvailable) {
        if (option != null && option.feedback() != null && !option.feedback().isBlank()) {
            return option.feedback().strip();
        }
        if (bestAvailable) {
            String harm = worstWords(score);
            return harm.isEmpty() ? BEST_AVAILABLE + "." : BEST_AVAILABLE + ", but " + harm.strip();
        }
        Dimension best = Dimension.CALMNESS;
        Dimension worst = Dimension.CALMNESS;
        for (Dimension d : Dimension.values()) {
            if (score.get(d) > score.get(best)) {
                best = d;
            }
            if (score.get(d) < score.get(worst)) {
                worst = d;
            }
        }
        if (score.get(worst) >= STRONG) {
            return "Strong reply: calm, the customer feels heard, and the problem moves.";
        }
        String praise = score.get(best) >= STRONG ? praise(best) + " " : "";
        return praise + worstWords(score) + advice(worst);
    }

    /** Names the words that cost the most, when something in the reply did real harm: {@code "calm down" (telling them how to feel) cost 30. }. */
    private static String worstWords(ReplyScore score) {
        Evidence worst = null;
        for (Evidence e : score.evidence()) {
            if (e.effect() <= -10 && e.matched() != null && !e.matched().isBlank()
                    && (worst == null || e.effect() < worst.effect())) {
                worst = e;
            }
        }
        return worst == null ? "" : "\"" + worst.matched() + "\" (" + worst.rule() + ") cost " + (-worst.effect())
                + " points of " + worst.dimension().word() + ". ";
    }

    static String praise(Dimension d) {
        return switch (d) {
            case CALMNESS -> "Your tone stayed calm and courteous.";
            case ACKNOWLEDGMENT -> "The customer could tell you heard them.";
            case RESOLUTION -> "You moved the problem forward.";
        };
    }

    /** One concrete thing to do next time about a weak dimension. */
    public static String advice(Dimension d) {
        return switch (d) {
            case CALMNESS -> "Keep your tone level: no blame, no \"calm down\", no hiding behind policy.";
            case ACKNOWLEDGMENT -> "Show you heard them first: name the feeling and the details they gave you.";
            case RESOLUTION -> "Own the next step: say what you will do, and by when.";
        };
    }
}
