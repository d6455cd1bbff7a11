package hotseat.tui;

import java.io.IOException;
import java.util.Arrays;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;

import hotseat.conversation.Mode;

/**
 * Times the work a keypress causes inside the program: update, view and a delta refresh onto a
 * virtual terminal, for typing in the reply box and for a whole turn. For the benchmarks.
 */
public final class RedrawProbe {
    private RedrawProbe() {}

    /** Nanoseconds per keypress for {@code presses} keys, sorted. */
    public static long[] typing(int presses, int columns, int rows) throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Script s = null;
        long[] times = new long[presses];
        for (int i = 0; i < presses; i++) {
            if (i % 200 == 0) {
                // A fresh box every 200 characters, so the box never reaches its limit.
                s = Script.briefing(Mode.PRACTICE).size(columns, rows).key(KeyType.Enter).key(KeyType.Tab);
            }
            long t0 = System.nanoTime();
            s.send(Msg.key(new KeyStroke((char) ('a' + i % 26), false, false)));
            Frame.show(screen, s.state, true, false);
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        return times;
    }

    /**
     * Nanoseconds for a whole typed turn each with {@code engine} (the real scorer and model):
     * Enter on a typed reply new to the model, then score, compare with the options, route,
     * record nowhere, debrief, and redraw; sorted.
     */
    public static long[] typedTurns(int count, int columns, int rows, hotseat.conversation.ConversationEngine engine)
            throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            Script s = new Script(UiState.briefing(TestScenarios.playable(TestScenarios.parcel()), Mode.PRACTICE),
                    hotseat.session.RunRecorder.NOWHERE, engine).size(columns, rows).key(KeyType.Enter).key(KeyType.Tab)
                    .type("I'm so sorry the parcel is late, reply " + i + ". I'll trace it now and call you back by five.");
            Frame.show(screen, s.state, true, false);
            long t0 = System.nanoTime();
            s.key(KeyType.Enter);
            Frame.show(screen, s.state, true, false);
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        return times;
    }

    /** Nanoseconds for a whole turn each: pick an option, score, route, redraw; sorted. */
    public static long[] turns(int count, int columns, int rows) throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            Script s = Script.briefing(Mode.PRACTICE).size(columns, rows).key(KeyType.Enter);
            Frame.show(screen, s.state, true, false);
            long t0 = System.nanoTime();
            s.send(Msg.key(new KeyStroke('1', false, false)));
            Frame.show(screen, s.state, true, false);
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        return times;
    }
}
