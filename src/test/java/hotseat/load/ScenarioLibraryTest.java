package hotseat.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLibraryTest {

    private final ScenarioLibrary library = ScenarioLibrary.builtIn();

    @Test
    void indexListsEveryScenarioInTheRepositoryFolder() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            onDisk = files.filter(ScenarioFiles::isScenarioName).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(onDisk, library.checkAll().stream().map(r -> r.file().substring(ScenarioLibrary.PREFIX.length()))
                .sorted().toList());
    }

    @Test
    void everyBuiltInScenarioIsPlayable() {
        for (CheckResult r : library.checkAll()) {
            assertTrue(r.playable(), () -> r.file() + ":\n" + Tiny.lines(r.diagnostics()));
            assertTrue(r.file().startsWith("built-in/"), r.file());
        }
    }

    @Test
    void resolvesABuiltInById() {
        String first = library.checkAll().get(0).file().substring(ScenarioLibrary.PREFIX.length());
        CheckResult byStem = library.resolve(first.substring(0, first.lastIndexOf('.')));
        assertTrue(byStem.playable(), () -> Tiny.lines(byStem.diagnostics()));
        String id = byStem.loaded().scenario().id();
        assertEquals(id, library.resolve(id).loaded().scenario().id());
    }

    @Test
    void resolvesAPath(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("mine.yaml"), Tiny.YAML);
        CheckResult r = library.resolve(file.toString());
        assertEquals("tiny", r.loaded().scenario().id());
        assertEquals(file.toString(), r.file());
    }

    @Test
    void unknownIdSuggestsTheNearestBuiltIn() {
        CheckResult first = library.checkAll().get(0);
        String id = first.loaded().scenario().id();
        String typo = id.substring(0, id.length() - 1);
        CheckResult r = library.resolve(typo);
        assertNull(r.loaded());
        assertEquals(typo + ": error: no such file, and no built-in or own scenario has this id — did you mean \"" + id + "\"?",
                r.diagnostics().get(0).format());
    }

    @Test
    void missingPathIsReportedAsAFile() {
        CheckResult r = library.resolve("somewhere/else.yaml");
        assertEquals("somewhere/else.yaml: error: no such file — check the path and its spelling", r.diagnostics().get(0).format());
    }
}
