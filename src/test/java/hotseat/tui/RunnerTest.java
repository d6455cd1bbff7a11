package hotseat.tui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;

import hotseat.conversation.Mode;
import hotseat.session.MemoryRecorder;
import hotseat.session.RecordedAction;
import hotseat.session.RunRecorder;

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

    private static UiState picker() {
        return UiState.picker(TestScenarios.library(), Mode.PRACTICE);
    }

    private static UiState briefing() {
        return UiState.briefing(TestScenarios.playable(TestScenarios.parcel()), Mode.PRACTICE);
    }

    private static Runner runner(UiState start, RunRecorder recorder, boolean colour) {
        return new Runner(Script.program(start, recorder, FullScreen.DEBRIEF), colour);
    }

    @Test
    void playsFromThePickerToTheDebriefSavingEveryTurn() throws IOException {
        MemoryRecorder kept = new MemoryRecorder();
        ClosingTerminal terminal = new ClosingTerminal(80, 24).keys(KeyType.Enter, KeyType.Enter, "1", "1", KeyType.Enter, "q");

        Runner.Result result = runner(picker(), kept, false).run(terminal);

        assertTrue(terminal.closed);
        assertEquals(Screen.DEBRIEF, result.last().screen());
        assertEquals(List.of(0, 1, 2), kept.saved.stream().map(r -> r.debrief().turns().size()).toList());
        assertTrue(result.printDebrief());
        assertTrue(result.last().debrief().contains("Outcome: resolved"), result.last().debrief());
        assertFalse(result.interrupted(), "left with q");
    }

    @Test
    void ctrlCLeavesWithTheTerminalClosed() throws IOException {
        ClosingTerminal terminal = new ClosingTerminal(80, 24);
        terminal.keys(KeyType.Enter, KeyType.Enter, "1");
        terminal.addInput(new KeyStroke('c', true, false));

        Runner.Result result = runner(picker(), RunRecorder.NOWHERE, true).run(terminal);

        assertTrue(terminal.closed);
        assertEquals(1, result.last().conversation().turns().size());
        assertFalse(result.printDebrief());
        assertTrue(result.interrupted(), "left with Ctrl-C");
    }

    @Test
    void aFailingSaveIsShownAndPlayGoesOn() throws IOException {
        ClosingTerminal terminal = new ClosingTerminal(80, 24).keys(KeyType.Enter, "1", "q", "y");
        MemoryRecorder failing = new MemoryRecorder();
        failing.failure = new IOException("disk full");

        Runner.Result result = runner(briefing(), failing, false).run(terminal);

        assertTrue(terminal.closed);
        assertEquals(1, result.last().conversation().turns().size());
    }

    @Test
    void anErrorStillClosesTheTerminal() {
        ClosingTerminal terminal = new ClosingTerminal(80, 24).keys(KeyType.Enter, "1", "1", KeyType.Enter);
        Runner runner = new Runner(Script.program(briefing(), RunRecorder.NOWHERE, debrief -> {
            throw new IllegalStateException("renderer broke");
        }), false);

        assertThrows(IllegalStateException.class, () -> runner.run(terminal));
        assertTrue(terminal.closed);
    }

    @Test
    void aResizeIsPickedUpOnTheNextFrame() throws IOException {
        ClosingTerminal terminal = new ClosingTerminal(80, 24).keys(KeyType.Enter);
        // The window is made bigger while the run is being saved; the next keys come after.
        MemoryRecorder resizing = new MemoryRecorder();
        resizing.onSave = saves -> {
            terminal.setTerminalSize(new TerminalSize(100, 30));
            terminal.keys("q", "y");
        };

        Runner.Result result = runner(briefing(), resizing, false).run(terminal);

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
        MemoryRecorder kept = new MemoryRecorder();
        // Every key is waiting before the first frame, so they arrive in batches as fast as a paste.
        ClosingTerminal terminal = new ClosingTerminal(100, 30).keys(KeyType.Enter, KeyType.Tab, reply, KeyType.Enter, "q", "y");

        runner(briefing(), kept, false).run(terminal);

        List<RecordedAction> recorded = kept.last().actions();
        assertEquals(1, recorded.size(), "one reply sent");
        assertEquals("typed", recorded.get(0).kind());
        assertEquals(reply, recorded.get(0).text());
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
        MemoryRecorder shrinking = new MemoryRecorder();
        shrinking.onSave = saves -> {
            if (saves == 1) {
                // The window shrinks as the first reply is saved; the trainee leaves after the next frame.
                terminal.setTerminalSize(new TerminalSize(80, 24));
                terminal.keys("q", "y");
            }
        };

        Runner.Result result = runner(briefing(), shrinking, false).run(terminal);

        String afterShrinking = frames.get(frames.size() - 2); // the last one is the screen cleared on leaving
        assertEquals(ScreenText.render(result.last().withSize(new TerminalSize(80, 24))), afterShrinking);
    }
}
