package hotseat.tui;

import hotseat.conversation.ConversationState;

/** What {@link Update} asks the runner to do in the world; the runner performs them in order. */
sealed interface Effect {

    /** Save the run as it stands (after every turn, as in plain mode). */
    record SaveRun(ConversationState conversation) implements Effect {}

    /** Print this text on the ordinary screen once the interface has closed (the debrief). */
    record PrintAfterExit(String text) implements Effect {}

    /** Close the interface. */
    record Quit() implements Effect {}
}
