package hotseat.authoring;

import java.util.List;

import hotseat.scenario.Option;
import hotseat.scoring.ReplyScore;

/**
 * One authored option, scored and set beside what its author says of it.
 *
 * @param number        the option's number at its node, from 1
 * @param option        the option as written
 * @param scorer        the scorer's own figures
 * @param played        the figures the conversation engine uses: the scorer's, with each
 *                      dimension the option's {@code scores} hints rate replaced by the hint
 * @param mean          the mean of the three played figures, rounded
 * @param author        what the author thinks of it
 * @param disagreements where the scorer and the author differ; empty when they do not
 */
public record OptionReview(int number, Option option, ReplyScore scorer, ReplyScore played, int mean,
                           AuthorView author, List<Disagreement> disagreements) {
    public OptionReview {
        disagreements = List.copyOf(disagreements);
    }
}
