package hotseat.playtest;

import java.util.List;

import hotseat.conversation.Reply;
import hotseat.conversation.Turn;
import hotseat.graph.ShortText;

/** The words of the findings about poor replies that are rewarded. */
final class PoorFindings {
    private PoorFindings() {}

    /** A clearly poor reply at {@code turn} led straight into a resolved ending. */
    static Finding closer(Turn turn, Move move, List<String> example) {
        String where;
        String what;
        if (move.reply() instanceof Reply.Pick p) {
            where = "nodes." + turn.nodeId() + ".options[" + (p.number() - 1) + "]";
            what = "option " + p.number() + " (“" + ShortText.of(turn.replyText(), 60) + "”, scored calmness "
                    + turn.score().calmness() + ", acknowledgment " + turn.score().acknowledgment()
                    + ", resolution " + turn.score().resolution() + ")";
        } else {
            where = "nodes." + turn.nodeId() + ".typed";
            what = "the poor typed reply “" + ShortText.of(turn.replyText(), 60) + "”";
        }
        return new Finding(Finding.Kind.POOR_REPLY_RESOLVES, where,
                "at " + turn.nodeId() + ", " + what + " leads straight to the resolved ending " + turn.next()
                        + " — send it to a node where the customer pushes back, or to an escalated or lost ending",
                example);
    }
}
