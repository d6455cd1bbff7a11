package hotseat.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import hotseat.conversation.ConversationEngine;
import hotseat.conversation.ReplyMatcher;
import hotseat.conversation.Mode;
import hotseat.report.ReportFormat;
import hotseat.scoring.ReplyScorer;
import hotseat.session.PlaySession;
import hotseat.session.PlaySettings;
import hotseat.session.Playable;
import hotseat.session.RunRecord;
import hotseat.session.RunRecorder;
import hotseat.store.RunDatabase;
import hotseat.store.StoreException;
import hotseat.tui.FullScreen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hotseat play SCENARIO}: play a scenario from the briefing to the debrief. */
@Command(name = "play",
        mixinStandardHelpOptions = true,
        description = {
                "Play a scenario from the briefing to the debrief.",
                "Plain mode prints each turn as text and reads one line per reply: a number picks that option,"
                        + " other text is your own reply (where the turn allows typing), /hint shows a tip and /undo"
                        + " takes your last reply back (practice mode). It is used when --plain is given or when input"
                        + " or output is not a terminal.",
                "The run is saved after every reply; see `hotseat runs`."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:The conversation reached an ending, or nothing was played.",
                "1:Failure: an invalid scenario, a run that could not be saved.",
                "2:Usage mistake.",
                "3:Stopped before an ending (q, end of input, the answers ran out); the run is saved unfinished.",
                "130:Interrupted with Ctrl-C; the run is saved unfinished."})
public final class PlayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "A scenario file, or the id of a built-in scenario (see `hotseat list`).")
    String scenario;

    @Option(names = "--plain", description = "Play line by line, without the full-screen interface.")
    boolean plain;

    @Option(names = "--answers", paramLabel = "FILE",
            description = "Read the replies from FILE, one per line, instead of the keyboard.")
    Path answers;

    @Option(names = "--assess", description = "Assessment mode: no coaching notes and no undo until the debrief.")
    boolean assess;

    @Option(names = "--seed", paramLabel = "N", description = "The run's seed (recorded with the run; random when not given).")
    Long seed;

    @Mixin
    DbOption db;

    @Option(names = "--trainee", paramLabel = "NAME",
            description = "Who is playing, recorded with the run (default: your login name).")
    String trainee;

    @Option(names = "--resume", paramLabel = "RUN",
            description = "Take up an unfinished run (a run id from `hotseat runs`, or latest) where it stopped.")
    String resume;

    @Option(names = "--debrief-format", paramLabel = "FORMAT", defaultValue = "text",
            converter = Formats.Converter.class, completionCandidates = Formats.Names.class,
            description = "The debrief's format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat debriefFormat;

    @Option(names = "--debrief-out", paramLabel = "FILE", description = "Write the debrief to FILE instead of the screen.")
    Path debriefOut;

    /** Where keyboard replies come from; tests replace it. */
    InputStream in = System.in;
    /** The scorer; tests replace it with one whose scores they know. */
    ReplyScorer scorer;

    /** Compares typed replies with the options by meaning; tests replace it (null: the model's). */
    ReplyMatcher matcher;
    /** The clock for the run's times; tests fix it. */
    Clock clock = Clock.systemUTC();

    /** The run database, open while the command runs (plain play and resuming use it directly). */
    private RunDatabase store;
    /** Where this command's run is recorded: the database, or the database still opening. */
    private RunRecorder recorder;

    @Override
    public Integer call() throws IOException {
        if (trainee != null && trainee.isBlank()) {
            throw new CommandFailure("--trainee is empty — give a name, or leave it out to use your login name", 2);
        }
        if (resume != null && scenario != null) {
            throw new CommandFailure("--resume takes up a run of the scenario it was begun with — leave out " + scenario, 2);
        }
        if (resume == null && !plain && answers == null && Terminal.fullScreen() && db.choice().isDefault()) {
            // The first frame does not wait for the local database; the run waits for it when first
            // recorded. A database the user named is opened first, so that one out of reach is
            // reported before play rather than during it. What opening says (old run files
            // imported) is kept until the screen is given back.
            java.io.StringWriter said = new java.io.StringWriter();
            PrintWriter sayLater = new PrintWriter(said);
            try (DeferredRecorder deferred = new DeferredRecorder(() -> db.open(sayLater))) {
                recorder = deferred;
                return play();
            } finally {
                recorder = null;
                sayLater.flush();
                spec.commandLine().getErr().print(said);
                spec.commandLine().getErr().flush();
            }
        }
        try (RunDatabase opened = db.open(spec.commandLine().getErr())) {
            store = opened;
            recorder = opened;
            return play();
        } finally {
            store = null;
            recorder = null;
        }
    }

    private Integer play() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // On a terminal that can show it, without --plain or --answers, play in the full-screen
        // interface; a terminal that turns out not to answer gets plain mode instead.
        boolean fullScreen = !plain && answers == null && Terminal.fullScreen();
        long runSeed = seed != null ? seed : ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        String giveAScenario = "give a scenario to play: a file, or an id from `hotseat list`"
                + " (for example: hotseat play parcel-never-came --plain)";
        Mode mode = assess ? Mode.ASSESS : Mode.PRACTICE;
        RunRecord resumed = null;
        if (resume != null) {
            resumed = RunLocator.load(resume, store);
            runSeed = resumed.seed();
            mode = Mode.fromWord(resumed.mode());
            scenario = resumedScenario(resumed);
        }
        if (scenario == null) {
            if (fullScreen) {
                try {
                    return FullScreenPlay.pick(settings(Scorers::inBackground, mode, runSeed), db.env, debriefFormat, debriefOut,
                            out, err);
                } catch (FullScreen.Unavailable e) {
                    Terminal.didNotAnswer();
                    throw new CommandFailure(e.getMessage() + " Choose in plain mode instead: " + giveAScenario, 2);
                }
            }
            throw new CommandFailure(giveAScenario, 2);
        }
        Playable playable = resumed != null ? resumedPlayable(resumed, err) : ScenarioResolver.resolve(scenario, db.env, err);
        if (fullScreen && resumed == null) {
            try {
                return FullScreenPlay.play(playable, settings(Scorers::inBackground, mode, runSeed), debriefFormat, debriefOut,
                        out, err);
            } catch (FullScreen.Unavailable e) {
                Terminal.didNotAnswer();
                err.println(e.getMessage() + " Playing line by line instead.");
                err.flush();
            }
        }
        boolean echo = answers != null || !Terminal.interactive();
        try (BufferedReader reader = openInput()) {
            PlaySession session = resumed != null ? resume(playable, settings(Scorers::standard, mode, runSeed), resumed, out)
                    : begin(playable, settings(Scorers::standard, mode, runSeed));
            Thread notice = interruptedNotice(session);
            PlainPlayer.Stop stop;
            try {
                stop = new PlainPlayer(session, reader, out, echo, assess).play();
            } catch (CharacterCodingException e) {
                out.flush();
                throw new CommandFailure((answers != null ? answers + ": the answers file" : "input: the input")
                        + " is not UTF-8 text — save it as UTF-8 and play again (the run so far is saved, unfinished: "
                        + session.record().id() + ")");
            } finally {
                forget(notice);
            }
            if (stop == PlainPlayer.Stop.INPUT_ENDED) {
                out.println(answers != null
                        ? "The answers file ran out before the conversation ended; the run is saved as unfinished."
                        : "Input ended before the conversation did; the run is saved as unfinished.");
            }
            out.println();
            DebriefOutput.write(session.record(), debriefFormat, debriefOut, out);
            out.flush();
            err.println("Run saved: " + session.where().orElse("") + " (seed " + runSeed + ")"
                    + (session.state().isOver() ? "" : "; take it up with: hotseat play --resume " + session.record().id()));
            err.flush();
            return PlayExit.of(session);
        }
    }

    /** The scenario a resumed run was played on: its file when it is unchanged, else the text kept with the run. */
    private String resumedScenario(RunRecord run) {
        String source = run.scenarioSource();
        if (source != null && !source.startsWith("builtin:") && !source.startsWith("built-in/")
                && Files.isRegularFile(Path.of(source))) {
            return source;
        }
        return run.scenarioId();
    }

    private Playable resumedPlayable(RunRecord run, PrintWriter err) {
        Playable now = ScenarioResolver.resolveQuietly(scenario, db.env);
        if (now != null && java.util.Objects.equals(now.sha256(), run.scenarioSha256())) {
            return now;
        }
        try {
            String kept = store.scenarioText(run.scenarioId(), run.scenarioSha256()).orElse(null);
            if (kept != null) {
                Playable same = ScenarioResolver.fromText(run.scenarioSource(), kept);
                if (same != null) {
                    return same;
                }
            }
        } catch (StoreException e) {
            throw new CommandFailure(e.getMessage());
        }
        if (now != null) {
            err.println("hotseat: warning: " + scenario + " has changed since run " + run.id()
                    + " was begun, and its earlier text was not kept; taking the run up on the file as it is now.");
            err.flush();
            return now;
        }
        return ScenarioResolver.resolve(scenario, db.env, err);
    }

    private static PlaySession resume(Playable playable, PlaySettings settings, RunRecord run, PrintWriter out) {
        try {
            PlaySession session = PlaySession.resume(playable, settings, run);
            out.println("Taking up run " + run.id() + " after " + run.debrief().turns().size()
                    + (run.debrief().turns().size() == 1 ? " reply." : " replies."));
            return session;
        } catch (IOException e) {
            throw new CommandFailure(e.getMessage() + (e instanceof PlaySession.CannotResume
                    ? " — play it afresh with: hotseat play " + run.scenarioId() : ""));
        }
    }

    private static PlaySession begin(Playable playable, PlaySettings settings) {
        try {
            return PlaySession.begin(playable, settings);
        } catch (IOException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /** A run's settings: the scorer given (unless a test has set its own), the runs folder, this command's clock. */
    private PlaySettings settings(Supplier<ReplyScorer> standard, Mode mode, long runSeed) {
        return new PlaySettings(new ConversationEngine(scorer != null ? scorer : standard.get(),
                matcher != null ? matcher : Matchers.inBackground()), recorder, mode, runSeed,
                clock, trainee != null ? trainee.strip() : db.loginName());
    }

    private BufferedReader openInput() throws IOException {
        if (answers == null) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        try {
            if (Files.isDirectory(answers)) {
                throw new CommandFailure(answers + ": is a folder — give a text file with one reply per line", 2);
            }
            return Files.newBufferedReader(answers, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CommandFailure(answers + ": no such answers file — give a text file with one reply per line", 2);
        }
    }

    /**
     * On Ctrl-C the run is already on disk (it is saved after every reply); this only tells the
     * trainee where, so the interruption does not look like a loss.
     */
    private static Thread interruptedNotice(PlaySession session) {
        Thread t = new Thread(() -> {
            if (!session.state().isOver()) {
                String id = session.record().id();
                System.err.println();
                System.err.println("Stopped. The run so far is saved, marked unfinished: " + session.where().orElse(id));
                System.err.println("See it with: hotseat debrief " + id + "   Take it up with: hotseat play --resume " + id);
            }
        }, "hotseat-interrupted-notice");
        try {
            Runtime.getRuntime().addShutdownHook(t);
        } catch (IllegalStateException shuttingDown) {
            return null;
        }
        return t;
    }

    private static void forget(Thread notice) {
        if (notice == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(notice);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already stopping; the notice will run, which is what we want
        }
    }
}
