package hotseat.tui;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.googlecode.lanterna.terminal.Terminal;

import hotseat.conversation.ConversationEngine;
import hotseat.conversation.ConversationState;
import hotseat.conversation.Mode;
import hotseat.debrief.DebriefBuilder;
import hotseat.report.TextReport;
import hotseat.scenario.Scenario;

/**
 * The full-screen interface, as the command line uses it: pick a scenario (or start at the
 * briefing of one), play it, read the debrief. When it returns the terminal is back to normal,
 * and the caller prints the debrief so that it stays in the scrollback.
 *
 * @param engine   plays the conversation
 * @param recorder keeps the run on disk from its start and after every action
 * @param mode     practice or assessment
 * @param seed     the run's seed
 */
public record FullScreen(ConversationEngine engine, RunRecorder recorder, Mode mode, long seed) {

    /**
     * How the interface was left: the conversation as it stands (null if none was begun),
     * whether its debrief should now be printed (the trainee read it to the end of the run), and
     * whether the trainee left with Ctrl-C.
     */
    public record Ending(ConversationState conversation, boolean printDebrief, boolean interrupted) {
        public boolean finished() {
            return conversation != null && conversation.isOver();
        }
    }

    /** The debrief as the interface shows it: the text report. */
    static final DebriefText DEBRIEF = (c, colour) -> TextReport.render(DebriefBuilder.build(c), colour);

    /** A library read in the background: the scenarios that can be played, and a problem to show if none can. */
    public record Library(List<Scenario> scenarios, String problem) {}

    /**
     * Opens the picker, then plays the chosen scenario. The library is read on another thread
     * while the terminal starts, so the first frame does not wait for every scenario to load.
     */
    public Ending pick(Supplier<Library> library) throws IOException {
        CompletableFuture<Msg> loading = CompletableFuture.supplyAsync(() -> {
            try {
                Library l = library.get();
                return new Msg.LibraryLoaded(l.scenarios(), l.problem());
            } catch (RuntimeException e) {
                return new Msg.LibraryLoaded(List.of(), "The scenario library could not be read: " + e.getMessage());
            }
        });
        return run(UiState.loading(mode, seed), List.of(loading));
    }

    /** Opens on the briefing of {@code scenario}, then plays it. */
    public Ending play(Scenario scenario) throws IOException {
        return run(UiState.briefing(scenario, mode, seed), List.of());
    }

    private Ending run(UiState initial, List<CompletableFuture<Msg>> background) throws IOException {
        Runner runner = new Runner(new Update(engine, DEBRIEF), recorder, colourWanted());
        Runner.Result result = runner.run(openTerminal(), initial, background);
        return new Ending(result.last().conversation(), !result.printAfterExit().isEmpty(), result.interrupted());
    }

    /**
     * The terminal the program runs in, as text (never a Swing window, even with a display), with
     * Ctrl-C delivered as a key so the run is saved and the screen restored before leaving.
     *
     * @throws Unavailable when the terminal does not answer as a full-screen terminal must
     */
    static Terminal openTerminal() throws IOException {
        return TtyTerminal.open(TtyTerminal.ANSWER_WITHIN).orElseThrow(() -> new Unavailable(
                "This terminal did not answer a cursor-position query within "
                        + TtyTerminal.ANSWER_WITHIN.toMillis() + " ms, so it cannot show the full-screen interface."));
    }

    /** The terminal cannot show the full-screen interface; nothing was drawn on it, so plain mode can take over. */
    public static final class Unavailable extends IOException {
        Unavailable(String message) {
            super(message);
        }
    }

    /** Colour unless NO_COLOR is set to something (https://no-color.org). */
    static boolean colourWanted() {
        String noColour = System.getenv("NO_COLOR");
        return noColour == null || noColour.isEmpty();
    }
}
