package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hotseat.store.Database;
import hotseat.store.RunDatabase;

class DeferredRecorderTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseOpenedInTheBackgroundRecordsTheRun() throws Exception {
        Path file = dir.resolve("runs.db");
        try (DeferredRecorder r = new DeferredRecorder(() -> {
            try {
                return RunDatabase.open(Database.sqlite(file));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })) {
            String first = r.claim("20260301-100000-parcel-never-came");
            String second = r.claim("20260301-100000-parcel-never-came");
            assertEquals("20260301-100000-parcel-never-came", first);
            assertTrue(!second.equals(first), "a second run gets its own id");
        }
        assertTrue(file.toFile().exists());
    }

    @Test
    void aDatabaseThatCannotOpenFailsTheFirstRecordingWithItsReason() {
        DeferredRecorder r = new DeferredRecorder(() -> {
            throw new CommandFailure("runs.db: cannot open the run database (disk full)");
        });
        IOException e = assertThrows(IOException.class, () -> r.claim("run"));
        assertEquals("runs.db: cannot open the run database (disk full)", e.getMessage());
        assertNull(r.where("run"));
        r.release("run");
        r.close();
    }
}
