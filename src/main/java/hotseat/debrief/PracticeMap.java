package hotseat.debrief;

import java.util.Locale;
import java.util.Optional;

import hotseat.scoring.Dimension;
import hotseat.scoring.Evidence;

/**
 * Which habit a piece of scoring evidence shows (or breaks), so that the debrief quotes a habit
 * only with evidence of that habit. The words of the scorer's rule name decide within the rule's
 * dimension: any rule about apologies ("apology", "non-apology", "generic inconvenience") is
 * apologising for the experience; thanking them is courtesy, part of staying calm and courteous;
 * on acknowledgment, points taken away (blame, sarcasm, "calm down", doubting them) break a calm,
 * courteous tone, except a "but" that takes the acknowledgment back, which undoes listening;
 * otherwise rules about feelings ("naming the feeling", "validating them", "reflecting...") are
 * naming the feeling and the rest (echoing their words, exploring what happened) are listening;
 * on resolution, rules about options and choices are offering options, rules about follow-up,
 * reference numbers and calling back are following up, and the rest (ownership, concrete action,
 * a time, vague brush-offs) are owning the fix; calmness is staying calm.
 *
 * <p>Some evidence shows no habit: what the scenario author set ("rated by the scenario
 * author"), a bare "I understand" (it names no feeling and gives nothing back), and handing the
 * customer on to someone else (the opposite of owning the fix).
 */
public final class PracticeMap {
    private PracticeMap() {}

    public static Optional<Practice> of(Evidence e) {
        String rule = e.rule() == null ? "" : e.rule().toLowerCase(Locale.ROOT);
        if (has(rule, "scenario author", "i understand", "handing it on")) {
            return Optional.empty();
        }
        if (has(rule, "apolog", "sorry", "inconvenience")) {
            return Optional.of(Practice.APOLOGISE);
        }
        if (has(rule, "thank")) {
            return Optional.of(Practice.STAY_CALM);
        }
        return Optional.of(switch (e.dimension()) {
            case CALMNESS -> Practice.STAY_CALM;
            case ACKNOWLEDGMENT -> e.effect() < 0 && !has(rule, "takes it back") ? Practice.STAY_CALM
                    : has(rule, "feeling", "emotion", "empath", "validat", "reflect")
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
