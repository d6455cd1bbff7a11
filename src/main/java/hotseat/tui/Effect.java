package hotseat.tui;

import hotseat.conversation.Action;
import hotseat.session.Playable;

/** What {@link Update} asks to be done in the world; each is performed in order. */
sealed interface Effect {

    /** Begin a run of this scenario (recorded at once, unfinished); answered by {@link Msg.Began}. */
    record Begin(Playable playable) implements Effect {}

    /** Apply an action to the run (recorded after every one, as in plain mode); answered by {@link Msg.Applied}. */
    record Apply(Action action) implements Effect {}

    /** Print the run's debrief on the ordinary screen once the interface has closed. */
    record PrintDebrief() implements Effect {}

    /** Close the interface; {@code interrupted} when the trainee pressed Ctrl-C. */
    record Quit(boolean interrupted) implements Effect {
        Quit() {
            this(false);
        }
    }
}
