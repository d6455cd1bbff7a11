package hotseat.playtest;

import hotseat.conversation.Turn;
import hotseat.scoring.ReplyScore;

/**
 * Which replies count as clearly poor. A typed reply is poor when the pool labels it so. An option
 * is poor when its score — the analysis with the author's hints applied, as the engine scored
 * it — has calmness under {@value #CALMNESS_BELOW} (the line past which the mood model treats a
 * reply as escalating) or an average under {@value #AVERAGE_BELOW}.
 */
public final class PoorReplies {
    public static final int CALMNESS_BELOW = 40;
    public static final int AVERAGE_BELOW = 30;

    private PoorReplies() {}

    static boolean isClearlyPoor(Move move, ReplyScore score) {
        if (!move.isOption()) {
            return move.quality() == Quality.POOR;
        }
        return isPoorScore(score);
    }

    static boolean isClearlyPoor(Move move, Turn turn) {
        return isClearlyPoor(move, turn.score());
    }

    public static boolean isPoorScore(ReplyScore score) {
        double average = (score.calmness() + score.acknowledgment() + score.resolution()) / 3.0;
        return score.calmness() < CALMNESS_BELOW || average < AVERAGE_BELOW;
    }
}
