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
    RunsDirOption runsDir;

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

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // On a terminal that can show it, without --plain or --answers, play in the full-screen
        // interface; a terminal that turns out not to answer gets plain mode instead.
        boolean fullScreen = !plain && answers == null && Terminal.fullScreen();
        long runSeed = seed != null ? seed : ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        String giveAScenario = "give a scenario to play: a file, or an id from `hotseat list`"
                + " (for example: hotseat play parcel-never-came --plain)";
        Mode mode = assess ? Mode.ASSESS : Mode.PRACTICE;
        if (scenario == null) {
            if (fullScreen) {
                try {
                    return FullScreenPlay.pick(settings(Scorers::inBackground, mode, runSeed), debriefFormat, debriefOut, out,
                            err);
                } catch (FullScreen.Unavailable e) {
                    Terminal.didNotAnswer();
                    throw new CommandFailure(e.getMessage() + " Choose in plain mode instead: " + giveAScenario, 2);
                }
            }
            throw new CommandFailure(giveAScenario, 2);
        }
        Playable playable = ScenarioResolver.resolve(scenario, err);
        if (fullScreen) {
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
            PlaySession session = begin(playable, settings(Scorers::standard, mode, runSeed));
            Thread notice = interruptedNotice(session);
            PlainPlayer.Stop stop;
            try {
                stop = new PlainPlayer(session, reader, out, echo, assess).play();
            } catch (CharacterCodingException e) {
                out.flush();
                throw new CommandFailure((answers != null ? answers + ": the answers file" : "input: the input")
                        + " is not UTF-8 text — save it as UTF-8 and play again (the run so far is saved, unfinished: "
                        + session.where().orElse("") + ")");
            } finally {
                forget(notice);
            }
            if (stop == PlainPlayer.Stop.INPUT_ENDED) {
                out.println(answers != null
                        ? "The answers file ran out before the conversation ended; the run is saved as unfinished."
                        : "Input ended before the conversation did; the run is saved as unfinished.");
            }
            out.println();
            DebriefOutput.write(session.debrief(), debriefFormat, debriefOut, out);
            out.flush();
            err.println("Run saved: " + session.where().orElse("") + " (seed " + runSeed + ")");
            err.flush();
            return PlayExit.of(session);
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
                matcher != null ? matcher : Matchers.inBackground()), runsDir.store(), mode, runSeed, clock);
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
                String file = session.where().orElse("");
                System.err.println();
                System.err.println("Stopped. The run so far is saved, marked unfinished: " + file);
                System.err.println("See it with: hotseat debrief " + file);
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
