package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hotseat.store.RunRecord;
import hotseat.store.RunStore;

/** A real process stopped mid-run, as Ctrl-C or a closed terminal would stop it. */
class InterruptedRunTest {
    @TempDir
    Path runs;

    @Test
    void aRunStoppedMidWayIsOnDiskMarkedUnfinishedAndRenders() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "hotseat.cli.Main",
                "play", CommandRun.resource("play/late-parcel.yaml"), "--plain", "--runs-dir", runs.toString())
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
                saved = readRun();
            }
            assertTrue(saved != null && saved.actions().size() == 1, "the first reply was saved while the run went on");
            p.destroy(); // SIGTERM: the JVM stops as it does on Ctrl-C
            assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        RunRecord after = readRun();
        assertFalse(after.finished());
        assertEquals("unfinished", after.outcome());
        assertEquals(1, after.debrief().turns().size());
        try (var files = Files.list(runs)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        CommandRun shown = CommandRun.run("", "debrief", "latest", "--runs-dir", runs.toString());
        assertEquals(0, shown.exit, shown.toString());
        assertTrue(shown.out.contains("Outcome: unfinished"), shown.out);
        assertTrue(shown.out.contains("You (option 1): \"I'm so sorry, six days of waiting"), shown.out);
    }

    private RunRecord readRun() throws Exception {
        try (var files = Files.list(runs)) {
            List<Path> json = files.filter(f -> f.toString().endsWith(".json")).toList();
            return json.isEmpty() ? null : RunStore.load(json.get(0));
        }
    }
}
