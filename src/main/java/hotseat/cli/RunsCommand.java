package hotseat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import hotseat.session.RunRecord;
import hotseat.store.RunFileException;
import hotseat.store.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code hotseat runs}: the saved runs, newest first. */
@Command(name = "runs",
        mixinStandardHelpOptions = true,
        description = "List saved runs, newest first: when, scenario, outcome and overall score.")
public final class RunsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RunsDirOption runsDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RunStore store = runsDir.store();
        List<RunStore.Listed> runs;
        try {
            runs = store.list();
        } catch (RunFileException e) {
            throw new CommandFailure(e.getMessage());
        }
        if (runs.isEmpty()) {
            out.println("No saved runs in " + store.dir() + " yet. Play one with: hotseat play SCENARIO");
            return 0;
        }
        int scenarioWidth = Math.max(8, runs.stream().mapToInt(l -> l.run().scenarioId().length()).max().orElse(8));
        String row = "%-17s  %-" + scenarioWidth + "s  %-10s  %5s  %s%n";
        out.printf(Locale.ROOT, row, "WHEN (UTC)", "SCENARIO", "OUTCOME", "SCORE", "RUN");
        for (RunStore.Listed l : runs) {
            RunRecord r = l.run();
            out.printf(Locale.ROOT, row, when(r.startedAt()), r.scenarioId(), r.outcome(),
                    r.debrief().turns().isEmpty() ? "–" : String.valueOf(r.overallScore()), r.id());
        }
        out.println("Runs are in " + store.dir() + "; see one with: hotseat debrief RUN");
        return 0;
    }

    private static String when(String iso) {
        if (iso == null || iso.length() < 16) {
            return iso == null ? "" : iso;
        }
        return iso.substring(0, 10) + " " + iso.substring(11, 16);
    }
}
