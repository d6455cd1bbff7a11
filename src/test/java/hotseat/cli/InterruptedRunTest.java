package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hotseat.session.RunRecord;
import hotseat.store.RunFileException;
import hotseat.store.RunStore;

/** A real process stopped mid-run, as Ctrl-C or a closed terminal would stop it. */
class InterruptedRunTest {
    @TempDir
    Path runs;

    @Test
    void aRunStoppedMidWayIsOnDiskMarkedUnfinishedAndRenders() throws Exception {
        stopAfterTheFirstReply(Process::destroy); // SIGTERM: the JVM stops as it does on a closed terminal
        RunRecord after = readRun();
        assertFalse(after.finished());
        assertEquals("unfinished", after.outcome());
        assertEquals(1, after.debrief().turns().size());
        try (var files = Files.list(runs)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        Run shown = Run.withInput("", "debrief", "latest", "--runs-dir", runs.toString());
        assertEquals(0, shown.exit(), shown.toString());
        assertTrue(shown.out().contains("Outcome: unfinished"), shown.out());
        assertTrue(shown.out().contains("You (option 1): \"I'm so sorry, six days of waiting"), shown.out());
    }

    /** Ctrl-C in plain mode exits as it does in the full-screen interface: 130, the run saved unfinished. */
    @Test
    void ctrlCInPlainModeExitsWith130AndKeepsTheRun() throws Exception {
        assumeFalse(interruptIgnored(), "SIGINT is ignored in this process, and so in the one it starts");
        int exit = stopAfterTheFirstReply(p -> {
            try {
                new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start().waitFor();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(130, exit);
        RunRecord after = readRun();
        assertFalse(after.finished());
        assertEquals(1, after.actions().size());
    }

    /** Plays one reply in a real process, stops it with {@code stop} once that reply is on disk, and gives its exit code. */
    private int stopAfterTheFirstReply(Consumer<Process> stop) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "hotseat.cli.Main",
                "play", Run.resource("play/late-parcel.yaml"), "--plain", "--runs-dir", runs.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            OutputStream in = p.getOutputStream();
            in.write("1\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            // Wait (bounded) until the first reply is on disk, then stop the process the way a signal does.
            RunRecord saved = null;
            for (int i = 0; i < 300 && (saved == null || saved.actions().isEmpty()); i++) {
                Thread.sleep(50);
                try {
                    saved = readRun();
                } catch (RunFileException beingCreated) {
                    // the run's id is claimed by an empty file until its first save
                }
            }
            assertTrue(saved != null && saved.actions().size() == 1, "the first reply was saved while the run went on");
            stop.accept(p);
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the process stopped");
            return p.exitValue();
        } finally {
            p.destroyForcibly();
        }
    }

    /** Whether this process ignores SIGINT (as a job started in the background by a script does); Linux only. */
    private static boolean interruptIgnored() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & (1L << 1)) != 0; // bit of signal 2
            }
        }
        return false;
    }

    private RunRecord readRun() throws Exception {
        try (var files = Files.list(runs)) {
            List<Path> json = files.filter(f -> f.toString().endsWith(".json")).toList();
            return json.isEmpty() ? null : RunStore.load(json.get(0));
        }
    }
}
