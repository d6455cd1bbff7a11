package hotseat.tui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A program running in its own tmux server (its own socket, so a tester's tmux is never
 * touched), driven with send-keys and read with capture-pane. Close it to kill the server.
 */
public final class Tmux implements AutoCloseable {
    private final String socket = "hotseat-test-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> env;

    private Tmux(Map<String, String> env) {
        this.env = env;
    }

    /** Whether tmux can be run here. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts {@code command} (a shell command line) in a detached window of the given size. */
    public static Tmux start(String command, int columns, int rows, Map<String, String> env) throws IOException {
        Tmux t = new Tmux(env);
        t.tmux("new-session", "-d", "-s", "main", "-x", String.valueOf(columns), "-y", String.valueOf(rows), command);
        return t;
    }

    /** Sends keys as tmux names them ("Enter", "Tab", "C-c") or literal text with {@code -l}. */
    public void send(String... keys) throws IOException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "main"));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    public void type(String text) throws IOException {
        tmux("send-keys", "-t", "main", "-l", text);
    }

    /** Makes the window this size, as a trainee dragging its corner would. */
    public void resize(int columns, int rows) throws IOException {
        tmux("resize-window", "-t", "main", "-x", String.valueOf(columns), "-y", String.valueOf(rows));
    }

    /** The visible screen as text. */
    public String screen() throws IOException {
        return tmux("capture-pane", "-p", "-t", "main");
    }

    /** The screen and the scrollback above it. */
    public String history() throws IOException {
        return tmux("capture-pane", "-p", "-t", "main", "-S", "-500");
    }

    /** Polls the screen until {@code test} holds; fails with the last screen at the deadline. */
    public String await(String what, Predicate<String> test, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            last = screen();
            if (test.test(last)) {
                return last;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what + "; the screen was:\n" + last);
    }

    /**
     * Waits until the screen differs from {@code before} and then holds still for {@code quiet}
     * (the program has finished drawing what the last keys caused).
     */
    public String awaitSettled(String before, Duration quiet, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String last = screen();
        Instant stableSince = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            String now = screen();
            if (!now.equals(last)) {
                last = now;
                stableSince = Instant.now();
            } else if (!now.equals(before) && Duration.between(stableSince, Instant.now()).compareTo(quiet) >= 0) {
                return now;
            }
        }
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for the screen to change and settle; it was:\n" + last);
    }

    public String await(String text, Duration timeout) throws IOException, InterruptedException {
        return await("\"" + text + "\"", s -> s.contains(text), timeout);
    }

    private String tmux(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().remove("TMUX");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("tmux " + String.join(" ", args) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            tmux("kill-server");
        } catch (IOException e) {
            // Already gone: the program and its shell ended.
        }
    }
}
