package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

class ScoreCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String stdin, String... args) {
        CommandLine cl = Main.commandLine();
        if (stdin != null) {
            ScoreCommand score = cl.getSubcommands().get("score").getCommand();
            score.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        }
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void printsTheBuiltInRubric() {
        Run r = run(null, "score", "--rubric");
        assertEquals(0, r.exit, r.err);
        assertTrue(r.out.startsWith("# The Hotseat scoring rubric."), r.out);
        assertTrue(r.out.contains("calmness"), r.out);
    }

    @Test
    void scoresOneReplyForPeople() {
        Run r = run(null, "score", "Calm down, that's our policy.", "--customer", "You charged me twice!");
        assertEquals(0, r.exit, r.err);
        assertTrue(r.out.contains("calmness"), r.out);
        assertTrue(r.out.contains("telling them how to feel: \"Calm down\""), r.out);
        assertTrue(r.out.contains("deflecting to policy"), r.out);
        assertTrue(r.out.lines().anyMatch(l -> l.matches("acknowledgment +[█░]{20} +\\d+")), r.out);
        assertTrue(r.out.lines().anyMatch(l -> l.matches("calmness \\(starts at \\d+\\)")), r.out);
    }

    @Test
    void scoresOneReplyAsJson() throws Exception {
        Run r = run(null, "score", "--json", "I'll refund you today.");
        assertEquals(0, r.exit, r.err);
        JsonNode n = JSON.readTree(r.out);
        assertTrue(n.get("resolution").asInt() >= 60, r.out);
        assertTrue(n.get("evidence").size() >= 3);
        assertTrue(n.get("evidence").get(0).has("note"));
    }

    @Test
    void batchKeepsOrderAndReportsBadLinesWithoutStopping(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("replies.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"customer\": \"Where is my parcel?\", \"reply\": \"I'm so sorry, I'll resend it today.\"}",
                "{\"reply\": \"Calm down.\"",
                "[1, 2]",
                "{\"customer\": \"hello\"}",
                "",
                "{\"reply\": \"Not my department.\"}") + "\n");
        Run r = run(null, "score", "--jsonl", file.toString());
        assertEquals(1, r.exit);
        assertTrue(r.err.contains("3 of 5 lines could not be scored"), r.err);
        List<String> lines = r.lines();
        assertEquals(5, lines.size(), r.out);
        JsonNode first = JSON.readTree(lines.get(0));
        assertTrue(first.get("resolution").asInt() > 50);
        assertTrue(first.get("evidence").isArray());
        JsonNode bad = JSON.readTree(lines.get(1));
        assertEquals(2, bad.get("line").asInt());
        assertTrue(bad.get("error").asText().startsWith("not valid JSON"), bad.toString());
        assertEquals(3, JSON.readTree(lines.get(2)).get("line").asInt());
        JsonNode missing = JSON.readTree(lines.get(3));
        assertEquals(4, missing.get("line").asInt());
        assertTrue(missing.get("error").asText().contains("missing \"reply\""));
        JsonNode last = JSON.readTree(lines.get(4));
        assertEquals(0, last.get("resolution").asInt());
    }

    @Test
    void batchReadsStandardInput() throws Exception {
        Run r = run("{\"reply\": \"Thank you for your patience.\"}\n{\"reply\": \"WHATEVER!!\"}\n", "score", "--jsonl", "-");
        assertEquals(0, r.exit, r.err);
        assertEquals(2, r.lines().size());
        assertTrue(JSON.readTree(r.lines().get(0)).get("calmness").asInt()
                > JSON.readTree(r.lines().get(1)).get("calmness").asInt());
    }

    @Test
    void missingFileIsAnErrorForPeople() {
        Run r = run(null, "score", "--jsonl", "no/such/file.jsonl");
        assertEquals(1, r.exit);
        assertTrue(r.err.startsWith("hotseat: error: no/such/file.jsonl: no such file"), r.err);
    }

    @Test
    void nothingToScoreIsAUsageMistake() {
        assertEquals(2, run(null, "score").exit);
        assertEquals(2, run(null, "score", "hi", "--jsonl", "-").exit);
        assertEquals(2, run(null, "score", "").exit, "an empty reply, as a slip in a script gives");
        assertEquals(2, run(null, "score", "  ").exit);
    }

    @Test
    void scenarioVocabularyAndNodeLineAreUsed(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("boiler.yaml");
        Files.writeString(scenario, """
                id: boiler
                title: The boiler
                briefing: A boiler broke.
                difficulty: 1
                customer: {name: Sam, mood: 60}
                start: opening
                nodes:
                  opening:
                    says: My boiler has no pressure and the baby is cold.
                    options:
                      - {text: "Sorry.", next: done}
                endings:
                  done: {outcome: resolved, text: Fine.}
                vocabulary:
                  actions: [repressurise]
                  feelings: [freezing]
                """);
        Run plain = run(null, "score", "--json", "I'll repressurise it.");
        Run with = run(null, "score", "--json", "I'll repressurise it.", "--scenario", scenario.toString(), "--node", "opening");
        assertEquals(0, with.exit, with.err);
        JsonNode w = JSON.readTree(with.out);
        assertTrue(w.get("resolution").asInt() > JSON.readTree(plain.out).get("resolution").asInt(), with.out);
        assertEquals("My boiler has no pressure and the baby is cold.", w.get("customer").asText());

        Run feeling = run(null, "score", "--json", "You must all be freezing.", "--scenario", scenario.toString());
        assertTrue(feeling.out.contains("naming this customer's feeling"), feeling.out);

        Run missingNode = run(null, "score", "hi", "--scenario", scenario.toString(), "--node", "nope");
        assertEquals(1, missingNode.exit);
        assertTrue(missingNode.err.contains("no node 'nope' — use one of: opening"), missingNode.err);

        Path batch = dir.resolve("in.jsonl");
        Files.writeString(batch, "{\"reply\": \"I'll repressurise it.\", \"scenario\": \"" + scenario.toString().replace("\\", "\\\\")
                + "\", \"node\": \"opening\"}\n{\"reply\": \"hi\", \"scenario\": \"missing.yaml\"}\n");
        Run b = run(null, "score", "--jsonl", batch.toString());
        assertEquals(1, b.exit);
        assertEquals(w.get("resolution").asInt(), JSON.readTree(b.lines().get(0)).get("resolution").asInt());
        assertTrue(JSON.readTree(b.lines().get(1)).get("error").asText().startsWith("missing.yaml: error: no such file"));
    }

    @Test
    void nodeWithoutScenarioIsAUsageMistake() {
        Run r = run(null, "score", "hi", "--node", "opening");
        assertEquals(2, r.exit);
        assertTrue(r.err.contains("--node needs --scenario"), r.err);
    }

    // ---- --options ---------------------------------------------------------------------------

    /** A scenario whose author and the real scorer clearly disagree on three options, each a different way. */
    private static Path giftScenario(Path dir) throws Exception {
        Path file = dir.resolve("gift.yaml");
        Files.writeString(file, """
                id: gift
                title: The late gift
                briefing: A parcel is late.
                difficulty: 1
                customer: {name: Sam, mood: 50}
                start: opening
                nodes:
                  opening:
                    says: My parcel is six days late and it was a birthday present.
                    options:
                      - text: "I'm so sorry your parcel is six days late, with the birthday too. I'll send a replacement by courier today, so it arrives tomorrow before noon."
                        next: closing
                        feedback: Cold and dismissive; it blames her.
                      - text: "Whatever. Calm down."
                        next: closing
                        feedback: Excellent. Exactly what she needed.
                      - text: "Calm down, that's our policy."
                        next: closing
                        scores: {calmness: 90}
                        feedback: Fine, but flat.
                  closing:
                    says: Right. Is that it?
                    options:
                      - {text: "Calm down, that's our policy.", next: done, feedback: Dismissive.}
                      - {text: "I'll email the tracking number today.", next: done}
                endings:
                  done: {outcome: resolved, text: Fine.}
                """);
        return file;
    }

    @Test
    void optionsShowsEachNodesTableAndMarksWhereTheScorerAndTheAuthorDisagree(@TempDir Path dir) throws Exception {
        Run r = run(null, "score", "--scenario", giftScenario(dir).toString(), "--options");
        assertEquals(0, r.exit, r.err);
        List<String> lines = r.lines();
        assertEquals("gift — The late gift: 2 nodes, 5 options", lines.get(0));
        assertTrue(lines.contains("opening  My parcel is six days late and it was a birthday present."), r.out);
        assertTrue(lines.stream().allMatch(l -> l.length() <= OptionsReport.WIDTH), r.out);
        // Option rows: marker, number, the scorer's three figures, the played mean, hints, author, feedback.
        String first = row(lines, 0, 1), second = row(lines, 0, 2), third = row(lines, 0, 3);
        assertTrue(first.matches("!  1\\*? +\\d+ +\\d+ +\\d+ +\\d+  - +poor +Cold and dismissive; it blames her\\."), first);
        assertTrue(second.matches("!  2 +\\d+ +\\d+ +\\d+ +\\d+  - +good +Excellent\\. Exactly what she needed\\."), second);
        assertTrue(third.matches("!  3 +0 +\\d+ +\\d+ +\\d+  c90 +fair +Fine, but flat\\."), third);
        assertTrue(r.out.contains("author says poor, scorer rates it well: feedback reads poor (\"cold\", \"dismissive\", \"blames\")"), r.out);
        assertTrue(r.out.contains("author says good, scorer rates it poorly: feedback reads good (\"excellent\")"), r.out);
        assertTrue(r.out.contains("hint overrides the scorer: calmness hint 90, scorer 0"), r.out);
        // Agreement is not marked: a dismissive option that scores low, and one the scenario says nothing of.
        assertTrue(row(lines, 1, 1).matches("   1 +\\d+ +\\d+ +\\d+ +\\d+  - +poor +Dismissive\\."), row(lines, 1, 1));
        assertTrue(row(lines, 1, 2).matches("   2 .* \\? +\\(no feedback\\)"), row(lines, 1, 2));
        assertTrue(lines.contains("3 disagreements:"), r.out);
        assertTrue(lines.contains("  author says poor, scorer rates it well (1): opening 1"), r.out);
        assertTrue(lines.contains("  author says good, scorer rates it poorly (1): opening 2"), r.out);
        assertTrue(lines.contains("  hint overrides the scorer (1): opening 3"), r.out);
        assertTrue(lines.contains("The author's view of 1 option could not be read (?)."), r.out);
    }

    /** The row of option {@code number} in the {@code table}-th node's table. */
    private static String row(List<String> lines, int table, int number) {
        int header = -1;
        for (int i = 0, seen = -1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("   #   calm") && ++seen == table) {
                header = i;
                break;
            }
        }
        return lines.stream().skip(header + 1).filter(l -> l.matches("[! ]  " + number + "\\b.*")).findFirst().orElse("");
    }

    @Test
    void optionsForOneNodeAsJson(@TempDir Path dir) throws Exception {
        Run r = run(null, "score", "--scenario", giftScenario(dir).toString(), "--options", "--node", "opening", "--json");
        assertEquals(0, r.exit, r.err);
        JsonNode n = JSON.readTree(r.out);
        assertEquals(1, n.get("nodes").size());
        JsonNode options = n.get("nodes").get(0).get("options");
        assertEquals(3, options.size());
        JsonNode hinted = options.get(2);
        assertEquals(90, hinted.get("hints").get("calmness").asInt());
        assertEquals(90, hinted.get("played").get("calmness").asInt());
        assertEquals(hinted.get("scorer").get("acknowledgment"), hinted.get("played").get("acknowledgment"));
        assertEquals("hint-overrides", hinted.get("disagreements").get(0).get("kind").asText());
        assertEquals("poor", options.get(0).get("author").get("judgement").asText());
        assertEquals("scored-high", options.get(0).get("disagreements").get(0).get("kind").asText());
        assertEquals(1, n.get("disagreements").get("scored-low").asInt());
    }

    @Test
    void optionsTakesABuiltInScenarioById() {
        Run r = run(null, "score", "--scenario", "parcel-never-came", "--options", "--node", "refund_only");
        assertEquals(0, r.exit, r.err);
        assertTrue(r.out.startsWith("parcel-never-came — "), r.out);
        assertTrue(r.out.contains("\nrefund_only  "), r.out);
        assertEquals(2, r.out.lines().filter(l -> l.matches("[! ]  \\d.*")).count(), r.out);
    }

    @Test
    void optionsWithoutAScenarioOrWithAWrongNodeIsAUsageMistake(@TempDir Path dir) throws Exception {
        Run none = run(null, "score", "--options");
        assertEquals(2, none.exit);
        assertTrue(none.err.contains("--options needs --scenario"), none.err);

        String file = giftScenario(dir).toString();
        Run wrong = run(null, "score", "--scenario", file, "--options", "--node", "middle");
        assertEquals(2, wrong.exit);
        assertTrue(wrong.err.contains("gift: no node 'middle' — use one of: opening, closing"), wrong.err);
        Run ending = run(null, "score", "--scenario", file, "--options", "--node", "done");
        assertEquals(2, ending.exit);
        assertTrue(ending.err.contains("'done' is an ending, not a node"), ending.err);
        Run withReply = run(null, "score", "hi", "--scenario", file, "--options");
        assertEquals(2, withReply.exit);
        assertTrue(withReply.err.contains("give no REPLY"), withReply.err);
        assertEquals("", wrong.out + ending.out);
    }

    @Test
    void optionsOfAnInvalidScenarioFailsWithItsDiagnostics(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "id: bad\ntitle: Bad\n");
        Run r = run(null, "score", "--scenario", bad.toString(), "--options");
        assertEquals(1, r.exit);
        assertTrue(r.err.contains(bad + ":1:1: error: missing nodes"), r.err);
        assertTrue(r.err.contains("cannot be played"), r.err);
        assertEquals("", r.out);
    }
}
