package hotseat.tui;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.googlecode.lanterna.terminal.Terminal;

import hotseat.report.TextReport;
import hotseat.session.PlaySession;
import hotseat.session.PlaySettings;
import hotseat.session.Playable;

/**
 * The full-screen interface, as the command line uses it: pick a scenario (or start at the
 * briefing of one), play it, read the debrief. When it returns the terminal is back to normal,
 * and the caller prints the debrief so that it stays in the scrollback.
 *
 * @param settings how the run is played and where it is recorded
 * @param colour   whether to use colour (the command line decides; without it every look falls
 *                 back to the terminal's own colours, bold and reverse)
 */
public record FullScreen(PlaySettings settings, boolean colour) {

    /**
     * How the interface was left: the run played (null if none was begun), whether its debrief
     * should now be printed (the trainee read it to the end of the run), and whether the trainee
     * left with Ctrl-C.
     */
    public record Ending(PlaySession session, boolean printDebrief, boolean interrupted) {}

    /** The debrief as the interface shows it: the text report, without colour (the grid draws its own). */
    static final DebriefText DEBRIEF = debrief -> TextReport.render(debrief, false);

    /** A library read in the background: the scenarios that can be played, and a problem to show if none can. */
    public record Library(List<Playable> scenarios, String problem) {}

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
        return run(UiState.loading(settings.mode()), List.of(loading));
    }

    /** Opens on the briefing of {@code scenario}, then plays it. */
    public Ending play(Playable scenario) throws IOException {
        return run(UiState.briefing(scenario, settings.mode()), List.of());
    }

    private Ending run(UiState initial, List<CompletableFuture<Msg>> background) throws IOException {
        Program program = new Program(new Update(DEBRIEF), new Performer(settings), initial);
        Runner.Result result = new Runner(program, colour).run(openTerminal(), background);
        return new Ending(program.performer().session(), result.printDebrief(), result.interrupted());
    }

    /** Begins the run of a scenario, or takes up one already begun: how a hosted interface starts play. */
    @FunctionalInterface
    public interface Starter {
        PlaySession start(Playable playable) throws IOException;
    }

    /**
     * The interface on a terminal handed to it (a workshop's SSH channel) rather than this
     * process's own: on the briefing of {@code scenarios}' only one, or on the picker over them.
     * {@code starter} begins (or takes up) the run when the trainee begins; {@code outside} holds
     * the run and closes the interface when the connection goes. The terminal is closed on return.
     *
     * @param notice a line shown in the status bar at first (a welcome back), or null
     */
    public Ending host(Terminal terminal, List<Playable> scenarios, Starter starter, Outside outside, String notice)
            throws IOException {
        UiState initial = scenarios.size() == 1 ? UiState.briefing(scenarios.get(0), settings.mode())
                : UiState.picker(scenarios, settings.mode());
        if (notice != null) {
            initial = initial.withNotice(notice);
        }
        Program program = new Program(new Update(DEBRIEF), new Performer(settings, starter), initial);
        Runner.Result result = new Runner(program, colour, outside).run(terminal, List.of());
        return new Ending(program.performer().session(), result.printDebrief(), result.interrupted());
    }

    /** The terminal of this process, for a full-screen view other than play's (a workshop's facilitator). */
    public static Terminal localTerminal() throws IOException {
        return openTerminal();
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

}
