package hotseat.conversation;

import java.util.List;

/** The result of one action: the new state and what happened, in order. */
public record Step(ConversationState state, List<ConversationEvent> events) {
    public Step {
        events = List.copyOf(events);
    }

    /** True when the action was refused and the state is unchanged. */
    public boolean refused() {
        return events.stream().anyMatch(e -> e instanceof ConversationEvent.Refused);
    }
}
