package hotseat.conversation;

/**
 * Everything a trainee can do to a conversation. A run is exactly the scenario, the seed, the
 * mode and its list of actions: applying them in order with {@link ConversationEngine#apply}
 * reproduces it.
 */
public sealed interface Action {

    /** Answer the customer. */
    record Answer(Reply reply) implements Action {}

    /** Take back the last reply (practice mode only). */
    record Undo() implements Action {}

    /** Ask for the current turn's coaching tip. */
    record Hint() implements Action {}

    /** The option number this action picks; 0 when it picks none. */
    default int picked() {
        return this instanceof Answer a && a.reply() instanceof Reply.Pick p ? p.number() : 0;
    }

    static Action answer(Reply reply) {
        return new Answer(reply);
    }

    Action UNDO = new Undo();
    Action HINT = new Hint();
}
