package hotseat.tui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;

/**
 * The one part of the interface that owns the terminal: turns keys, resizes and work finished in
 * the background into {@link Msg}s for the {@link Program}, and draws its state with
 * {@link View}. The terminal is given back on every way out — a normal quit, Ctrl-C, or an
 * exception.
 */
final class Runner {

    /**
     * How the interface ended: the last state, whether the run's debrief is to be printed now the
     * screen is normal, and whether it was left with Ctrl-C.
     */
    record Result(UiState last, boolean printDebrief, boolean interrupted) {}

    /** At most this many waiting keys are handled between two frames. */
    private static final int MAX_BATCH = 256;

    private final Program program;
    private final boolean colour;
    private final Outside outside;
    /** The hold last handed to the program. */
    private String held;
    /** Whether a message has been handled since the last frame. */
    private boolean dirty;
    /** Whether the run's debrief is to be printed after the interface closes. */
    private boolean printDebrief;

    Runner(Program program, boolean colour) {
        this(program, colour, Outside.NONE);
    }

    /** @param outside what reaches the interface from outside its terminal, looked at every frame */
    Runner(Program program, boolean colour, Outside outside) {
        this.program = program;
        this.colour = colour;
        this.outside = outside;
    }

    /** Runs until a quit effect; closes {@code terminal} before returning or throwing. */
    Result run(Terminal terminal) throws IOException {
        return run(terminal, List.of());
    }

    /**
     * As {@link #run(Terminal)}, with work going on in the background: each message is handed to
     * the program on the first frame after it is ready.
     */
    Result run(Terminal terminal, List<CompletableFuture<Msg>> background) throws IOException {
        try (terminal) {
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            try {
                return loop(screen, new ArrayList<>(background));
            } finally {
                // A terminal without an alternate screen (GNU screen's default) keeps the last
                // frame after exit; clear it so what is printed next reads cleanly.
                terminal.clearScreen();
                terminal.setCursorPosition(0, 0);
                terminal.flush();
                screen.stopScreen();
            }
        }
    }

    private Result loop(TerminalScreen screen, List<CompletableFuture<Msg>> background) throws IOException {
        List<Msg> pending = new ArrayList<>(List.of(new Msg.Resized(screen.getTerminalSize())));
        boolean whole = false;
        while (true) {
            TerminalSize resized = screen.doResizeIfNecessary();
            if (resized != null) {
                pending.add(new Msg.Resized(resized));
                whole = true;
            }
            String hold = outside.hold();
            if (!java.util.Objects.equals(hold, held)) {
                held = hold;
                pending.add(new Msg.Hold(hold));
            }
            if (outside.gone()) {
                // The connection has closed: leave as from a closed terminal (every reply is saved).
                pending.add(Msg.key(new KeyStroke(com.googlecode.lanterna.input.KeyType.EOF)));
            }
            for (var it = background.iterator(); it.hasNext(); ) {
                CompletableFuture<Msg> task = it.next();
                if (task.isDone()) {
                    it.remove();
                    pending.add(task.join());
                }
            }
            Result done = handle(pending);
            if (done != null) {
                return done;
            }
            if (dirty) {
                Frame.show(screen, program.state(), colour, whole);
                dirty = false;
                whole = false;
            }
            KeyStroke key = screen.pollInput();
            if (key == null) {
                idle();
                continue;
            }
            // Every key already waiting is handled before the next frame, so fast typing or a
            // paste is not drawn one character at a time. The batch is counted before a key is
            // taken, so none is read and then left behind.
            pending.add(Msg.key(key));
            while (pending.size() < MAX_BATCH) {
                KeyStroke more = screen.pollInput();
                if (more == null) {
                    break;
                }
                pending.add(Msg.key(more));
            }
            done = handle(pending);
            if (done != null) {
                return done;
            }
        }
    }

    /** Hands each message to the program, in order, and empties the list; the result once a message quits. */
    private Result handle(List<Msg> messages) {
        for (Msg msg : messages) {
            dirty = true;
            for (Effect effect : program.send(msg)) {
                if (effect instanceof Effect.PrintDebrief) {
                    printDebrief = true;
                } else if (effect instanceof Effect.Quit quit) {
                    return new Result(program.state(), printDebrief, quit.interrupted());
                }
            }
        }
        messages.clear();
        return null;
    }

    private void idle() {
        try {
            outside.idle();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
