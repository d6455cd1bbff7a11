package hotseat.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import hotseat.cohort.Cohort;
import hotseat.cohort.CohortBuilder;
import hotseat.cohort.CohortRun;
import hotseat.cohort.DemoRoom;
import hotseat.report.CohortFormat;
import hotseat.scenario.Scenario;
import hotseat.session.Playable;
import hotseat.session.RunRecord;
import hotseat.session.RunRecorder;
import hotseat.store.Database;
import hotseat.store.RunDatabase;
import hotseat.store.RunFilter;

/**
 * `hotseat report` over 1,000 and 10,000 runs of a built-in scenario in SQLite (copies of 60
 * seeded random runs played with the real scorer, each under its own id, trainee and time): the
 * query, the figures and the text and HTML, in one JVM after warm-up, and the whole command in a
 * new JVM started as the launcher starts it. Targets: about a second for 1,000 runs, under 2 s
 * for 10,000. Run with {@code make bench}, or
 * {@code java -cp target/hotseat.jar:target/test-classes hotseat.bench.CohortBench}.
 */
public final class CohortBench {
    private static final Path JAR = Path.of("target/hotseat.jar");

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("hotseat-cohortbench");
        try {
            Playable parcel = DemoRoom.builtIn("parcel-never-came");
            List<RunRecord> templates = DemoRoom.play(RunRecorder.NOWHERE, parcel, 60, 60, 11);
            for (int runs : new int[] {1_000, 10_000}) {
                Path db = fill(dir, parcel, templates, runs);
                warm(db, parcel.scenario(), runs);
                if (Files.isReadable(JAR)) {
                    cold(db, dir, runs);
                } else {
                    System.out.println("(no " + JAR + ": run `make build` to time the command in a new JVM)");
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Path fill(Path dir, Playable parcel, List<RunRecord> templates, int runs) throws Exception {
        Path file = dir.resolve("room-" + runs + ".db");
        long t = System.nanoTime();
        try (RunDatabase db = RunDatabase.open(Database.sqlite(file))) {
            db.scenario(parcel);
            for (int i = 0; i < runs; i++) {
                RunRecord r = templates.get(i % templates.size());
                String at = Instant.parse("2026-01-01T08:00:00Z").plusSeconds(i * 600L).toString();
                db.save(new RunRecord(r.format(), r.version(), String.format("run-%05d", i), r.scenarioId(), r.scenarioTitle(),
                        r.scenarioSource(), r.scenarioSha256(), i, r.mode(), "trainee-" + (i % 40), at, at, r.finished(),
                        r.outcome(), r.overallScore(), r.actions(), r.debrief()));
            }
        }
        System.out.printf(Locale.ROOT, "made %,d runs in %.1f s: %.1f MB%n", runs, (System.nanoTime() - t) / 1e9, Files.size(file) / 1e6);
        return file;
    }

    private static void warm(Path file, Scenario scenario, int runs) throws Exception {
        try (RunDatabase db = RunDatabase.open(Database.sqlite(file))) {
            Map<String, Scenario> scenarios = Map.of(scenario.id(), scenario);
            for (int i = 0; i < 3; i++) {
                CohortFormat.HTML.render(CohortBuilder.build("all", db.cohort(RunFilter.ALL, null), scenarios, false), scenarios, false);
            }
            long t = System.nanoTime();
            List<CohortRun> read = db.cohort(RunFilter.ALL, null);
            long query = System.nanoTime() - t;
            t = System.nanoTime();
            Cohort c = CohortBuilder.build("all", read, scenarios, false);
            long build = System.nanoTime() - t;
            t = System.nanoTime();
            int text = CohortFormat.TEXT.render(c, scenarios, false).length();
            long textTime = System.nanoTime() - t;
            t = System.nanoTime();
            int html = CohortFormat.HTML.render(c, scenarios, false).length();
            long htmlTime = System.nanoTime() - t;
            System.out.printf(Locale.ROOT, "%,d runs in one JVM, warm: query %.0f ms, figures %.0f ms, text %.0f ms (%,d chars),"
                    + " html %.0f ms (%,d chars)%n", runs, ms(query), ms(build), ms(textTime), text, ms(htmlTime), html);
        }
    }

    private static void cold(Path file, Path dir, int runs) throws Exception {
        List<String> cmd = Launcher.command("report", "--db", file.toString(), "--format", "html",
                "--out", dir.resolve("room.html").toString());
        long[] t = new long[5];
        for (int i = 0; i < t.length; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("report failed: " + Files.readString(dir.resolve("out.txt")));
            }
            t[i] = System.nanoTime() - start;
        }
        Arrays.sort(t);
        System.out.printf(Locale.ROOT, "hotseat report --format html over %,d runs: median %.0f ms (best %.0f ms), a new JVM each%n",
                runs, ms(t[2]), ms(t[0]));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
