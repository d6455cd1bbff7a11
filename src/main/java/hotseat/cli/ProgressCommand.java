package hotseat.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import hotseat.load.Caches;
import hotseat.load.LibraryExercises;
import hotseat.load.ScenarioLibrary;
import hotseat.progress.Progress;
import hotseat.progress.ProgressBuilder;
import hotseat.progress.ScenarioExercise;
import hotseat.report.ProgressReport;
import hotseat.report.ReportFormat;
import hotseat.scoring.ReplyScorer;
import hotseat.store.RunDatabase;
import hotseat.store.RunFilter;
import hotseat.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hotseat progress}: a trainee's first and best scores, trends, habits and what to play next. */
@Command(name = "progress",
        mixinStandardHelpOptions = true,
        description = {"Show a trainee's progress over their finished runs: first and best score per scenario, each"
                + " dimension's trend over the last 10 runs, the habits that improved and those still to work on,"
                + " and a scenario to play next that exercises the weakest habit."})
public final class ProgressCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--trainee", paramLabel = "NAME", description = "Whose progress (default: your login name).")
    String trainee;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = Formats.Converter.class, completionCandidates = Formats.Names.class,
            description = "text, markdown, json or html (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write it to FILE instead of the screen.")
    Path out;

    /** The scorer that reads the library's model answers; tests may replace it. */
    ReplyScorer scorer;

    @Override
    public Integer call() {
        if (trainee != null && trainee.isBlank()) {
            throw new CommandFailure("--trainee is empty — give a name, or leave it out for your own progress", 2);
        }
        String who = trainee != null ? trainee.strip() : db.loginName();
        Progress progress;
        try (RunDatabase store = db.open(spec.commandLine().getErr())) {
            var runs = store.history(new RunFilter(null, who, null, null, 0));
            if (runs.isEmpty()) {
                List<String> known = store.trainees();
                throw new CommandFailure("no runs by \"" + who + "\" in " + store.database().shown() + " — "
                        + (known.isEmpty() ? "play one with: hotseat play SCENARIO"
                        : "trainees with runs: " + String.join(", ", known.subList(0, Math.min(10, known.size())))
                        + (known.size() > 10 ? "…" : "") + " (give one with --trainee NAME)"));
            }
            progress = ProgressBuilder.build(who, runs, library());
        } catch (StoreException e) {
            throw new CommandFailure(e.getMessage());
        }
        OutputFile.write(ProgressReport.render(progress, format), out, spec.commandLine().getOut(), "Progress");
        return 0;
    }

    /**
     * The habits each scenario in the trainee's library exercises, kept in the cache between runs;
     * an injected scorer's are worked out afresh.
     */
    private List<ScenarioExercise> library() {
        ScenarioLibrary library = ScenarioLibrary.forUser(db.env);
        if (scorer != null) {
            return LibraryExercises.workOut(library, scorer);
        }
        // On a miss the rubric loads on another core while the library is read.
        return LibraryExercises.of(library, Scorers::inBackground, Caches.folder(db.env), Caches.buildIdentity());
    }
}
