package hotseat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import hotseat.load.CheckResult;
import hotseat.load.ScenarioLibrary;
import hotseat.report.ReportFormat;
import hotseat.scenario.Scenario;
import hotseat.session.PlaySession;
import hotseat.session.PlaySettings;
import hotseat.session.Playable;
import hotseat.tui.FullScreen;

/**
 * Plays in the full-screen interface: from the picker over the built-in library, or from the
 * briefing of one scenario. The run is played and kept by a {@link PlaySession} exactly as in
 * plain mode, and once the interface has closed the debrief is printed to the ordinary screen.
 */
final class FullScreenPlay {
    private FullScreenPlay() {}

    /** The picker over every playable built-in scenario, then play. */
    static int pick(PlaySettings settings, ReportFormat debriefFormat, Path debriefOut, PrintWriter out, PrintWriter err)
            throws IOException {
        FullScreen.Ending ending = new FullScreen(settings, Style.detect().colour()).pick(() -> {
            // Read while the terminal starts; a scenario with errors is left out of the picker.
            List<Playable> scenarios = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (CheckResult r : ScenarioLibrary.builtIn().checkAll()) {
                if (r.playable() && ids.add(r.loaded().scenario().id())) {
                    scenarios.add(new Playable(r.loaded().scenario(), r.file(), r.loaded().sha256(), r.loaded().text()));
                }
            }
            scenarios.sort((a, b) -> Scenario.EASIEST_FIRST.compare(a.scenario(), b.scenario()));
            return new FullScreen.Library(scenarios, scenarios.isEmpty()
                    ? "This build has no playable built-in scenarios: give a file, hotseat play FILE.yaml" : null);
        });
        return after(ending, settings, debriefFormat, debriefOut, out, err);
    }

    /** The briefing of one scenario, then play. */
    static int play(Playable scenario, PlaySettings settings, ReportFormat debriefFormat, Path debriefOut, PrintWriter out,
                    PrintWriter err) throws IOException {
        FullScreen.Ending ending = new FullScreen(settings, Style.detect().colour()).play(scenario);
        return after(ending, settings, debriefFormat, debriefOut, out, err);
    }

    /** The interface has closed and the terminal is normal again: print what should stay, and say how play ended. */
    private static int after(FullScreen.Ending ending, PlaySettings settings, ReportFormat debriefFormat, Path debriefOut,
                             PrintWriter out, PrintWriter err) {
        PlaySession session = ending.session(); // null when left at the picker or the briefing: nothing was played
        if (session != null) {
            String file = session.where().orElse(null);
            if (ending.printDebrief()) {
                DebriefOutput.write(session.record(), debriefFormat, debriefOut, out);
            } else if (!session.state().isOver() && file != null) {
                out.println("Stopped. The run so far is saved, marked unfinished.");
                out.println("See its debrief with: hotseat debrief " + session.record().id()
                        + "   Take it up with: hotseat play --resume " + session.record().id());
            }
            out.flush();
            err.println(file != null ? "Run saved: " + file + " (seed " + settings.seed() + ")"
                    : "The run could not be saved (seed " + settings.seed() + ").");
            err.flush();
        }
        return ending.interrupted() ? PlayExit.INTERRUPTED : PlayExit.of(session);
    }
}
