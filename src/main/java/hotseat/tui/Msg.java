package hotseat.tui;

import java.util.List;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;

import hotseat.conversation.ConversationState;
import hotseat.session.Playable;
import hotseat.session.Played;

/** Everything that can happen to the interface: the only inputs of {@link Update}. */
sealed interface Msg {

    /** A key was pressed (Ctrl-C arrives here too: the terminal traps it). */
    record Key(KeyStroke stroke) implements Msg {}

    /** The terminal now has this size. */
    record Resized(TerminalSize size) implements Msg {}

    /** The scenario library has been read (in the background, so the first frame need not wait). */
    record LibraryLoaded(List<Playable> scenarios, String problem) implements Msg {}

    /**
     * The run has begun at {@code start}: the answer to {@link Effect.Begin}. {@code unsaved} says
     * why the run is not being recorded, or is null when it is.
     */
    record Began(ConversationState start, String unsaved) implements Msg {}

    /** What the play session did with an action: the answer to {@link Effect.Apply}. */
    record Applied(Played played) implements Msg {}

    /** A message from outside now holds the run (see {@link UiState#hold}); null lifts the hold. */
    record Hold(String message) implements Msg {}

    static Msg key(KeyStroke stroke) {
        return new Key(stroke);
    }
}
