package hotseat.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import hotseat.scenario.Ending;
import hotseat.scenario.MoodBand;
import hotseat.scenario.Node;
import hotseat.scenario.Outcome;
import hotseat.scenario.Scenario;

/**
 * A conversation at one moment. Immutable: the engine returns a new state for every action.
 *
 * @param scenario       what is being played
 * @param seed           recorded with the run; see {@link ConversationEngine} for its use
 * @param mode           practice or assessment
 * @param at             the current node id, or the ending id once the conversation is over
 * @param mood           the customer's mood now, 0 (at ease) to 100 (beside themselves)
 * @param turns          the transcript, oldest first, without replies taken back
 * @param undone         replies taken back, in the order they were taken back
 * @param hintsUsed      how many times the trainee asked for a tip (once per visit counts once)
 * @param hintShown      whether the tip has been shown at the current node
 * @param firedTriggers  indices into {@code mood_rules.triggers} that have fired in this run
 */
public record ConversationState(
        Scenario scenario,
        long seed,
        Mode mode,
        String at,
        int mood,
        List<Turn> turns,
        List<Turn> undone,
        int hintsUsed,
        boolean hintShown,
        Set<Integer> firedTriggers) {

    public ConversationState {
        turns = List.copyOf(turns);
        undone = List.copyOf(undone);
        firedTriggers = java.util.Collections.unmodifiableSet(new TreeSet<>(firedTriggers));
    }

    /** True once an ending has been reached. */
    public boolean isOver() {
        return scenario.endings().containsKey(at);
    }

    /** The current node; empty once the conversation is over. */
    public Optional<Node> node() {
        return Optional.ofNullable(scenario.nodes().get(at));
    }

    /** The ending reached; empty while the conversation goes on. */
    public Optional<Ending> ending() {
        return Optional.ofNullable(scenario.endings().get(at));
    }

    /** The outcome reached; empty while the conversation goes on. */
    public Optional<Outcome> outcome() {
        return ending().map(Ending::outcome);
    }

    public MoodBand moodBand() {
        return MoodBand.of(mood);
    }

    /**
     * How the customer feels, in one word for the screen: the current node's authored emotion, or
     * the mood band's word where none is authored and once the conversation is over.
     */
    public String feeling() {
        return node().map(Node::emotion).filter(e -> e != null && !e.isBlank()).map(String::strip)
                .orElse(moodBand().word());
    }

    /** What the customer says now, in the variant for the current mood; empty once over. */
    public String customerLine() {
        return node().map(n -> n.says() == null ? "" : n.says().forMood(mood)).orElse("");
    }

    /** The mood at the start and after every turn in the transcript. */
    public List<Integer> moodSeries() {
        List<Integer> series = new ArrayList<>(turns.size() + 1);
        series.add(turns.isEmpty() ? mood : turns.get(0).moodBefore());
        for (Turn t : turns) {
            series.add(t.moodAfter());
        }
        return List.copyOf(series);
    }

    /** How many replies were taken back. */
    public int undos() {
        return undone.size();
    }

    ConversationState with(String at, int mood, List<Turn> turns, List<Turn> undone, int hintsUsed,
                           boolean hintShown, Set<Integer> firedTriggers) {
        return new ConversationState(scenario, seed, mode, at, mood, turns, undone, hintsUsed, hintShown, firedTriggers);
    }

    /** True when the conversation is at {@code node} or has had a turn there. */
    public boolean hasBeenAt(String node) {
        if (at.equals(node)) {
            return true;
        }
        for (Turn t : turns) {
            if (t.nodeId().equals(node)) {
                return true;
            }
        }
        return false;
    }
}
