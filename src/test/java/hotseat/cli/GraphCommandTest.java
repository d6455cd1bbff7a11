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
        assertTrue(dot.contains("[label=\"2. Calm down, that's\\nour policy.\"]"), dot);
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
        assertEquals("hotseat: error: --format png is not known — use mermaid, dot or svg\n", unknown.err());
        Run missing = Run.of("graph", dir.resolve("nope.yaml").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("nope.yaml"), missing.err());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
    }

    private Run graphWithDot(String dotProgram, String... args) {
        picocli.CommandLine cl = Main.commandLine();
        ((GraphCommand) cl.getSubcommands().get("graph").getCommand()).dot = dotProgram;
        return Run.execute(cl, args);
    }

    private String script(String name, String body) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        assertTrue(p.toFile().setExecutable(true));
        return p.toString();
    }

    @Test
    void svgIsDrawnByGraphvizDotFromTheDotMap() throws IOException {
        String fake = script("fake-dot", "[ \"$1\" = -Tsvg ] || exit 9; grep -q '^digraph hotseat' && echo '<svg>drawn</svg>'");
        Run run = graphWithDot(fake, "graph", scenario(), "--format", "svg");
        assertEquals(0, run.exit(), run.err());
        assertEquals("<svg>drawn</svg>\n", run.out());
    }

    @Test
    void svgWithoutGraphvizSaysWhatToInstallAndWhatElseWorks() throws IOException {
        String file = scenario();
        Run run = graphWithDot(dir.resolve("no-such-dot").toString(), "graph", file, "--format", "svg");
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertEquals("hotseat: error: --format svg needs Graphviz's dot program, which is not installed here (or not on the"
                + " PATH) — install Graphviz (apt install graphviz, brew install graphviz, winget install graphviz), or write"
                + " DOT and draw it elsewhere: hotseat graph " + file + " --format dot --out map.dot\n", run.err());
    }

    @Test
    void svgWhenDotFailsPassesOnItsMessage() throws IOException {
        String failing = script("failing-dot", "cat > /dev/null; echo 'Error: <stdin>: syntax error in line 3' >&2; exit 3");
        Run run = graphWithDot(failing, "graph", scenario(), "--format", "svg");
        assertEquals(1, run.exit());
        assertEquals("hotseat: error: Graphviz's dot could not draw the map (exit status 3): Error: <stdin>: syntax error in"
                + " line 3 — --format dot writes the map it was given\n", run.err());
    }

    @Test
    void svgThroughTheRealGraphvizWhereItIsInstalled() throws IOException {
        boolean installed = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "dot")));
        org.junit.jupiter.api.Assumptions.assumeTrue(installed, "Graphviz is not installed here");
        Run run = Run.of("graph", scenario(), "--format", "svg");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("<svg"), run.out());
        assertTrue(run.out().contains("Legend"), run.out());
    }
}
