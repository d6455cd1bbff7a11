package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphCommandTest {

    @TempDir
    Path dir;

    private String scenario() throws IOException {
        Path p = dir.resolve("tiny.yaml");
        Files.writeString(p, CheckCommandTest.SCENARIO);
        return p.toString();
    }

    @Test
    void mermaidIsTheDefault() throws IOException {
        Run run = Run.of("graph", scenario());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("---\ntitle: \"A tiny test\"\n---\nflowchart TD\n"), run.out());
        assertTrue(run.out().contains("(\"opening<br/>“My order is late.”\")"), run.out());
        assertTrue(run.out().contains("([\"RESOLVED<br/>fixed<br/>Sam is happy.\"])"), run.out());
        assertTrue(run.out().contains("[/\"LOST<br/>gone<br/>Sam leaves.\"\\]"), run.out());
    }

    @Test
    void dotGoesToAFileWhenAsked() throws IOException {
        Path out = dir.resolve("map.dot");
        Run run = Run.of("graph", scenario(), "--format", "dot", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        String dot = Files.readString(out);
        assertTrue(dot.startsWith("digraph hotseat {\n"), dot);
        assertTrue(dot.contains("[label=\"2. Calm down, that's our policy.\"]"), dot);
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void aBuiltInScenarioCanBeNamedByItsId() {
        var first = hotseat.load.ScenarioLibrary.builtIn().checkAll().get(0).loaded().scenario();
        Run run = Run.of("graph", first.id(), "--format", "dot");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("digraph hotseat {\n  graph [label=\"" + first.title().replace("\"", "\\\"") + "\""),
                run.out());
    }

    @Test
    void mistakesAreOneLine() throws IOException {
        Run unknown = Run.of("graph", scenario(), "--format", "png");
        assertEquals(2, unknown.exit());
        assertEquals("hotseat: error: --format png is not known — use mermaid or dot\n", unknown.err());
        Run missing = Run.of("graph", dir.resolve("nope.yaml").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("nope.yaml"), missing.err());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
    }
}
