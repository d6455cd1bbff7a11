package hotseat.tui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationState;
import hotseat.conversation.Mode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runner on a virtual terminal: keys in, effects performed, terminal closed on every way out. */
class RunnerTest {

    /** A virtual terminal that remembers being closed. */
    static final class ClosingTerminal extends DefaultVirtualTerminal {
        boolean closed;

        ClosingTerminal(int columns, int rows) {
            super(new TerminalSize(columns, rows));
        }

        @Override
        public void close() {
            closed = true;
            super.close();
        }

        ClosingTerminal keys(Object... keys) {
            for (Object k : keys) {
                if (k instanceof KeyType t) {
                    addInput(new KeyStroke(t));
                } else {
                    for (char c : k.toString().toCharArray()) {
                        addInput(new KeyStroke(c, false, false));
                    }
                }
            }
            return this;
        }
    }

    /** Keeps nothing. */
    static final RunRecorder NOWHERE = new RunRecorder() {
        @Override
        public void begin(ConversationState start) {
        }

        @Override
        public void record(Action action, ConversationState after) {
        }
    };

    @Test
    void playsFromThePickerToTheDebriefSavingEveryTurn() throws IOException {
        List<ConversationState> saved = new ArrayList<>();
        RunRecorder recorder = new RunRecorder() {
            @Override
            public void begin(ConversationState start) {
                saved.add(start);
            }

            @Override
            public void record(Action action, ConversationState after) {
                saved.add(after);
            }
        };
        ClosingTerminal terminal = new ClosingTerminal(80, 24).keys(KeyType.Enter, KeyType.Enter, "1", "1", KeyType.Enter, "q");
        Runner runner = new Runner(new Update(Script.ENGINE, Script::debrief), recorder, false);

        Runner.Result result = runner.run(terminal, UiState.picker(TestScenarios.library(), Mode.PRACTICE, 3));

        assertTrue(terminal.closed);
        assertEquals(Screen.DEBRIEF, result.last().screen());
        assertEquals(List.of(0, 1, 2), saved.stream().map(c -> c.turns().size()).toList());
        assertEquals(1, result.printAfterExit().size());
        assertEquals(result.last().conversation(), result.printAfterExit().get(0));
        assertFalse(result.interrupted(), "left with q");
    }

    @Test
    void ctrlCLeavesWithTheTerminalClosed() throws IOException {
        ClosingTerminal terminal = new ClosingTerminal(80, 24);
        terminal.keys(KeyType.Enter, KeyType.Enter, "1");
        terminal.addInput(new KeyStroke('c', true, false));
        Runner runner = new Runner(new Update(Script.ENGINE, Script::debrief), NOWHERE, true);

        Runner.Result result = runner.run(terminal, UiState.picker(TestScenarios.library(), Mode.PRACTICE, 3));

        assertTrue(terminal.closed);
        assertEquals(1, result.last().conversation().turns().size());
        assertTrue(result.printAfterExit().isEmpty());
        assertTrue(result.interrupted(), "left with Ctrl-C");
    }

    @Test
    void aFailingSaveIsShownAndPlayGoesOn() throws IOException {
        ClosingTerminal terminal = new ClosingTerminal(80, 24).keys(KeyType.Enter, "1", "q", "y");
        RunRecorder failing = new RunRecorder() {
            @Override
            public void begin(ConversationState start) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void record(Action action, ConversationState after) throws IOException {
                throw new IOException("disk full");
            }
        };
        Runner runner = new Runner(new Update(Script.ENGINE, Script::debrief), failing, false);

        Runner.Result result = runner.run(terminal, UiState.briefing(TestScenarios.parcel(), Mode.PRACTICE, 3));

        assertTrue(terminal.closed);
        assertEquals(1, result.last().conversation().turns().size());
    }

    @Test
    void anErrorStillClosesTheTerminal() {
        ClosingTerminal terminal = new ClosingTerminal(80, 24).keys(KeyType.Enter, "1", "1", KeyType.Enter);
        Runner runner = new Runner(new Update(Script.ENGINE, (c, colour) -> {
            throw new IllegalStateException("renderer broke");
        }), NOWHERE, false);

        assertThrows(IllegalStateException.class,
                () -> runner.run(terminal, UiState.briefing(TestScenarios.parcel(), Mode.PRACTICE, 3)));
        assertTrue(terminal.closed);
    }

    @Test
    void aResizeIsPickedUpOnTheNextFrame() throws IOException {
        ClosingTerminal terminal = new ClosingTerminal(80, 24).keys(KeyType.Enter);
        // The window is made bigger while the run is being saved; the next keys come after.
        RunRecorder resizing = new RunRecorder() {
            @Override
            public void begin(ConversationState start) {
                terminal.setTerminalSize(new TerminalSize(100, 30));
                terminal.keys("q", "y");
            }

            @Override
            public void record(Action action, ConversationState after) {
            }
        };
        Runner runner = new Runner(new Update(Script.ENGINE, Script::debrief), resizing, false);

        Runner.Result result = runner.run(terminal, UiState.briefing(TestScenarios.parcel(), Mode.PRACTICE, 3));

        assertEquals(new TerminalSize(100, 30), result.last().size());
    }
}
