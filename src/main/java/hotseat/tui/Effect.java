package hotseat.tui;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationState;

/** What {@link Update} asks the runner to do in the world; the runner performs them in order. */
sealed interface Effect {

    /** A run begins: save it at once, unfinished, with no replies yet. */
    record BeginRun(ConversationState start) implements Effect {}

    /** An action was applied: record it with the run and save (after every turn, as in plain mode). */
    record Record(Action action, ConversationState after) implements Effect {}

    /** Print this conversation's debrief on the ordinary screen once the interface has closed. */
    record PrintDebrief(ConversationState conversation) implements Effect {}

    /** Close the interface; {@code interrupted} when the trainee pressed Ctrl-C. */
    record Quit(boolean interrupted) implements Effect {
        Quit() {
            this(false);
        }
    }
}
