package hotseat.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import hotseat.conversation.ConversationEngine;
import hotseat.report.ReplayText;
import hotseat.scoring.ReplyScorer;
import hotseat.session.Playable;
import hotseat.session.Replay;
import hotseat.session.RunRecord;
import hotseat.store.RunDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hotseat replay RUN}: plays a saved run's replies again, with its seed, against the
 * scenario file as it is now, and says whether the result is the same and whether the file
 * changed since the run.
 */
@Command(name = "replay",
        mixinStandardHelpOptions = true,
        description = {"Play a saved run's replies again against the current scenario file.",
                "Says whether the result matches the saved run, and whether the scenario file has changed since."
                        + " Exit 0 when it matches, 1 when it does not."})
public final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "A run id from `hotseat runs`, `latest`, or a .json run file.")
    String run;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "Replay against FILE instead of the scenario the run was played from.")
    String scenarioOverride;

    @Mixin
    DbOption db;

    /** The scorer; tests replace it. */
    ReplyScorer scorer;

    @Override
    public Integer call() {
        RunRecord saved;
        if (RunLocator.isFile(run)) {
            saved = RunLocator.fromFile(run);
        } else {
            try (RunDatabase store = db.open(spec.commandLine().getErr())) {
                saved = RunLocator.load(run, store);
            }
        }
        String where = scenarioOverride != null ? scenarioOverride
                : saved.scenarioSource() != null && !saved.scenarioSource().startsWith("builtin:")
                        && Files.isRegularFile(Path.of(saved.scenarioSource()))
                ? saved.scenarioSource() : saved.scenarioId();
        Playable scenario = ScenarioResolver.resolve(where, spec.commandLine().getErr());
        Replay.Result result = Replay.of(saved, scenario, new ConversationEngine(scorer != null ? scorer : Scorers.standard()));
        PrintWriter out = spec.commandLine().getOut();
        out.print(ReplayText.render(result));
        out.flush();
        return result.matches() ? 0 : 1;
    }
}
