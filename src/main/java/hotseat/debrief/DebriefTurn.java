package hotseat.debrief;

import java.util.List;

import hotseat.scoring.Evidence;

/**
 * One turn as the debrief shows it.
 *
 * @param replyKind   "option 2" or "typed"
 * @param evidence    what moved the scores; evidence that moved nothing (a negated phrase) is left out
 * @param gaps        for each dimension below 50 with nothing in the reply in its favour, one plain
 *                    sentence saying what the reply did not do and what to do instead (the advice
 *                    left out where the coaching note gives it); none for the best available reply
 * @param trigger     where a mood trigger sent the conversation after this reply, or null
 * @param bestAvailable true when the reply was the best this turn offered: the scene's strongest
 *                    option, or near enough its model answer; it is then never told to do better
 * @param fellShort   true when any score is below 50 and the reply was not the best available;
 *                    then {@code modelAnswer} and {@code tip} carry the node's strong reply and
 *                    coaching tip (null where it has none)
 */
public record DebriefTurn(
        int number,
        String nodeId,
        String customerLine,
        String reply,
        String replyKind,
        DimensionScores scores,
        List<Evidence> evidence,
        List<String> gaps,
        int moodBefore,
        int moodAfter,
        boolean hintUsed,
        String note,
        String trigger,
        boolean bestAvailable,
        boolean fellShort,
        String modelAnswer,
        String tip) {

    public DebriefTurn {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
    }
}
