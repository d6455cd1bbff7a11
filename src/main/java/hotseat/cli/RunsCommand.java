package hotseat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import hotseat.progress.RunSummary;
import hotseat.store.RunDatabase;
import hotseat.store.RunFilter;
import hotseat.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hotseat runs}: the saved runs, newest first, picked by scenario, trainee and date; and importing run files. */
@Command(name = "runs",
        mixinStandardHelpOptions = true,
        description = {"List saved runs, newest first: when, who, scenario, outcome and overall score.",
                "With --import DIR, bring the .json run files in DIR (as earlier versions saved them, or as"
                        + " `hotseat debrief RUN --format json` writes them) into the database first."})
public final class RunsCommand implements Callable<Integer> {
    static final int DEFAULT_LIMIT = 50;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Mixin
    RunFilterOptions pick;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + DEFAULT_LIMIT,
            description = "Show at most N runs, newest first; 0 for all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--import", paramLabel = "DIR", description = "Import the .json run files in DIR first.")
    Path importDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 0) {
            throw new CommandFailure("--limit must be 0 (all) or more, not " + limit, 2);
        }
        RunFilter filter = pick.filter(limit);
        try (RunDatabase store = db.open(err)) {
            if (importDir != null) {
                RunDatabase.Imported done = store.importFolder(importDir, db.loginName(), false);
                err.println("Imported " + done.imported() + (done.imported() == 1 ? " run" : " runs") + " from " + importDir
                        + (done.present() > 0 ? " (" + done.present() + " already there)" : "") + ".");
                ImportReport.skipped(done, err);
                err.flush();
            }
            List<RunSummary> runs = store.list(filter);
            if (runs.isEmpty()) {
                boolean filtered = filter.scenarioId() != null || filter.trainee() != null || filter.since() != null
                        || filter.before() != null;
                out.println(filtered ? "No saved runs match in " + store.database().shown() + "."
                        : "No saved runs in " + store.database().shown() + " yet. Play one with: hotseat play SCENARIO");
                return 0;
            }
            int scenarioWidth = Math.max(8, runs.stream().mapToInt(r -> length(r.scenarioId())).max().orElse(8));
            int traineeWidth = Math.max(7, runs.stream().mapToInt(r -> length(r.trainee())).max().orElse(7));
            String row = "%-17s  %-" + traineeWidth + "s  %-" + scenarioWidth + "s  %-10s  %5s  %s%n";
            out.printf(Locale.ROOT, row, "WHEN (UTC)", "TRAINEE", "SCENARIO", "OUTCOME", "SCORE", "RUN");
            for (RunSummary r : runs) {
                out.printf(Locale.ROOT, row, when(r.startedAt()), r.trainee() == null ? "–" : r.trainee(), r.scenarioId(),
                        r.outcome(), r.turns() == 0 ? "–" : String.valueOf(r.overall()), r.id());
            }
            if (limit > 0 && runs.size() == limit) {
                int all = store.count(filter);
                if (all > limit) {
                    out.println("… " + (all - limit) + " older " + (all - limit == 1 ? "run" : "runs")
                            + " not shown (--limit 0 shows all).");
                }
            }
            out.println("Runs are in " + store.database().shown() + "; see one with: hotseat debrief RUN");
            return 0;
        } catch (StoreException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    private static int length(String s) {
        return s == null ? 1 : s.length();
    }

    private static String when(String iso) {
        if (iso == null || iso.length() < 16) {
            return iso == null ? "" : iso;
        }
        return iso.substring(0, 10) + " " + iso.substring(11, 16);
    }
}
