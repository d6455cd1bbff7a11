package hotseat.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;

/** Everything that can happen to the interface: the only inputs of {@link Update}. */
sealed interface Msg {

    /** A key was pressed (Ctrl-C arrives here too: the terminal traps it). */
    record Key(KeyStroke stroke) implements Msg {}

    /** The terminal now has this size. */
    record Resized(TerminalSize size) implements Msg {}

    /** The scenario library has been read (in the background, so the first frame need not wait). */
    record LibraryLoaded(java.util.List<hotseat.scenario.Scenario> scenarios, String problem) implements Msg {}

    /** Saving the run failed; the trainee is told and can go on playing. */
    record SaveFailed(String reason) implements Msg {}

    static Msg key(KeyStroke stroke) {
        return new Key(stroke);
    }
}
