package hotseat.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import hotseat.tui.Tmux;

/**
 * From the command to the first frame, and from a keypress to the redraw, in a real terminal:
 * tmux runs {@code hotseat play} at 100x30 and the screen is polled with capture-pane (the
 * polling itself adds a few milliseconds). Compares the plain JVM with the class-data archive
 * that {@code make run} and the installed launcher use.
 */
public final class StartupBench {
    private StartupBench() {}

    private static final Path JAR = Path.of("target/hotseat.jar").toAbsolutePath();
    private static final Path CDS = Path.of("target/hotseat.jsa").toAbsolutePath();

    public static void main(String[] args) throws Exception {
        if (!Tmux.available()) {
            System.out.println("tmux is not installed: skipping the start-up benchmark");
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path data = Files.createTempDirectory("hotseat-bench");
        measure("java -jar", "", runs, data);
        if (Files.isReadable(CDS)) {
            measure("java + class-data archive", "-XX:SharedArchiveFile=" + CDS + " -Xlog:cds=off -Xlog:cds+dynamic=off", runs, data);
            measure("java as the launcher starts it", String.join(" ", Launcher.options()), runs, data);
        } else {
            System.out.println("(no " + CDS + ": run `make run` or `make cds` once to compare with class-data sharing)");
        }
    }

    private static void measure(String label, String flags, int runs, Path data) throws Exception {
        List<Long> firstFrame = new ArrayList<>();
        List<Long> picker = new ArrayList<>();
        List<Long> keys = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            String command = "java " + flags + " -jar '" + JAR + "' play; sleep 30";
            long t0 = System.nanoTime();
            try (Tmux tmux = Tmux.start(command, 100, 30, Map.of("XDG_DATA_HOME", data.toString(), "TERM", "xterm-256color"))) {
                tmux.await("the first frame", s -> s.contains("Hotseat"), Duration.ofSeconds(60));
                firstFrame.add(System.nanoTime() - t0);
                tmux.await("the scenario list", s -> s.contains(" > 1 "), Duration.ofSeconds(60));
                picker.add(System.nanoTime() - t0);
                for (int k = 0; k < 10; k++) {
                    String marker = k % 2 == 0 ? " > 2 " : " > 1 ";
                    long k0 = System.nanoTime();
                    tmux.send(k % 2 == 0 ? "Down" : "Up");
                    tmux.await("the selection to move", s -> s.contains(marker), Duration.ofSeconds(10));
                    keys.add(System.nanoTime() - k0);
                }
                tmux.send("q");
            }
        }
        System.out.printf("%-28s first frame %s   picker filled %s   keypress to redraw %s%n", label,
                median(firstFrame), median(picker), median(keys));
    }

    private static String median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("%4d ms (min %d)", sorted.get(sorted.size() / 2) / 1_000_000, sorted.get(0) / 1_000_000);
    }
}
