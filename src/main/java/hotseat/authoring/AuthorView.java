package hotseat.authoring;

import java.util.List;
import java.util.Map;

import hotseat.scenario.Ending;
import hotseat.scenario.Node;
import hotseat.scenario.Option;
import hotseat.scenario.Outcome;
import hotseat.scenario.Scenario;
import hotseat.scenario.ScoreHints;
import hotseat.scoring.Dimension;

/**
 * What the author thinks of an option, decided from what the scenario says, in this order:
 *
 * <ol>
 *   <li>the option's feedback, read by {@link FeedbackReading};
 *   <li>when that is unclear, its {@code scores} hints: a mean of the given hints of
 *       {@value #GOOD_HINTS} or more is good, {@value #POOR_HINTS} or less poor, between fair;
 *   <li>when there are none, where it leads: straight to a resolved ending is good, to a lost or
 *       escalated one poor — but only when the node's options do not all end alike (when every
 *       option of a last turn loses the customer, losing him says nothing of the option).
 * </ol>
 *
 * Separately, {@code best} is true when the option is the node's strongest, the one closest to
 * its model answer.
 *
 * @param judgement what the author thinks
 * @param basis     where that was read: "feedback", "hints", "ending", or "" when unknown
 * @param cues      the words, hints or ending that decided it, for people
 * @param best      the node's strongest option
 */
public record AuthorView(Judgement judgement, String basis, List<String> cues, boolean best) {
    static final int GOOD_HINTS = 60;
    static final int POOR_HINTS = 40;

    public AuthorView {
        cues = List.copyOf(cues);
    }

    static AuthorView of(Scenario scenario, Node node, Option option, boolean best) {
        FeedbackReading feedback = FeedbackReading.of(option.feedback());
        if (feedback.judgement() != Judgement.UNKNOWN) {
            return new AuthorView(feedback.judgement(), "feedback", feedback.cues(), best);
        }
        Integer hinted = meanHint(option.scores());
        if (hinted != null) {
            Judgement j = hinted >= GOOD_HINTS ? Judgement.GOOD : hinted <= POOR_HINTS ? Judgement.POOR : Judgement.FAIR;
            return new AuthorView(j, "hints", List.of("average " + hinted), best);
        }
        Ending ending = scenario.endings().get(option.next());
        if (ending != null && !allEndAlike(scenario, node)) {
            Judgement j = ending.outcome() == Outcome.RESOLVED ? Judgement.GOOD : Judgement.POOR;
            return new AuthorView(j, "ending", List.of("ends " + ending.outcome().word()), best);
        }
        return new AuthorView(Judgement.UNKNOWN, "", List.of(), best);
    }

    /** Why the author's view is what it is, for people: {@code feedback reads poor ("hides")}. */
    public String why() {
        return switch (basis) {
            case "feedback" -> "feedback reads " + judgement.word() + " ("
                    + String.join(", ", cues.stream().map(c -> "\"" + c + "\"").toList()) + ")";
            case "hints" -> "its hints " + cues.get(0) + " (" + judgement.word() + ")";
            case "ending" -> "it " + cues.get(0) + " while other options do not";
            default -> "nothing in the scenario says";
        };
    }

    /** The mean of the hints given, rounded, or null when the option has none. */
    static Integer meanHint(ScoreHints hints) {
        Map<Dimension, Integer> given = OptionReviewer.hinted(hints);
        return given.isEmpty() ? null
                : (int) Math.round(given.values().stream().mapToInt(Integer::intValue).average().orElseThrow());
    }

    /** True when every option of the node leads to the same kind of place: one outcome, or on to other nodes. */
    private static boolean allEndAlike(Scenario scenario, Node node) {
        return node.options().stream()
                .map(o -> scenario.endings().containsKey(o.next()) ? scenario.endings().get(o.next()).outcome().word() : "node")
                .distinct().count() <= 1;
    }
}
