package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private static final String GOOD = """
            id: tiny
            title: A tiny test
            briefing: You answer the phone.
            difficulty: 2
            customer: {name: Sam, mood: 50}
            start: opening
            nodes:
              opening:
                says: My order is late.
                options:
                  - text: I'm sorry, let me check.
                    next: fixed
                model_answer: I'm sorry it's late; I'll check now.
                tip: Apologise, then act.
            endings:
              fixed: {outcome: resolved, text: Sam is happy.}
            """;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void everyScenarioInTheRepositoryValidatesStrictly() throws IOException {
        long files;
        try (var s = Files.list(Path.of("scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).count();
        }
        assertTrue(files >= 2, "the repository ships at least two scenarios, found " + files);
        Run run = Run.of("validate", "--strict", "scenarios");
        assertEquals("", run.out(), "no problem in any shipped scenario");
        assertEquals(0, run.exit());
        assertTrue(run.err().startsWith("checked " + files + " files: 0 errors, 0 warnings"), run.err());
    }

    @Test
    void cleanFileExitsZeroAndPrintsNothing() throws IOException {
        Run run = Run.of("validate", write("good.yaml", GOOD).toString());
        assertEquals(0, run.exit());
        assertEquals("", run.out());
        assertEquals("checked 1 file: 0 errors, 0 warnings\n", run.err());
    }

    @Test
    void errorLineHasTheExactFormatAndExitIsOne() throws IOException {
        Path file = write("bad.yaml", GOOD.replace("next: fixed", "next: fixd"));
        Run run = Run.of("validate", file.toString());
        assertEquals(1, run.exit());
        assertEquals(file + ":12:15: error: \"fixd\" is not a node or an ending — did you mean \"fixed\"?\n"
                + file + ":16:3: warning: the ending \"fixed\" is never reached — point an option or route at it"
                + " with next:, or remove it\n", run.out());
        assertEquals("checked 1 file: 1 error, 1 warning\n", run.err());
    }

    @Test
    void warningsPassUnlessStrict() throws IOException {
        Path file = write("loose.yaml", GOOD.replace("    tip: Apologise, then act.\n", ""));
        Run lenient = Run.of("validate", file.toString());
        assertEquals(0, lenient.exit());
        assertEquals(1, lenient.outLines().length);
        assertTrue(lenient.out().startsWith(file + ":8:3: warning: the node \"opening\" has no tip"), lenient.out());
        Run strict = Run.of("validate", "--strict", file.toString());
        assertEquals(1, strict.exit());
        assertEquals(lenient.out(), strict.out());
        assertTrue(strict.err().contains("--strict: warnings fail"), strict.err());
    }

    @Test
    void foldersAreSearchedRecursivelyForYamlAndYml() throws IOException {
        write("a/one.yaml", GOOD);
        write("a/deeper/two.yml", GOOD.replace("difficulty: 2", "difficulty: 9"));
        write("a/notes.txt", "not a scenario");
        Run run = Run.of("validate", dir.resolve("a").toString());
        assertEquals(1, run.exit());
        assertEquals(dir.resolve("a/deeper/two.yml") + ":4:13: error: difficulty is 9 — use 1 (gentle) to 5 (very hard)\n", run.out());
        assertTrue(run.err().startsWith("checked 2 files"), run.err());
    }

    @Test
    void folderWithoutScenarios() throws IOException {
        write("empty/readme.txt", "nothing here");
        Run run = Run.of("validate", dir.resolve("empty").toString());
        assertEquals(1, run.exit());
        assertEquals(dir.resolve("empty") + ": error: no scenario files (*.yaml, *.yml) in this folder — check the path\n", run.out());
    }

    @Test
    void noPathIsAUsageMistake() {
        Run run = Run.of("validate");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Missing required parameter: 'PATH'"), run.err());
    }

    @Test
    void unknownOptionIsAUsageMistake() {
        assertEquals(2, Run.of("validate", "--strictest", "x.yaml").exit());
    }

    @Test
    void helpDescribesTheExitCodes() {
        Run run = Run.of("validate", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("--strict"), run.out());
        assertTrue(run.out().contains("2 usage"), run.out());
    }
}
