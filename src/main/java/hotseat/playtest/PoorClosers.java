package hotseat.playtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import hotseat.conversation.Reply;
import hotseat.conversation.Turn;
import hotseat.graph.ShortText;

/**
 * Collects clearly poor replies that lead straight into a resolved ending, one finding per place
 * in the scenario: per option, and per node for typed replies (however many poor replies do it,
 * the fix is the same routing). The first example found is kept; exploration runs first, so it
 * is the shortest.
 */
final class PoorClosers {

    private static final class Place {
        final Turn first;
        final List<String> example;
        final Set<String> replies = new LinkedHashSet<>();
        final Set<String> endings = new LinkedHashSet<>();

        Place(Turn first, List<String> example) {
            this.first = first;
            this.example = example;
        }
    }

    private final Map<String, Place> places = new LinkedHashMap<>();

    void add(Turn turn, Move move, List<String> example) {
        String where = move.reply() instanceof Reply.Pick p
                ? "nodes." + turn.nodeId() + ".options[" + (p.number() - 1) + "]"
                : "nodes." + turn.nodeId() + ".typed";
        Place place = places.computeIfAbsent(where, w -> new Place(turn, List.copyOf(example)));
        place.replies.add(turn.replyText());
        place.endings.add(turn.next());
    }

    List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        places.forEach((where, place) -> out.add(finding(where, place)));
        return out;
    }

    private static Finding finding(String where, Place place) {
        Turn t = place.first;
        String endings = String.join(" and ", place.endings);
        String message;
        if (t.reply() instanceof Reply.Pick p) {
            message = "at " + t.nodeId() + ", option " + p.number() + " (“" + ShortText.of(t.replyText(), 60)
                    + "”) leads straight to the resolved ending " + endings + ", yet it scores calmness "
                    + t.score().calmness() + " (acknowledgment " + t.score().acknowledgment() + ", resolution "
                    + t.score().resolution() + "), which the mood model treats as escalating — send it to an escalated"
                    + " or lost ending, or, if the scorer misreads it, give it scores: {calmness: …}";
        } else {
            int n = place.replies.size();
            message = "at " + t.nodeId() + ", " + (n == 1 ? "the poor typed reply " : n + " poor typed replies, such as ")
                    + "“" + ShortText.of(t.replyText(), 60) + "”" + (n == 1 ? ", leads" : ", lead")
                    + " straight to the resolved ending " + endings
                    + " — add a route that sends low calmness elsewhere, e.g. when: {calmness: \"< 40\"}";
        }
        return new Finding(Finding.Kind.POOR_REPLY_RESOLVES, where, message, place.example);
    }
}
