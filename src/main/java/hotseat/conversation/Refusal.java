package hotseat.conversation;

/**
 * Why the engine did not take an action; the state is unchanged. A reason, not a sentence: each
 * front end says it in its own words (plain mode asks for a number or a line, the full-screen
 * interface names its keys).
 */
public enum Refusal {
    /** The conversation has reached an ending: there is nothing left to answer. */
    CONVERSATION_OVER,
    /** The option number is not one the current turn offers. */
    NO_SUCH_OPTION,
    /** The current turn offers only its options: it takes no typed reply. */
    NO_TYPING,
    /** The typed reply is longer than {@link ReplyLimit#MAX_LENGTH}. */
    TOO_LONG,
    /** Taking a reply back is for practice; in assessment every reply stands. */
    UNDO_IN_ASSESSMENT,
    /** No reply has been given yet, so none can be taken back. */
    NOTHING_TO_UNDO
}
