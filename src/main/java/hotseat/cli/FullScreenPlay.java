package hotseat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationEngine;
import hotseat.conversation.ConversationState;
import hotseat.conversation.Mode;
import hotseat.load.CheckResult;
import hotseat.load.ScenarioLibrary;
import hotseat.report.ReportFormat;
import hotseat.scenario.Scenario;
import hotseat.scoring.ReplyScorer;
import hotseat.store.RunSession;
import hotseat.store.RunStore;
import hotseat.tui.FullScreen;
import hotseat.tui.RunRecorder;

/**
 * Plays in the full-screen interface: from the picker over the built-in library, or from the
 * briefing of one scenario. The run is kept by a {@link RunSession} exactly as in plain mode,
 * and once the interface has closed the debrief is printed to the ordinary screen.
 */
final class FullScreenPlay {

    /** Everything a run needs besides the scenario. */
    record Settings(Mode mode, long seed, RunStore store, ReplyScorer scorer, Clock clock,
                    ReportFormat debriefFormat, Path debriefOut) {}

    /** Where a scenario came from, as the run records it. */
    record Source(String file, String sha256) {}

    private FullScreenPlay() {}

    /** The picker over every playable built-in scenario, then play. */
    static int pick(Settings settings, PrintWriter out, PrintWriter err) throws IOException {
        Map<String, Source> sources = new ConcurrentHashMap<>();
        Recorder recorder = new Recorder(settings, sources);
        FullScreen.Ending ending = screen(settings, recorder).pick(() -> {
            // Read while the terminal starts; a scenario with errors is left out of the picker.
            List<Scenario> scenarios = new ArrayList<>();
            for (CheckResult r : ScenarioLibrary.builtIn().checkAll()) {
                if (r.playable() && !sources.containsKey(r.loaded().scenario().id())) {
                    scenarios.add(r.loaded().scenario());
                    sources.put(r.loaded().scenario().id(), new Source(r.file(), r.loaded().sha256()));
                }
            }
            scenarios.sort(Scenario.EASIEST_FIRST);
            return new FullScreen.Library(scenarios, scenarios.isEmpty()
                    ? "This build has no playable built-in scenarios: give a file, hotseat play FILE.yaml" : null);
        });
        return after(ending, recorder, settings, out, err);
    }

    /** The briefing of one scenario, then play. */
    static int play(ScenarioResolver.Resolved resolved, Settings settings, PrintWriter out, PrintWriter err)
            throws IOException {
        Recorder recorder = new Recorder(settings,
                Map.of(resolved.scenario().id(), new Source(resolved.source(), resolved.sha256())));
        FullScreen.Ending ending = screen(settings, recorder).play(resolved.scenario());
        return after(ending, recorder, settings, out, err);
    }

    private static FullScreen screen(Settings settings, Recorder recorder) {
        return new FullScreen(new ConversationEngine(settings.scorer()), recorder, settings.mode(), settings.seed());
    }

    /** The interface has closed and the terminal is normal again: print what should stay, and say how play ended. */
    private static int after(FullScreen.Ending ending, Recorder recorder, Settings settings, PrintWriter out,
                             PrintWriter err) {
        RunSession session = recorder.session; // null when left at the picker or the briefing: nothing was played
        if (session != null) {
            if (ending.printDebrief()) {
                DebriefOutput.write(session.debrief(), settings.debriefFormat(), settings.debriefOut(), out);
            } else if (!session.state().isOver()) {
                out.println("Stopped. The run so far is saved, marked unfinished.");
                out.println("See its debrief with: hotseat debrief " + session.file());
            }
            out.flush();
            err.println("Run saved: " + session.file() + " (seed " + settings.seed() + ")");
            err.flush();
        }
        return ending.interrupted() ? PlayExit.INTERRUPTED : PlayExit.of(session);
    }

    /** Saves the run the interface plays: the interface applies each action, the run records it. */
    private static final class Recorder implements RunRecorder {
        private final Settings settings;
        private final Map<String, Source> sources;
        RunSession session;

        Recorder(Settings settings, Map<String, Source> sources) {
            this.settings = settings;
            this.sources = sources;
        }

        @Override
        public void begin(ConversationState start) throws Exception {
            Source source = sources.get(start.scenario().id());
            session = RunSession.follow(settings.store(), start, source.file(), source.sha256(), settings.clock());
        }

        @Override
        public void record(Action action, ConversationState after) throws Exception {
            session.record(action, after);
        }
    }
}
