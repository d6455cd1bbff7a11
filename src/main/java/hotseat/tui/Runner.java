package hotseat.tui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;

import hotseat.conversation.ConversationState;

/**
 * The one impure part of the interface: owns the terminal, turns keys and resizes into
 * {@link Msg}s, runs {@link Update}, draws with {@link View}, and performs the effects. The
 * terminal is given back on every way out — a normal quit, Ctrl-C, or an exception.
 */
final class Runner {

    /**
     * How the interface ended: the last state, the debriefs to print now the screen is normal,
     * and whether it was left with Ctrl-C.
     */
    record Result(UiState last, List<ConversationState> printAfterExit, boolean interrupted) {}

    /** How long to wait between looks at the keyboard when nothing happens; bounds key latency. */
    private static final long IDLE_MILLIS = 8;

    /** At most this many waiting keys are handled between two frames. */
    private static final int MAX_BATCH = 256;

    private final Update update;
    private final RunRecorder recorder;
    private final boolean colour;

    Runner(Update update, RunRecorder recorder, boolean colour) {
        this.update = update;
        this.recorder = recorder;
        this.colour = colour;
    }

    /** Runs until a quit effect; closes {@code terminal} before returning or throwing. */
    Result run(Terminal terminal, UiState initial) throws IOException {
        return run(terminal, initial, List.of());
    }

    /**
     * As {@link #run(Terminal, UiState)}, with work going on in the background: each message
     * is handed to {@link Update} on the first frame after it is ready.
     */
    Result run(Terminal terminal, UiState initial, List<CompletableFuture<Msg>> background) throws IOException {
        try (terminal) {
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            try {
                return loop(screen, initial, new ArrayList<>(background));
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

    private Result loop(TerminalScreen screen, UiState initial, List<CompletableFuture<Msg>> background) throws IOException {
        UiState state = initial.withSize(screen.getTerminalSize());
        List<ConversationState> print = new ArrayList<>();
        boolean dirty = true;
        boolean whole = false;
        while (true) {
            TerminalSize resized = screen.doResizeIfNecessary();
            if (resized != null) {
                state = update.update(state, new Msg.Resized(resized)).state();
                dirty = true;
                whole = true;
            }
            for (var it = background.iterator(); it.hasNext(); ) {
                CompletableFuture<Msg> task = it.next();
                if (task.isDone()) {
                    it.remove();
                    state = update.update(state, task.join()).state();
                    dirty = true;
                }
            }
            if (dirty) {
                Frame.show(screen, state, colour, whole);
                dirty = false;
                whole = false;
            }
            KeyStroke key = screen.pollInput();
            if (key == null) {
                sleep();
                continue;
            }
            // Every key already waiting is handled before the next frame, so fast typing or a
            // paste is not drawn one character at a time.
            // The batch is counted before a key is taken, so none is read and then left behind.
            List<Msg> pending = new ArrayList<>(List.of(Msg.key(key)));
            while (pending.size() < MAX_BATCH) {
                KeyStroke more = screen.pollInput();
                if (more == null) {
                    break;
                }
                pending.add(Msg.key(more));
            }
            while (!pending.isEmpty()) {
                Update.Next next = update.update(state, pending.remove(0));
                state = next.state();
                dirty = true;
                for (Effect effect : next.effects()) {
                    if (effect instanceof Effect.BeginRun || effect instanceof Effect.Record) {
                        try {
                            save(effect);
                        } catch (Exception e) {
                            // Play goes on; the trainee is told the run is not being kept.
                            pending.add(new Msg.SaveFailed(e.getMessage() == null ? e.toString() : e.getMessage()));
                        }
                    } else if (effect instanceof Effect.PrintDebrief p) {
                        print.add(p.conversation());
                    } else if (effect instanceof Effect.Quit quit) {
                        return new Result(state, print, quit.interrupted());
                    }
                }
            }
        }
    }

    private void save(Effect effect) throws Exception {
        if (effect instanceof Effect.BeginRun b) {
            recorder.begin(b.start());
        } else if (effect instanceof Effect.Record r) {
            recorder.record(r.action(), r.after());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(IDLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
