package hotseat.scenario;

import java.util.List;

/**
 * A test a trainer writes inside a scenario: play these replies, expect this ending. Run by
 * {@code hotseat check}.
 *
 * @param name    what the test shows, in the trainer's words
 * @param replies in order; a whole number picks that option, anything else is typed text (the
 *                same rule as answers files)
 * @param ending  the ending id the replies must reach, or null
 * @param outcome the outcome the replies must reach, or null (at least one of the two is given)
 * @param min     lowest allowed averages over the run's replies, and lowest mood at the end
 * @param max     highest allowed averages, and highest mood at the end
 */
public record ScenarioTest(
        @Required String name,
        @Required List<String> replies,
        String ending,
        Outcome outcome,
        ScoreBounds min,
        ScoreBounds max) {

    public ScenarioTest {
        replies = replies == null ? List.of() : List.copyOf(replies);
        min = min == null ? ScoreBounds.NONE : min;
        max = max == null ? ScoreBounds.NONE : max;
    }
}
