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
        Run shown = Run.withInput("", "debrief", "latest", "--db", db());
        assertEquals(0, shown.exit(), shown.toString());
        assertTrue(shown.out().contains("Outcome: unfinished"), shown.out());
        assertTrue(shown.out().contains("You (option 1): \"I'm so sorry, six days of waiting"), shown.out());
    }

    /**
     * SIGKILL: no shutdown hook, no flush, no goodbye. Every reply answered is in the database,
     * the run is marked unfinished, and it can be taken up where it stopped.
     */
    @Test
    void aKilledRunKeepsEveryAnsweredTurnAndCanBeTakenUp() throws Exception {
        stopAfterTheFirstReply(Process::destroyForcibly);
        RunRecord after = readRun();
        assertFalse(after.finished());
        assertEquals("unfinished", after.outcome());
        assertEquals(1, after.actions().size());
        assertEquals(1, after.debrief().turns().size());

        Run resumed = Run.withInput("1\n", "play", "--resume", after.id(), "--plain", "--db", db());
        assertEquals(0, resumed.exit(), "the run reached its ending: " + resumed);
        assertTrue(resumed.out().contains("Taking up run " + after.id() + " after 1 reply."), resumed.out());
        RunRecord done = readRun();
        assertEquals(after.id(), done.id(), "the same run, not a new one");
        assertTrue(done.finished());
        assertEquals(2, done.actions().size());
        assertEquals(after.actions().get(0), done.actions().get(0), "the first reply as it was recorded, with its time");

        Run again = Run.withInput("", "play", "--resume", after.id(), "--plain", "--db", db());
        assertEquals(1, again.exit(), again.toString());
        assertTrue(again.err().startsWith("hotseat: error: run " + after.id() + " has already reached its ending"), again.err());
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
                "play", Run.resource("play/late-parcel.yaml"), "--plain", "--db", db())
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
                } catch (Exception beingCreated) {
                    // the database is being made by the process, or the run is claimed but not yet saved
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

    private String db() {
        return runs.resolve("hotseat.db").toString();
    }

    private RunRecord readRun() throws Exception {
        if (!Files.exists(Path.of(db()))) {
            return null;
        }
        List<RunRecord> saved = SavedRuns.in(Path.of(db()));
        return saved.isEmpty() ? null : saved.get(0);
    }
}
