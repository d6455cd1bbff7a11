package hotseat.playtest;

import hotseat.conversation.Turn;
import hotseat.scoring.ReplyScore;

/**
 * Which replies count as clearly poor. A typed reply is poor when the pool labels it so. An option,
 * or an option reworded and typed, is poor when its calmness — the analysis with the author's hints applied, as the engine scored
 * it — is under {@value #CALMNESS_BELOW}, the line past which the mood model treats a reply as
 * escalating: blame, "calm down", hiding behind policy, "not my department".
 *
 * <p>Low acknowledgment or resolution alone does not make a reply clearly poor: a closing
 * courtesy ("Thanks for your patience, have a good evening") rightly scores low on both and
 * may well end a resolved conversation.
 */
public final class PoorReplies {
    public static final int CALMNESS_BELOW = 40;

    private PoorReplies() {}

    static boolean isClearlyPoor(Move move, ReplyScore score) {
        if (!move.isOption() && move.paraphraseOf() == 0) {
            return move.quality() == Quality.POOR;
        }
        return isPoorScore(score);
    }

    /**
     * As {@link #isClearlyPoor(Move, ReplyScore)}, except that a typed reply that followed an
     * option by meaning went where the author sent that option: it is the option's design that
     * decides, and the option itself is play-tested as an option, so the typed reply is not
     * counted as a poor reply leading somewhere on its own.
     */
    static boolean isClearlyPoor(Move move, Turn turn) {
        if (!move.isOption() && turn.match() != null && turn.match().matched()) {
            return false;
        }
        return isClearlyPoor(move, turn.score());
    }

    public static boolean isPoorScore(ReplyScore score) {
        return score.calmness() < CALMNESS_BELOW;
    }
}
