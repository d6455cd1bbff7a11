package hotseat.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import hotseat.tui.Tmux;

/**
 * Start-up against a bare JVM's hello-world, side by side in one run on one machine, every JVM
 * started with the installed launcher's settings (the class-data archive, C1 only and the serial
 * collector; the hello-world gets C1 only, and the JDK's own archive):
 * {@code hotseat --version} as a process, and in tmux at 100x30 the first full-screen frame of
 * {@code hotseat play SCENARIO} and of {@code hotseat play} (the picker), each against the
 * hello-world's text appearing in the same tmux. Runs alternate, so a busy moment touches all.
 * Run with {@code make bench}, or after {@code make cds}:
 * {@code java -cp target/hotseat.jar:target/test-classes hotseat.bench.StartupRatioBench 10}.
 */
public final class StartupRatioBench {
    private StartupRatioBench() {}

    private static final Path CDS = Path.of("target/hotseat.jsa").toAbsolutePath();
    private static final Path TEST_CLASSES = Path.of("target/test-classes").toAbsolutePath();

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        if (!Files.isReadable(CDS)) {
            System.out.println("(no " + CDS + ": run `make cds` first, so hotseat starts as the installed launcher starts it)");
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> hello = List.of(java, "-XX:TieredStopAtLevel=1", "-cp", TEST_CLASSES.toString(), Hello.class.getName());
        List<String> hotseat = Launcher.command();

        long[] helloProcess = new long[runs];
        long[] version = new long[runs];
        for (int i = 0; i < runs + 2; i++) { // two warm-up rounds fill the file cache
            long h = process(hello);
            long v = process(with(hotseat, "--version"));
            if (i >= 2) {
                helloProcess[i - 2] = h;
                version[i - 2] = v;
            }
        }
        report("hotseat --version", version, helloProcess);

        if (!Tmux.available()) {
            System.out.println("tmux is not installed: the full-screen frames are not measured");
            return;
        }
        Path data = Files.createTempDirectory("hotseat-bench");
        long[] helloTmux = new long[runs];
        long[] briefing = new long[runs];
        long[] picker = new long[runs];
        for (int i = 0; i < runs + 1; i++) {
            long h = tmux(hello, s -> s.contains("hello, world"), data);
            long b = tmux(with(hotseat, "play", "parcel-never-came"), s -> s.contains("Enter begin"), data);
            long p = tmux(with(hotseat, "play"), s -> s.contains("Hotseat"), data);
            if (i >= 1) {
                helloTmux[i - 1] = h;
                briefing[i - 1] = b;
                picker[i - 1] = p;
            }
        }
        report("first frame, play SCENARIO", briefing, helloTmux);
        report("first frame, play (picker)", picker, helloTmux);
    }

    private static List<String> with(List<String> command, String... args) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(args));
        return all;
    }

    /** Wall time of one process, start to exit. */
    private static long process(List<String> command) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
        return System.nanoTime() - t0;
    }

    /** From starting {@code command} in a new tmux window to {@code shown} holding for its screen. */
    private static long tmux(List<String> command, Predicate<String> shown, Path data) throws Exception {
        String line = String.join(" ", command.stream().map(a -> "'" + a + "'").toList()) + "; sleep 30";
        long t0 = System.nanoTime();
        try (Tmux tmux = Tmux.start(line, 100, 30, Map.of("XDG_DATA_HOME", data.toString(), "TERM", "xterm-256color"))) {
            tmux.await("the command's first screen", shown, Duration.ofSeconds(60));
            long elapsed = System.nanoTime() - t0;
            tmux.send("C-c");
            return elapsed;
        }
    }

    private static void report(String what, long[] nanos, long[] hello) {
        long m = median(nanos);
        long h = median(hello);
        System.out.printf("%-30s median %4d ms (min %4d)   hello-world %4d ms (min %4d)   ratio %.1f%n", what,
                m / 1_000_000, min(nanos) / 1_000_000, h / 1_000_000, min(hello) / 1_000_000, (double) m / h);
    }

    private static long median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static long min(long[] xs) {
        return Arrays.stream(xs).min().orElse(0);
    }
}
