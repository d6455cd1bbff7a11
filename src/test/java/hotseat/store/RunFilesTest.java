package hotseat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFilesTest {
    @TempDir
    Path dir;

    @Test
    void filesThatAreNotRunsGiveOneClearError() throws Exception {
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, "{\"format\":\"hotseat-run\",\"version\":1,\"id\":\"x\",");
        RunFileException e = assertThrows(RunFileException.class, () -> RunFiles.load(cut));
        assertTrue(e.getMessage().startsWith(cut + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("not complete JSON"), e.getMessage());
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"name\": \"not a run\"}");
        assertTrue(assertThrows(RunFileException.class, () -> RunFiles.load(other)).getMessage()
                .contains("not a Hotseat run file"));
        Path wrongKind = dir.resolve("wrong.json");
        Files.writeString(wrongKind, "{\"format\":\"hotseat-run\",\"version\":1,\"scenarioId\":\"x\",\"seed\":\"many\"}");
        assertTrue(assertThrows(RunFileException.class, () -> RunFiles.load(wrongKind)).getMessage().contains("wrong kind"));
        assertTrue(assertThrows(RunFileException.class, () -> RunFiles.load(dir.resolve("missing.json"))).getMessage()
                .contains("no such run file"));
        assertTrue(assertThrows(RunFileException.class, () -> RunFiles.load(dir)).getMessage().contains("is a folder"));
    }

    @Test
    void hotseatDataLivesUnderTheUserDataFolder() {
        assertEquals(Path.of("/data/hotseat"), RunFiles.dataHome(Map.of("XDG_DATA_HOME", "/data", "HOME", "/home/a")));
        assertEquals(Path.of("/home/a/.local/share/hotseat/runs"), RunFiles.legacyFolder(Map.of("HOME", "/home/a")));
        assertEquals(Path.of("/home/a/.local/share/hotseat"),
                RunFiles.dataHome(Map.of("XDG_DATA_HOME", "relative", "HOME", "/home/a")), "a relative XDG path is ignored");
    }
}
