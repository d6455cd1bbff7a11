package hotseat.tui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Terminals that cannot show the full-screen interface get plain mode at once. The jar runs on a
 * real pseudo-terminal made by util-linux's {@code script}, which passes on every byte the
 * program writes and, unlike a terminal emulator, answers no query.
 */
class PlainFallbackIT {
    private static final Path JAR = Path.of("target/hotseat.jar").toAbsolutePath();
    private static final String QUERY = "\u001b[6n";

    @BeforeAll
    static void needsScriptAndTheJar() throws Exception {
        assumeTrue(available("script"), "util-linux script is not installed: skipping the pseudo-terminal tests");
        assertTrue(Files.isRegularFile(JAR), "build the jar first (mvn verify runs this test after package): " + JAR);
    }

    @Test
    void aDumbTerminalGetsPlainModeAndNoEscapeCodes(@TempDir Path data) throws Exception {
        String out = playOnAPseudoTerminal(data, "dumb");
        assertTrue(out.contains("Pick 1 to 3, or type your own reply."), out);
        assertFalse(out.contains("\u001b"), "no escape code reaches a dumb terminal:\n" + out);
    }

    @Test
    void anUnsetTermGetsPlainModeAndNoEscapeCodes(@TempDir Path data) throws Exception {
        String out = playOnAPseudoTerminal(data, null);
        assertTrue(out.contains("Pick 1 to 3, or type your own reply."), out);
        assertFalse(out.contains("\u001b"), "no escape code reaches a terminal that did not say what it is:\n" + out);
    }

    @Test
    void aTerminalThatDoesNotAnswerIsAskedOnceThenGetsPlainMode(@TempDir Path data) throws Exception {
        String out = playOnAPseudoTerminal(data, "xterm-256color");
        assertTrue(out.contains("Pick 1 to 3, or type your own reply."), out);
        assertTrue(out.startsWith(QUERY), "the one question asked is where the cursor is:\n" + out);
        assertFalse(out.substring(QUERY.length()).contains("\u001b"),
                "after no answer, nothing but plain text follows (no full screen, no second query):\n" + out);
        assertFalse(out.contains("internal error"), out);
    }

    /**
     * Plays the library's parcel scenario with {@code TERM} set as given (unset when null): waits
     * for the first prompt, asks for the tip, then ends the input. Returns everything written.
     */
    private static String playOnAPseudoTerminal(Path data, String term) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of("env", "-u", "TERM", "XDG_DATA_HOME=" + data, "LANG=C.UTF-8"));
        if (term != null) {
            command.add("TERM=" + term);
        }
        command.addAll(List.of("script", "-qfec", "'" + java + "' -jar '" + JAR + "' play parcel-never-came", "/dev/null"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> copy(p.getInputStream(), written));
        reader.start();
        try (OutputStream keys = p.getOutputStream()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!written.toString(StandardCharsets.UTF_8).contains("type your own reply") && p.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(p.isAlive(), "the program waits for a reply:\n" + written);
            keys.write("/hint\n".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            Thread.sleep(500);
            keys.write(4); // Ctrl-D: the end of input on a terminal
            keys.flush();
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the program ends when its input does:\n" + written);
        reader.join();
        String out = written.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("Tip"), "the tip was shown in plain mode:\n" + out);
        return out;
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            byte[] buffer = new byte[4096];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (out) {
                    out.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    private static boolean available(String program) throws InterruptedException {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + program).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
