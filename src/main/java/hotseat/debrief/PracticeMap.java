package hotseat.debrief;

import java.util.Locale;
import java.util.Optional;

import hotseat.scoring.Dimension;
import hotseat.scoring.Evidence;

/**
 * Which habit a piece of scoring evidence shows (or breaks). The words of the scorer's rule name
 * decide within the rule's dimension: any rule about apologies ("apology", "non-apology",
 * "generic inconvenience") is apologising for the experience; on acknowledgment, rules about
 * feelings ("naming the feeling", "validating them", "i understand", "reflecting...") are naming
 * the feeling and the rest (echoing their words, thanking them, exploring what happened) are
 * listening; on resolution, rules about options and choices are offering options, rules about
 * follow-up, reference numbers and calling back are following up, and the rest (ownership,
 * concrete action, a time, vague brush-offs) are owning the fix; calmness is staying calm.
 * Evidence the scenario author set ("rated by the scenario author") shows no habit.
 */
public final class PracticeMap {
    private PracticeMap() {}

    public static Optional<Practice> of(Evidence e) {
        String rule = e.rule() == null ? "" : e.rule().toLowerCase(Locale.ROOT);
        if (rule.contains("scenario author")) {
            return Optional.empty();
        }
        if (has(rule, "apolog", "sorry", "inconvenience")) {
            return Optional.of(Practice.APOLOGISE);
        }
        return Optional.of(switch (e.dimension()) {
            case CALMNESS -> Practice.STAY_CALM;
            case ACKNOWLEDGMENT -> has(rule, "feeling", "feel", "emotion", "empath", "validat", "reflect", "understand")
                    ? Practice.NAME_THE_FEELING : Practice.LISTEN;
            case RESOLUTION -> has(rule, "option", "choice", "prefer", "alternative") ? Practice.OFFER_OPTIONS
                    : has(rule, "follow", "reference", "call back", "callback", "direct line") ? Practice.FOLLOW_UP
                    : Practice.OWN_THE_FIX;
        });
    }

    /** The dimension a habit mostly shows in. */
    public static Dimension dimensionOf(Practice p) {
        return switch (p) {
            case STAY_CALM -> Dimension.CALMNESS;
            case LISTEN, NAME_THE_FEELING, APOLOGISE -> Dimension.ACKNOWLEDGMENT;
            case OWN_THE_FIX, OFFER_OPTIONS, FOLLOW_UP -> Dimension.RESOLUTION;
        };
    }

    private static boolean has(String rule, String... words) {
        for (String w : words) {
            if (rule.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
