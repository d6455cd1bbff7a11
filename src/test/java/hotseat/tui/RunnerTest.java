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
import hotseat.conversation.Reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runner on a virtual terminal: keys in, effects performed, terminal closed on every way out. */
class RunnerTest {

    /** A virtual terminal that remembers being closed. */
    static class ClosingTerminal extends DefaultVirtualTerminal {
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

    @Test
    void aBurstOfThreeThousandKeysReachesTheReplyExactly() throws IOException {
        StringBuilder typed = new StringBuilder();
        String[] words = {"I'll", "sort", "this", "out", "for", "you", "today", "Dana", "—", "order", "4471", "🎂", "café", "(Friday)"};
        for (int i = 0; typed.length() < 3000; i++) {
            typed.append(words[i % words.length]).append(i % 7 == 6 ? ". " : " ");
        }
        String reply = typed.substring(0, 3000).strip();
        List<Action> recorded = new ArrayList<>();
        RunRecorder recorder = new RunRecorder() {
            @Override
            public void begin(ConversationState start) {
            }

            @Override
            public void record(Action action, ConversationState after) {
                recorded.add(action);
            }
        };
        // Every key is waiting before the first frame, so they arrive in batches as fast as a paste.
        ClosingTerminal terminal = new ClosingTerminal(100, 30).keys(KeyType.Enter, KeyType.Tab, reply, KeyType.Enter, "q", "y");
        Runner runner = new Runner(new Update(Script.ENGINE, Script::debrief), recorder, false);

        runner.run(terminal, UiState.briefing(TestScenarios.parcel(), Mode.PRACTICE, 3));

        assertEquals(1, recorded.size(), "one reply sent");
        assertEquals(new Action.Answer(new Reply.Typed(reply)), recorded.get(0));
    }

    @Test
    void afterShrinkingTheScreenIsTheOneAStartAtTheSmallerSizeDraws() throws IOException {
        List<String> frames = new ArrayList<>();
        ClosingTerminal terminal = new ClosingTerminal(100, 30) {
            @Override
            public void flush() {
                super.flush();
                frames.add(ScreenText.text(this, null));
            }
        };
        terminal.keys(KeyType.Enter, "1");
        RunRecorder shrinking = new RunRecorder() {
            @Override
            public void begin(ConversationState start) {
            }

            @Override
            public void record(Action action, ConversationState after) {
                // The window shrinks mid-conversation; the trainee leaves after the next frame.
                terminal.setTerminalSize(new TerminalSize(80, 24));
                terminal.keys("q", "y");
            }
        };
        Runner runner = new Runner(new Update(Script.ENGINE, Script::debrief), shrinking, false);

        Runner.Result result = runner.run(terminal, UiState.briefing(TestScenarios.parcel(), Mode.PRACTICE, 3));

        String afterShrinking = frames.get(frames.size() - 2); // the last one is the screen cleared on leaving
        assertEquals(ScreenText.render(result.last().withSize(new TerminalSize(80, 24))), afterShrinking);
    }
}
