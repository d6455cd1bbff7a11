package hotseat.conversation;

import hotseat.scenario.Ending;
import hotseat.scenario.MoodTrigger;

/** What happened in one step, in order, for front ends to show. */
public sealed interface ConversationEvent {

    /** A reply was scored and added to the transcript. */
    record Answered(Turn turn) implements ConversationEvent {}

    /** The customer's mood moved (also sent when it stayed where it was). */
    record MoodMoved(int from, int to) implements ConversationEvent {}

    /** A mood trigger fired and sent the conversation to {@code target}. */
    record TriggerFired(MoodTrigger trigger, String target) implements ConversationEvent {}

    /** The conversation moved to a node; the customer now says {@code customerLine}. */
    record Arrived(String nodeId, String customerLine) implements ConversationEvent {}

    /** The conversation reached an ending. */
    record Ended(String endingId, Ending ending) implements ConversationEvent {}

    /** The last reply was taken back; the conversation is back at {@code turn.nodeId()}. */
    record Undone(Turn turn) implements ConversationEvent {}

    /** The coaching tip for the current node. */
    record HintShown(String tip) implements ConversationEvent {}

    /** The action was not possible now, for {@code reason}; the state is unchanged. */
    record Refused(Refusal reason) implements ConversationEvent {}
}
