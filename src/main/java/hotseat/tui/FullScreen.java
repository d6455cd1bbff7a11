package hotseat.tui;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;

import hotseat.conversation.ConversationEngine;
import hotseat.conversation.ConversationState;
import hotseat.conversation.Mode;
import hotseat.scenario.Scenario;

/**
 * The full-screen interface, as the command line uses it: pick a scenario (or start at the
 * briefing of one), play it, read the debrief; then the debrief is printed to the ordinary
 * screen so that it stays in the scrollback.
 *
 * @param engine  plays the conversation
 * @param debrief  renders a conversation's debrief as text
 * @param recorder keeps the run on disk from its start and after every action
 * @param mode    practice or assessment
 * @param seed    the run's seed
 */
public record FullScreen(
        ConversationEngine engine,
        DebriefText debrief,
        RunRecorder recorder,
        Mode mode,
        long seed) {

    /** The conversation as it was left (null if none was begun), and whether it reached an ending. */
    public record Ending(ConversationState conversation, boolean finished) {}

    /** Opens the picker over {@code library}, then plays the chosen scenario. */
    public Ending pick(List<Scenario> library, PrintWriter out) throws IOException {
        return run(UiState.picker(library, mode, seed), out);
    }

    /** Opens on the briefing of {@code scenario}, then plays it. */
    public Ending play(Scenario scenario, PrintWriter out) throws IOException {
        return run(UiState.briefing(scenario, mode, seed), out);
    }

    private Ending run(UiState initial, PrintWriter out) throws IOException {
        boolean colour = colourWanted();
        Runner runner = new Runner(new Update(engine, debrief), recorder, colour);
        Runner.Result result = runner.run(openTerminal(), initial);
        // The terminal is back to normal here: what is printed now stays in the scrollback.
        for (ConversationState c : result.printAfterExit()) {
            out.print(debrief.render(c, colour));
        }
        out.flush();
        ConversationState c = result.last().conversation();
        return new Ending(c, c != null && c.isOver());
    }

    /**
     * The terminal the program runs in, as text (never a Swing window, even with a display), with
     * Ctrl-C delivered as a key so the run is saved and the screen restored before leaving.
     */
    static Terminal openTerminal() throws IOException {
        return new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8)
                .setForceTextTerminal(true)
                .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP)
                .createTerminal();
    }

    /** Colour unless NO_COLOR is set to something (https://no-color.org). */
    static boolean colourWanted() {
        String noColour = System.getenv("NO_COLOR");
        return noColour == null || noColour.isEmpty();
    }
}
