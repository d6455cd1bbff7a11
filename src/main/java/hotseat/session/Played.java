package hotseat.session;

import java.util.List;
import java.util.Optional;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationEvent;
import hotseat.conversation.ConversationState;
import hotseat.conversation.Refusal;
import hotseat.conversation.Step;
import hotseat.debrief.Debrief;

/**
 * What one action did to a run: the conversation's step, the debrief as the run now stands, and
 * whether the run could be recorded.
 *
 * @param action  what the trainee did
 * @param step    the engine's step: the new state and what happened, or the reason it was refused
 * @param debrief the run's debrief after this action (unchanged by a refused one)
 * @param unsaved why the run could not be recorded after this action, for people; null when it was
 * @param routing why typed replies are not being matched by meaning here, for people: said once
 *                per run, with the first typed reply that could have been; null otherwise
 */
public record Played(Action action, Step step, Debrief debrief, String unsaved, String routing) {

    public Played(Action action, Step step, Debrief debrief, String unsaved) {
        this(action, step, debrief, unsaved, null);
    }

    public ConversationState state() {
        return step.state();
    }

    public List<ConversationEvent> events() {
        return step.events();
    }

    /** Why the action was refused; empty when it was taken (and recorded). */
    public Optional<Refusal> refusal() {
        return step.refusal();
    }
}
