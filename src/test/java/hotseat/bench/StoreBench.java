package hotseat.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationEngine;
import hotseat.conversation.Mode;
import hotseat.conversation.Reply;
import hotseat.load.CheckResult;
import hotseat.load.ScenarioLibrary;
import hotseat.scoring.ReplyScorer;
import hotseat.session.PlaySession;
import hotseat.session.PlaySettings;
import hotseat.session.Playable;
import hotseat.session.RunRecord;
import hotseat.session.RunRecorder;
import hotseat.store.Database;
import hotseat.store.RunDatabase;
import hotseat.store.RunFilter;
import hotseat.store.StoreException;

/**
 * The run database's speed on SQLite: saving a turn (what a reply waits for before the next
 * customer line: one committed transaction), and `hotseat runs` and `hotseat progress` over
 * 10,000 runs, in one JVM and as a trainee meets them, a new JVM started as the launcher starts it.
 * Targets: a save under 5 ms at p99; runs and progress well under a second.
 * Run with {@code make bench}, or {@code java -cp target/hotseat.jar:target/test-classes hotseat.bench.StoreBench}.
 */
public final class StoreBench {
    private static final Path JAR = Path.of("target/hotseat.jar");
    private static final int RUNS = 10_000;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("hotseat-storebench");
        try {
            Playable parcel = parcel();
            saves(dir, parcel);
            Path big = fill(dir, parcel);
            reads(big);
            if (Files.isReadable(JAR)) {
                cold(big, dir);
            } else {
                System.out.println("(no " + JAR + ": run `make build` to time the commands in a new JVM)");
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Playable parcel() {
        for (CheckResult r : ScenarioLibrary.builtIn().checkAll()) {
            if (r.playable() && r.loaded().scenario().id().equals("parcel-never-came")) {
                return new Playable(r.loaded().scenario(), r.file(), r.loaded().sha256(), r.loaded().text());
            }
        }
        throw new IllegalStateException("parcel-never-came is not in the library");
    }

    /**
     * Times every save a play makes: 300 runs of typed replies until an ending (or 12 replies),
     * after as many into another file to warm the JIT up (it compiles the saving code for the
     * first thousand saves or so, and a save that waits for it says nothing about the database).
     */
    private static void saves(Path dir, Playable parcel) throws Exception {
        timeSaves(Database.sqlite(dir.resolve("warm-up.db")), parcel);
        List<Long> nanos = timeSaves(Database.sqlite(dir.resolve("saves.db")), parcel);
        long[] all = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "save a turn, SQLite (WAL, synchronous=NORMAL), %d saves after as many to warm up: "
                        + "median %.2f ms, p99 %.2f ms, max %.2f ms (target: p99 under 5 ms)%n", all.length,
                ms(all[all.length / 2]), ms(all[(int) (all.length * 0.99)]), ms(all[all.length - 1]));
    }

    private static List<Long> timeSaves(Database d, Playable parcel) throws Exception {
        List<Long> nanos = new ArrayList<>();
        ConversationEngine engine = new ConversationEngine(standardScorer());
        String[] replies = {"I'm so sorry, that sounds really frustrating. I'll send a replacement today by express.",
                "I understand. Let me check what happened with the courier and call you back by 5pm.",
                "That's our policy, I'm afraid.", "Would you prefer a refund or a replacement tomorrow?"};
        try (RunDatabase db = RunDatabase.open(d)) {
            RunRecorder timed = db.savingBy(run -> {
                long t = System.nanoTime();
                db.save(run);
                nanos.add(System.nanoTime() - t);
            });
            for (int run = 0; run < 300; run++) {
                PlaySession s = PlaySession.begin(parcel, new PlaySettings(engine, timed, Mode.PRACTICE, run,
                        Clock.systemUTC(), "trainee-" + (run % 20)));
                for (int turn = 0; turn < 12 && !s.state().isOver(); turn++) {
                    s.apply(Action.answer(Reply.typed(replies[(run + turn) % replies.length])));
                }
            }
        }
        return nanos;
    }

    /** 10,000 finished runs by 50 trainees over 200 days, made by saving played runs again under new ids. */
    private static Path fill(Path dir, Playable parcel) throws Exception {
        Path file = dir.resolve("big.db");
        ConversationEngine engine = new ConversationEngine(standardScorer());
        String[][] plays = {{"1", "1", "1", "1"}, {"2", "1", "2", "1"}, {"3", "2", "1", "1"}, {"1", "2", "3", "2"}};
        List<RunRecord> templates = new ArrayList<>();
        for (String[] play : plays) {
            PlaySession s = PlaySession.begin(parcel, new PlaySettings(engine, RunRecorder.NOWHERE, Mode.PRACTICE, 1,
                    Clock.systemUTC(), null));
            for (String pick : play) {
                if (!s.state().isOver()) {
                    s.apply(Action.answer(Reply.pick(Integer.parseInt(pick))));
                }
            }
            templates.add(s.record());
        }
        long t = System.nanoTime();
        try (RunDatabase db = RunDatabase.open(Database.sqlite(file))) {
            for (int i = 0; i < RUNS; i++) {
                RunRecord r = templates.get(i % templates.size());
                String at = Instant.parse("2026-01-01T08:00:00Z").plusSeconds(i * 1_700L).toString();
                db.save(new RunRecord(r.format(), r.version(), String.format("run-%05d", i), r.scenarioId(), r.scenarioTitle(),
                        r.scenarioSource(), r.scenarioSha256(), i, r.mode(), "trainee-" + (i % 50), at, at, r.finished(),
                        r.outcome(), r.overallScore(), r.actions(), r.debrief()));
            }
        }
        System.out.printf(Locale.ROOT, "made %,d runs (%d turns each at most) in %.1f s: %.1f MB%n", RUNS, 4,
                (System.nanoTime() - t) / 1e9, Files.size(file) / 1e6);
        return file;
    }

    private static void reads(Path file) throws StoreException {
        try (RunDatabase db = RunDatabase.open(Database.sqlite(file))) {
            for (int i = 0; i < 5; i++) {
                db.list(RunFilter.ALL.withLimit(50));
                db.history(new RunFilter(null, "trainee-7", null, null, 0));
            }
            long t = System.nanoTime();
            db.list(RunFilter.ALL.withLimit(50));
            db.count(RunFilter.ALL);
            long list = System.nanoTime() - t;
            t = System.nanoTime();
            int all = db.list(RunFilter.ALL).size();
            long listAll = System.nanoTime() - t;
            t = System.nanoTime();
            int mine = db.history(new RunFilter(null, "trainee-7", null, null, 0)).size();
            long history = System.nanoTime() - t;
            System.out.printf(Locale.ROOT, "in one JVM, warm: newest 50 of %,d runs and the count %.1f ms; all %,d runs %.1f ms;"
                    + " one trainee's %d runs with their habits %.1f ms%n", all, ms(list), all, ms(listAll), mine, ms(history));
        }
    }

    /** The commands as a trainee runs them: a new JVM each, with the launcher's settings; median of 5. */
    private static void cold(Path file, Path dir) throws Exception {
        List<String> java = Launcher.command();
        time(java, dir, "hotseat --version", "--version");
        time(java, dir, "hotseat runs (10,000 runs, newest 50)", "runs", "--db", file.toString());
        time(java, dir, "hotseat runs --trainee trainee-7 --limit 0", "runs", "--db", file.toString(), "--trainee", "trainee-7",
                "--limit", "0");
        time(java, dir, "hotseat progress --trainee trainee-7 (200 runs)", "progress", "--db", file.toString(), "--trainee",
                "trainee-7");
    }

    private static void time(List<String> java, Path dir, String what, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(java);
        cmd.addAll(List.of(args));
        long[] t = new long[5];
        for (int i = 0; i < t.length; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile())
                    .start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException(what + " failed: " + Files.readString(dir.resolve("out.txt")));
            }
            t[i] = System.nanoTime() - start;
        }
        Arrays.sort(t);
        System.out.printf(Locale.ROOT, "%-50s median %4.0f ms (best %4.0f ms), a new JVM each%n", what, ms(t[2]), ms(t[0]));
    }

    /**
     * The scorer the commands use (its factory has moved between versions, so it is looked up by
     * name): real evidence makes saves as large as a trainee's are.
     */
    private static ReplyScorer standardScorer() {
        String[][] factories = {{"hotseat.load.ScoringFiles", "standardScorer"}, {"hotseat.scoring.BlendedScorer", "builtIn"}};
        for (String[] f : factories) {
            try {
                return (ReplyScorer) Class.forName(f[0]).getMethod(f[1]).invoke(null);
            } catch (ReflectiveOperationException e) {
                // try the next
            }
        }
        throw new IllegalStateException("no standard scorer found");
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
