package hotseat.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import hotseat.cli.Main;
import hotseat.load.ScenarioFiles;
import hotseat.load.ScenarioLoader;
import hotseat.load.ScoringFiles;
import hotseat.playtest.CheckSettings;
import hotseat.playtest.PlayTester;
import hotseat.playtest.ReplyPool;
import hotseat.playtest.ScenarioReport;
import hotseat.scenario.Scenario;
import hotseat.scoring.RubricScorer;
import picocli.CommandLine;

/**
 * How long play-testing the library takes: {@code hotseat check scenarios/} with its defaults
 * (every choice explored, 1,000 random walks per scenario), first in a fresh JVM and then warm,
 * against wall-clock time and the process's CPU time; then each scenario alone on one thread.
 * Run with {@code make bench}.
 */
public final class CheckBench {
    private CheckBench() {}

    public static void main(String[] args) throws Exception {
        Path library = Path.of(args.length > 0 ? args[0] : "scenarios");
        for (int round = 1; round <= 3; round++) {
            long cpu0 = processCpu();
            long t0 = System.nanoTime();
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(new StringWriter()));
            int exit = cl.execute("check", library.toString());
            long wall = System.nanoTime() - t0;
            long cpu = processCpu() - cpu0;
            System.out.printf(Locale.ROOT, "check %s, run %d%s: %6.0f ms wall, %6.0f ms CPU (exit %d)%n",
                    library, round, round == 1 ? " (cold)" : "", wall / 1e6, cpu / 1e6, exit);
        }

        List<Path> files;
        try (var s = Files.walk(library)) {
            files = s.filter(ScenarioFiles::isScenarioName).sorted().toList();
        }
        ScenarioLoader loader = new ScenarioLoader();
        RubricScorer scorer = ScoringFiles.builtInRules();
        ReplyPool pool = ScoringFiles.builtInReplyPool();
        System.out.println("one scenario at a time, one thread, warm:");
        for (Path f : files) {
            Scenario s = loadQuietly(loader, f);
            if (s == null) {
                continue;
            }
            long t0 = System.nanoTime();
            ScenarioReport r = new PlayTester(scorer, pool, CheckSettings.DEFAULT).check(s, s.tests());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf(Locale.ROOT, "  %-34s %5d ms  %5d states, %6d replies explored, %2d nodes%n",
                    f.getFileName(), ms, r.exploration().states(), r.exploration().choices(), r.nodes());
        }
    }

    private static Scenario loadQuietly(ScenarioLoader loader, Path f) throws IOException {
        try {
            return loader.load(f).scenario();
        } catch (hotseat.load.LoadFailure e) {
            System.out.println("  " + f + ": does not load, skipped");
            return null;
        }
    }

    private static long processCpu() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
