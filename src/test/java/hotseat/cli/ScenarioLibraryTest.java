package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import hotseat.load.ScenarioFiles;

/**
 * The shipped library must pass what CI runs: {@code validate --strict} and {@code check} with
 * its defaults (every choice explored, 1,000 seeded random walks, each file's own tests). A
 * broken scenario fails the build with the report that says why.
 */
class ScenarioLibraryTest {

    @Test
    void everyShippedScenarioValidatesStrictlyAndPassesItsPlayTest() throws IOException {
        long files;
        try (var s = Files.list(Path.of("scenarios"))) {
            files = s.filter(ScenarioFiles::isScenarioName).count();
        }
        assertTrue(files >= 2, "the library has scenarios, found " + files);

        Run validate = Run.of("validate", "--strict", "scenarios");
        assertEquals(0, validate.exit(), validate.out() + validate.err());

        Run check = Run.of("check", "scenarios");
        assertEquals(0, check.exit(), check.out() + check.err());
        assertTrue(check.out().contains("checked " + files + " scenarios: passed — 0 failed, 0 errors, "), check.out());
    }
}
