package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import hotseat.conversation.ScriptedMatcher;
import picocli.CommandLine;

/** {@code hotseat score … --json} and {@code --jsonl} say where a typed reply would go from its node. */
class ScoreRouteTest {
    private static final String PARCEL = "scenarios/parcel-never-came.yaml";
    private static final String NEXT_DOOR = "Our tracking says delivered, so someone signed for it. Have you asked next door?";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String run(ScriptedMatcher matcher, String stdin, String... args) {
        CommandLine cl = Main.commandLine();
        ScoreCommand score = cl.getSubcommands().get("score").getCommand();
        score.matcher = matcher;
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        score.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        assertEquals(0, cl.execute(args));
        return out.toString();
    }

    @Test
    void oneReplyGivesItsRouteFromTheNode() throws Exception {
        ScriptedMatcher m = new ScriptedMatcher().with(NEXT_DOOR, 0.86, 0.52, 0.70);
        JsonNode route = JSON.readTree(run(m, "", "score", NEXT_DOOR, "--scenario", PARCEL, "--node", "opening", "--json"))
                .get("route");
        assertEquals("told_to_wait", route.get("next").asText(), "option 1's next");
        assertEquals(1, route.get("option").asInt());
        assertEquals(0.86, route.get("similarity").asDouble());
        assertEquals(3, route.get("runner_up").asInt());
        assertEquals(0.7, route.get("runner_up_similarity").asDouble());
    }

    @Test
    void aReplyThatReadsLikeNoOptionHasANullOptionAndTheRoutesNext() throws Exception {
        ScriptedMatcher m = new ScriptedMatcher().with("What's the weather like?", 0.41, 0.40, 0.45);
        JsonNode route = JSON.readTree(run(m, "", "score", "What's the weather like?", "--scenario", PARCEL, "--node", "opening",
                "--json")).get("route");
        assertTrue(route.get("option").isNull());
        assertEquals(3, route.get("closest").asInt());
        assertTrue(route.hasNonNull("next"), route.toString());
    }

    @Test
    void batchLinesWithAScenarioAndANodeGetTheRouteToo() throws Exception {
        ScriptedMatcher m = new ScriptedMatcher().with(NEXT_DOOR, 0.86, 0.52, 0.70);
        String in = "{\"reply\": \"" + NEXT_DOOR + "\", \"scenario\": \"" + PARCEL + "\", \"node\": \"opening\"}\n"
                + "{\"reply\": \"Sorry.\", \"customer\": \"You charged me twice!\"}\n";
        String[] lines = run(m, in, "score", "--jsonl", "-").split("\\R");
        assertEquals("told_to_wait", JSON.readTree(lines[0]).get("route").get("next").asText());
        assertTrue(!JSON.readTree(lines[1]).has("route"), "no scenario and node, no route");
    }
}
