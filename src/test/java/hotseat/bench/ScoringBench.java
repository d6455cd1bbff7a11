package hotseat.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import hotseat.cli.Main;
import hotseat.load.ScoringFiles;
import hotseat.scenario.Vocabulary;
import hotseat.scoring.ReplyScore;
import hotseat.scoring.ReplyScorer;
import hotseat.scoring.ScoringContext;
import picocli.CommandLine;

/**
 * How fast replies are scored: the latency of one typical 30-word reply (after warm-up), and
 * batch throughput on one thread, both for the scorer alone and for {@code hotseat score --jsonl}
 * end to end (JSON in, scores and evidence out). Run with {@code make bench}.
 *
 * <p>Throughput is given against wall-clock time and against the thread's own CPU time: on a
 * machine shared with other work the second says what one core sustains.
 */
public final class ScoringBench {
    private static final String CUSTOMER =
            "I've been transferred four times and every person asks me the same questions. I just want my phone unlocked.";
    private static final String THIRTY_WORDS =
            "I'm so sorry you've been passed around four times, that's exhausting. I'll unlock the phone myself "
                    + "right now and email you the confirmation within ten minutes, okay?";

    private ScoringBench() {}

    public static void main(String[] args) throws IOException {
        // The scorer every command uses: the rules and the learned layer.
        ReplyScorer scorer = ScoringFiles.standardScorer();
        ScoringContext ctx = new ScoringContext(CUSTOMER, Vocabulary.NONE);
        System.out.printf(Locale.ROOT, "reply of %d words%n", THIRTY_WORDS.split("\\s+").length);

        long sink = 0;
        for (int i = 0; i < 50_000; i++) {
            sink += scorer.score(THIRTY_WORDS, ctx).calmness();
        }
        int runs = 50_000;
        long[] nanos = new long[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            ReplyScore s = scorer.score(THIRTY_WORDS, ctx);
            nanos[i] = System.nanoTime() - t0;
            sink += s.resolution();
        }
        double cpuMean = (threads.getCurrentThreadCpuTime() - cpuStart) / 1000.0 / runs;
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1000.0;
        double p50 = nanos[runs / 2] / 1000.0;
        double p99 = nanos[(int) (runs * 0.99)] / 1000.0;
        System.out.printf(Locale.ROOT, "single reply latency: mean %.1f us, p50 %.1f us, p99 %.1f us wall-clock; "
                + "mean %.1f us of CPU (%d runs after warm-up)%n", mean, p50, p99, cpuMean, runs);

        List<String[]> pool = pool();
        int n = 300_000;
        for (int i = 0; i < 100_000; i++) {
            String[] r = pool.get(i % pool.size());
            sink += scorer.score(r[1], new ScoringContext(r[0], Vocabulary.NONE)).acknowledgment();
        }
        long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            String[] r = pool.get(i % pool.size());
            sink += scorer.score(r[1], new ScoringContext(r[0], Vocabulary.NONE)).acknowledgment();
        }
        double seconds = (System.nanoTime() - t0) / 1e9, cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf(Locale.ROOT, "batch, scorer alone, one thread: %,.0f replies/second wall-clock, "
                + "%,.0f per CPU-second (%d varied replies)%n", n / seconds, n / cpu, n);

        int lines = 200_000;
        byte[] jsonl = jsonl(pool, lines);
        runBatch(jsonl); // warm-up
        t0 = System.nanoTime();
        c0 = threads.getCurrentThreadCpuTime();
        runBatch(jsonl);
        seconds = (System.nanoTime() - t0) / 1e9;
        cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf(Locale.ROOT, "batch, hotseat score --jsonl end to end, one thread: %,.0f replies/second "
                + "wall-clock, %,.0f per CPU-second (%d lines, %.1f MB in)%n", lines / seconds, lines / cpu, lines,
                jsonl.length / 1e6);
        System.out.printf(Locale.ROOT, "load average while measuring: %.1f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        if (sink == 42) {
            System.out.println();
        }
    }

    /** Replies from the labelled set, so the batch has the variety of real ones. */
    private static List<String[]> pool() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ScoringBench.class.getResourceAsStream("/hotseat/scoring/labelled-replies.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t");
                if (f.length >= 3) {
                    rows.add(new String[] {f[1], f[2]});
                }
            }
        }
        return rows;
    }

    private static byte[] jsonl(List<String[]> pool, int lines) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            String[] r = pool.get(i % pool.size());
            b.append("{\"customer\": \"").append(escape(r[0])).append("\", \"reply\": \"").append(escape(r[1])).append("\"}\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static void runBatch(byte[] input) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input));
        try {
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(Writer.nullWriter()));
            int exit = cl.execute("score", "--jsonl", "-");
            if (exit != 0) {
                throw new IllegalStateException("batch failed with exit " + exit);
            }
        } finally {
            System.setIn(saved);
        }
    }
}
