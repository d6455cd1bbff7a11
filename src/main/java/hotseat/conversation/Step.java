package hotseat.conversation;

import java.util.List;
import java.util.Optional;

/** The result of one action: the new state and what happened, in order. */
public record Step(ConversationState state, List<ConversationEvent> events) {
    public Step {
        events = List.copyOf(events);
    }

    /** True when the action was refused and the state is unchanged. */
    public boolean refused() {
        return refusal().isPresent();
    }

    /** Why the action was refused; empty when it was taken. */
    public Optional<Refusal> refusal() {
        return events.stream().filter(e -> e instanceof ConversationEvent.Refused)
                .map(e -> ((ConversationEvent.Refused) e).reason()).findFirst();
    }
}
