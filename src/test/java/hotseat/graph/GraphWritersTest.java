package hotseat.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hotseat.graph.BranchMap.EdgeKind;
import hotseat.graph.BranchMap.Vertex;
import hotseat.graph.BranchMap.VertexKind;
import hotseat.scenario.CustomerLine;
import hotseat.scenario.Outcome;
import hotseat.scenario.Scenario;
import hotseat.scenario.SmallScenario;

class GraphWritersTest {

    /** Lines with every character that means something to DOT or Mermaid. */
    static final String AWKWARD = "\"Fine\"\n[x] {y} (z) |a\\b #1; 9% <b>&amp; `c` 😡🇬🇧";

    static Scenario sample() {
        return SmallScenario.named("sample").title("A \"tricky\" title #1")
                .node("opening", new CustomerLine("Calm words.", AWKWARD, "FURIOUS WORDS"), n -> n
                        .option("I'm so sorry — let me fix this now", "fixing", 90, 80, 70)
                        .option("Calm down, that's our policy", "walks_out", 10, 0, 0)
                        .route("fixing", "acknowledgment", ">= 60", "resolution", ">= 50")
                        .route("manager", "phrases", "manager, supervisor")
                        .otherwise("opening"))
                .node("fixing", "OK… what now?", n -> n.option("A refund today", "refunded"))
                .ending("refunded", Outcome.RESOLVED, "They thank you.")
                .ending("manager", Outcome.ESCALATED, "A manager takes over.")
                .ending("walks_out", Outcome.LOST, "They leave.")
                .trigger(">= 90", "walks_out")
                .build();
    }

    @Test
    void theMapHasEveryNodeEndingOptionRouteAndTrigger() {
        BranchMap map = BranchMap.of(sample());
        assertEquals(1, count(map, VertexKind.START));
        assertEquals(2, count(map, VertexKind.NODE));
        assertEquals(3, count(map, VertexKind.ENDING));
        assertEquals(1, count(map, VertexKind.TRIGGER));
        assertEquals(3, map.edges().stream().filter(e -> e.kind() == EdgeKind.OPTION).count());
        assertEquals(2, map.edges().stream().filter(e -> e.kind() == EdgeKind.TYPED).count());
        assertEquals(1, map.edges().stream().filter(e -> e.kind() == EdgeKind.OTHERWISE).count());
        assertTrue(map.edges().stream().anyMatch(e -> e.label().equals("typed: ack ≥ 60, res ≥ 50")));
        assertTrue(map.edges().stream().anyMatch(e -> e.label().equals("typed: says “manager” / “supervisor”")));
        Vertex lost = map.vertices().stream().filter(v -> v.outcome() == Outcome.LOST).findFirst().orElseThrow();
        assertEquals(List.of("LOST", "walks_out", "They leave."), lost.lines());
    }

    @Test
    void aTargetThatIsMissingIsDrawnAsMissingRatherThanDropped() {
        Scenario s = SmallScenario.named("m").node("a", "Hi", n -> n.option("Go", "nowhere")).build();
        BranchMap map = BranchMap.of(s);
        assertTrue(map.vertices().stream().anyMatch(v -> v.kind() == VertexKind.MISSING
                && v.lines().equals(List.of("missing: nowhere"))));
    }

    @Test
    void dotEscapesQuotesAndBackslashesAndKeepsEmoji() {
        String dot = GraphFormat.DOT.write(BranchMap.of(sample()));
        assertTrue(dot.contains("“\\\"Fine\\\" [x] {y} (z) |a\\\\b\\n#1; 9% <b>&amp; `c` 😡🇬🇧”"), dot);
        assertTrue(dot.contains("label=\"A \\\"tricky\\\" title #1\""), dot);
        for (String line : dot.split("\n")) {
            assertEquals(0, unescapedQuotes(line) % 2, "unbalanced quotes in: " + line);
        }
    }

    @Test
    void dotShapesEndingsByOutcome() {
        String dot = GraphFormat.DOT.write(BranchMap.of(sample()));
        assertTrue(dot.contains("[label=\"RESOLVED\\nrefunded\\nThey thank you.\", shape=box, style=\"rounded,filled,bold\", peripheries=2"), dot);
        assertTrue(dot.contains("[label=\"ESCALATED\\nmanager\\nA manager takes over.\", shape=hexagon"), dot);
        assertTrue(dot.contains("[label=\"LOST\\nwalks_out\\nThey leave.\", shape=octagon"), dot);
        assertTrue(dot.contains("[label=\"mood ≥ 90\\nany turn, once\", shape=diamond"), dot);
        assertTrue(Pattern.compile("n\\d+ -> n\\d+ \\[label=\"typed: ack ≥ 60,\\\\nres ≥ 50\", style=dashed\\]").matcher(dot).find(), dot);
        assertTrue(Pattern.compile("n\\d+ -> n\\d+ \\[style=bold, penwidth=2\\]").matcher(dot).find(), dot);
    }

    @Test
    void mermaidWritesSyntaxCharactersAsEntityCodes() {
        String mermaid = GraphFormat.MERMAID.write(BranchMap.of(sample()));
        assertTrue(mermaid.contains("“#quot;Fine#quot; [x] {y} (z) #124;a\\b<br/>#35;1; 9#37; #lt;b#gt;#amp;amp; #96;c#96; 😡🇬🇧”"), mermaid);
        for (String line : mermaid.split("\n")) {
            if (line.startsWith("  n")) {
                assertEquals(0, count(line, '"') % 2, "unbalanced quotes in: " + line);
                // inside quotes nothing but the entity codes we wrote may start with '#'
                Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(line);
                while (m.find()) {
                    String inside = m.group(1);
                    assertFalse(inside.matches(".*#(?!quot;|35;|37;|amp;|lt;|gt;|96;|124;).*"), inside);
                    assertFalse(inside.contains("%"), inside);
                }
            }
        }
        assertTrue(mermaid.startsWith("---\ntitle: \"A \\\"tricky\\\" title #1\"\n---\nflowchart TD\n"), mermaid);
    }

    @Test
    void mermaidShapesEndingsByOutcomeAndStylesEdgesByKind() {
        String mermaid = GraphFormat.MERMAID.write(BranchMap.of(sample()));
        assertTrue(Pattern.compile("n\\d+\\(\\[\"RESOLVED<br/>refunded<br/>They thank you.\"\\]\\)").matcher(mermaid).find(), mermaid);
        assertTrue(Pattern.compile("n\\d+\\{\\{\"ESCALATED<br/>manager<br/>A manager takes over.\"\\}\\}").matcher(mermaid).find(), mermaid);
        assertTrue(Pattern.compile("n\\d+\\[/\"LOST<br/>walks_out<br/>They leave.\"\\\\\\]").matcher(mermaid).find(), mermaid);
        assertTrue(Pattern.compile("n\\d+\\{\"mood ≥ 90<br/>any turn, once\"\\}").matcher(mermaid).find(), mermaid);
        assertTrue(Pattern.compile("n\\d+ -\\.->\\|\"typed: otherwise\"\\| n\\d+").matcher(mermaid).find(), mermaid);
        assertTrue(Pattern.compile("n\\d+ ==> n\\d+").matcher(mermaid).find(), mermaid);
        assertTrue(Pattern.compile("n\\d+ -->\\|\"1. I'm so sorry — let<br/>me fix this…\"\\| n\\d+").matcher(mermaid).find(), mermaid);
        assertTrue(Pattern.compile("class n\\d+ lost").matcher(mermaid).find(), mermaid);
    }

    @Test
    void labelsWrapAtWordsAndKeepAComparisonWithItsNumber() {
        assertEquals(List.of("typed: ack ≥ 60,", "res ≥ 50"), ShortText.wrap("typed: ack ≥ 60, res ≥ 50", DotWriter.EDGE_WIDTH));
        assertEquals(List.of("“Right. Third time. Third", "time I'm explaining…”"),
                ShortText.wrap("“Right. Third time. Third time I'm explaining…”", DotWriter.NODE_WIDTH));
        assertEquals(List.of("a-very-long-word-that-cannot-break-anywhere", "next"),
                ShortText.wrap("a-very-long-word-that-cannot-break-anywhere next", DotWriter.EDGE_WIDTH));
        assertEquals(List.of(""), ShortText.wrap("", DotWriter.EDGE_WIDTH));
    }

    @Test
    void bothMapsCarryALegendOfTheEdgeStylesAtTheFoot() {
        BranchMap map = BranchMap.of(sample());
        String dot = GraphFormat.DOT.write(map);
        assertTrue(dot.contains("legend [shape=note, fontsize=9, style=\"\", label=\"Legend\\lsolid arrow: an option picked\\l"
                + "dashed: a typed reply, by a route\\ldotted: a typed reply, otherwise\\lbold, from a diamond: a mood trigger\\l\"];"), dot);
        // held below every ending, so it ranks last
        long endings = map.vertices().stream().filter(v -> v.kind() == VertexKind.ENDING).count();
        assertEquals(endings, Pattern.compile("n\\d+ -> legend \\[style=invis\\];").matcher(dot).results().count(), dot);
        assertTrue(dot.contains("rankdir=TB"), dot);
        String mermaid = GraphFormat.MERMAID.write(map);
        assertTrue(mermaid.contains("  subgraph legend[\"Legend\"]\n    direction LR\n"
                + "    legend_a1[\" \"] -->|\"option picked\"| legend_a2[\" \"]\n"
                + "    legend_b1[\" \"] -.->|\"typed reply (route or otherwise)\"| legend_b2[\" \"]\n"
                + "    legend_d1[\" \"] ==>|\"mood trigger\"| legend_d2[\" \"]\n  end\n"), mermaid);
        assertTrue(mermaid.startsWith("---\ntitle: \"A \\\"tricky\\\" title #1\"\n---\nflowchart TD\n"), mermaid);
    }

    @Test
    void graphvizAcceptsTheDot(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("dot"), "Graphviz 'dot' is not installed; skipping the render check");
        Path in = dir.resolve("map.dot");
        Files.writeString(in, GraphFormat.DOT.write(BranchMap.of(sample())), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("dot", "-Tsvg", in.toString()).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        String svg = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), svg);
        assertFalse(svg.contains("Error") || svg.contains("Warning: syntax"), svg);
        assertTrue(svg.contains("&quot;Fine&quot; [x]"), "the quotes survive into the picture");
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static long count(BranchMap map, VertexKind kind) {
        return map.vertices().stream().filter(v -> v.kind() == kind).count();
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private static int unescapedQuotes(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '"') {
                n++;
            }
        }
        return n;
    }
}
