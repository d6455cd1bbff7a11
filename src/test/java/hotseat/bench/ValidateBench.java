package hotseat.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import hotseat.load.CheckResult;
import hotseat.load.LoadFailure;
import hotseat.load.LoadedScenario;
import hotseat.load.ScenarioChecker;
import hotseat.load.ScenarioLoader;
import hotseat.scenario.Validator;

/**
 * Loading and validating a library scenario and generated ones of 1,000, 10,000 and 20,000 nodes: in one JVM after
 * warm-up, then as a trainer meets it, {@code hotseat validate FILE} in a new JVM started as the
 * installed launcher starts it, less the time the same JVM takes for {@code --version}. Time per
 * node should stay about flat: the reader, binder and validator are linear. Run with
 * {@code make bench} (after {@code make build}, which makes the jar the cold runs start).
 */
public final class ValidateBench {
    private static final int[] SIZES = {1_000, 10_000, 20_000};
    private static final int RUNS = 5;
    private static final Path JAR = Path.of("target/hotseat.jar");
    /** A scenario from the library, as a trainer's file is: tens of nodes, not thousands. */
    private static final Path LIBRARY = Path.of("scenarios/parcel-never-came.yaml");

    public static void main(String[] args) throws LoadFailure, IOException, InterruptedException {
        warm();
        if (Files.isReadable(JAR)) {
            cold();
        } else {
            System.out.println("(no " + JAR + ": run `make build` to time the command in a new JVM)");
        }
    }

    private static void warm() throws LoadFailure, IOException {
        ScenarioChecker checker = new ScenarioChecker();
        ScenarioLoader loader = new ScenarioLoader();
        Validator validator = new Validator();
        byte[] warm = generate(1_000);
        for (int i = 0; i < 30; i++) {
            checker.check("warm-up.yaml", warm);
        }
        // CPU time as well as wall time: on a busy machine the wall time mostly measures waiting
        // for a core, the CPU time what the work costs. The process's, not this thread's: a large
        // file is scanned on a second thread, and the collector's work is part of the cost too.
        var process = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        System.out.println("In one JVM, after warm-up (median of " + RUNS + "):");
        System.out.printf("%8s %10s %14s %14s %14s %12s%n", "nodes", "bytes", "load+validate", "(cpu)", "validate only",
                "cpu/node");
        byte[] library = Files.readAllBytes(LIBRARY);
        CheckResult parcel = checker.check(LIBRARY.toString(), library);
        long[] times = new long[RUNS];
        for (int r = 0; r < RUNS; r++) {
            long t0 = System.nanoTime();
            checker.check(LIBRARY.toString(), library);
            times[r] = System.nanoTime() - t0;
        }
        System.out.printf("%s (%d nodes, %d bytes): load+validate %.2f ms%n", LIBRARY.getFileName(),
                parcel.loaded().scenario().nodes().size(), library.length, median(times) / 1e6);
        for (int n : SIZES) {
            byte[] yaml = generate(n);
            CheckResult first = checker.check("generated.yaml", yaml);
            if (!first.playable() || first.diagnostics().size() != 0) {
                throw new IllegalStateException("generated scenario is not clean: " + first.diagnostics().subList(0,
                        Math.min(3, first.diagnostics().size())));
            }
            long[] total = new long[RUNS];
            long[] cpu = new long[RUNS];
            long[] validateOnly = new long[RUNS];
            for (int r = 0; r < RUNS; r++) {
                long c0 = process.getProcessCpuTime();
                long t0 = System.nanoTime();
                checker.check("generated.yaml", yaml);
                total[r] = System.nanoTime() - t0;
                cpu[r] = process.getProcessCpuTime() - c0;
                LoadedScenario loaded = loader.load("generated.yaml", yaml);
                long t1 = System.nanoTime();
                validator.validate(loaded.scenario());
                validateOnly[r] = System.nanoTime() - t1;
            }
            double cpuMs = median(cpu) / 1e6;
            System.out.printf("%8d %10d %11.1f ms %11.1f ms %11.1f ms %9.1f µs%n", n, yaml.length, median(total) / 1e6,
                    cpuMs, median(validateOnly) / 1e6, cpuMs * 1000 / n);
        }
    }

    /** {@code hotseat validate} in a new JVM each time, as the launcher runs it. */
    private static void cold() throws IOException, InterruptedException {
        List<String> java = Launcher.command();
        Path dir = Files.createTempDirectory("hotseat-bench");
        System.out.println();
        System.out.println("hotseat validate FILE, each in a new JVM started as the launcher starts it (median of "
                + RUNS + "):");
        long start = medianRun(java, List.of("--version"));
        long library = medianRun(java, List.of("validate", LIBRARY.toString()));
        System.out.printf("%s: %d ms, %d ms after the JVM's start%n", LIBRARY, library / 1_000_000,
                (library - start) / 1_000_000);
        System.out.printf("%8s %12s %22s %12s%n", "nodes", "command", "after the JVM's start", "per node");
        for (int n : SIZES) {
            Path file = dir.resolve("generated-" + n + ".yaml");
            Files.write(file, generate(n));
            long total = medianRun(java, List.of("validate", file.toString()));
            long work = total - start;
            System.out.printf("%8d %9d ms %19d ms %9.1f µs%n", n, total / 1_000_000, work / 1_000_000, work / 1e3 / n);
            Files.delete(file);
        }
        System.out.printf("(hotseat --version alone: %d ms)%n", start / 1_000_000);
        Files.delete(dir);
    }

    private static long medianRun(List<String> java, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(java);
        command.addAll(args);
        long[] times = new long[RUNS];
        for (int r = 0; r < RUNS; r++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
            times[r] = System.nanoTime() - t0;
        }
        return median(times);
    }

    private static long median(long[] xs) {
        long[] sorted = xs.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A chain of nodes with a branch back, a typed reply with routes, and three endings. */
    public static byte[] generate(int n) {
        StringBuilder y = new StringBuilder(n * 420);
        y.append("id: generated\ntitle: Generated\nbriefing: A long generated conversation.\ndifficulty: 3\n")
                .append("tags: [generated]\ncustomer:\n  name: Gen\n  mood: 60\nstart: n0\nnodes:\n");
        for (int i = 0; i < n; i++) {
            String next = i + 1 < n ? "n" + (i + 1) : "resolved_end";
            String back = "n" + (i / 2);
            y.append("  n").append(i).append(":\n")
                    .append("    says:\n      calm: Turn ").append(i).append(", calmly.\n")
                    .append("      furious: TURN ").append(i).append(", FURIOUSLY.\n")
                    .append("    emotion: angry\n")
                    .append("    options:\n")
                    .append("      - text: \"I'm sorry, let me fix that (").append(i).append(").\"\n")
                    .append("        next: ").append(next).append("\n")
                    .append("        scores: {calmness: 80, acknowledgment: 70}\n")
                    .append("      - text: Calm down.\n        next: ").append(back).append("\n")
                    .append("        feedback: That escalates.\n")
                    .append("    typed:\n      routes:\n")
                    .append("        - when: {acknowledgment: \">= 60\", phrases: [refund]}\n")
                    .append("          next: ").append(next).append("\n")
                    .append("        - when: {mood: \">= 90\"}\n          next: lost_end\n")
                    .append("      otherwise: ").append(back).append("\n")
                    .append("    model_answer: I'm sorry; I'll fix it now.\n")
                    .append("    tip: Name the feeling, then act.\n");
        }
        y.append("endings:\n")
                .append("  resolved_end: {outcome: resolved, text: Fixed.}\n")
                .append("  lost_end: {outcome: lost, text: Gone.}\n")
                .append("  manager_end: {outcome: escalated, text: Manager.}\n")
                .append("synonyms:\n  refund: [money back]\n")
                .append("mood_rules:\n  triggers:\n    - {mood: \">= 99\", next: manager_end}\n");
        return y.toString().getBytes(StandardCharsets.UTF_8);
    }
}
