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
    void scoresOneReplyForPeople() {
        Run r = run(null, "score", "Calm down, that's our policy.", "--customer", "You charged me twice!");
        assertEquals(0, r.exit, r.err);
        assertTrue(r.out.contains("calmness"), r.out);
        assertTrue(r.out.contains("telling them how to feel: \"Calm down\""), r.out);
        assertTrue(r.out.contains("deflecting to policy"), r.out);
        assertTrue(r.out.lines().anyMatch(l -> l.matches("acknowledgment +[#.]{20} +\\d+")), r.out);
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
}
