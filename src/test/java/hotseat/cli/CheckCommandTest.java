package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CheckCommandTest {

    @TempDir
    Path dir;

    static final String SCENARIO = """
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
                  - text: I'm so sorry it's late. I'll send a new one today and email you the tracking by 5 pm.
                    next: fixed
                  - text: Calm down, that's our policy.
                    next: gone
                model_answer: I'm sorry it's late; I'll send a new one today.
                tip: Apologise, then act.
            endings:
              fixed: {outcome: resolved, text: Sam is happy.}
              gone: {outcome: lost, text: Sam leaves.}
            """;

    static final String PASSING_TESTS = """
            tests:
              - name: an apology and a fix resolves
                replies: [1]
                ending: fixed
                min: {calmness: 60}
              - name: policy talk loses her
                replies: ["2"]
                outcome: lost
            """;

    static final String FAILING_TEST = """
            tests:
              - name: an apology and a fix resolves
                replies: [1]
                ending: fixed
              - name: wrong on purpose
                replies: [2]
                ending: fixed
            """;

    private String write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }

    @Test
    void aSoundScenarioWithPassingTestsExitsZero() throws IOException {
        String file = write("tiny.yaml", SCENARIO + PASSING_TESTS);
        Run run = Run.of("check", file, "--walks", "200");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().startsWith(file + ": tiny — A tiny test\n"), run.out());
        assertTrue(run.out().contains("  walks     200 random (seed 1): all ended; 1 to 1 turns, median 1\n"), run.out());
        assertTrue(run.out().contains("  tests     2 of 2 passed\n"), run.out());
        assertTrue(run.out().contains("    ✓ pass  policy talk loses her\n"), run.out());
        assertTrue(run.out().contains("  spread    difficulty 2, healthy: resolved 20–60%, escalated 0–50%, lost 20–65% of walks\n"
                + "            here: resolved "), run.out());
        assertTrue(run.out().contains(", escalated 0.0% (no such ending), lost "), run.out());
        assertTrue(run.out().endsWith("checked 1 scenario: passed — 0 failed, 0 errors, 0 warnings\n"), run.out());
    }

    @Test
    void aFailingTestIsAnErrorOnTheLineOfWhatDidNotHold() throws IOException {
        String file = write("tiny.yaml", SCENARIO + FAILING_TEST);
        Run run = Run.of("check", file, "--walks", "50");
        assertEquals(1, run.exit());
        // "ending: fixed" of the second test is on line 26, its value at column 13.
        assertTrue(run.out().contains("  " + file + ":26:13: error: test \"wrong on purpose\" failed: expected the ending fixed,"
                + " but the replies reached gone (lost) — route taken: opening —2→ gone [test-failed]\n"), run.out());
        assertTrue(run.out().contains("    ✗ FAIL  wrong on purpose\n"), run.out());
        assertTrue(run.out().endsWith("checked 1 scenario: FAILED — 1 failed, 1 error, 0 warnings\n"), run.out());
    }

    @Test
    void aTestEndedEarlyByAMoodTriggerSaysSoOnTheLineOfTheFirstReplyNeverGiven() throws IOException {
        String file = write("triggered.yaml", SCENARIO.replace("next: gone", "next: waiting").replace("endings:\n", """
                  waiting:
                    says: Well?
                    options:
                      - text: Here it is.
                        next: fixed
                    model_answer: Here it is.
                    tip: Deliver.
                endings:
                """) + """
                mood_rules:
                  triggers:
                    - mood: ">= 60"
                      next: gone
                tests:
                  - name: policy then a fix
                    replies: [2, 1]
                    ending: fixed
                """);
        Run run = Run.of("check", file, "--walks", "20");
        assertEquals(1, run.exit(), run.out() + run.err());
        // the second reply, "1", is line 33, column 18
        assertTrue(run.out().contains(file + ":33:18: error: test \"policy then a fix\" failed: the conversation already ended at gone"
                + " after 1 reply, so reply 2 and any after it are never given — the mood trigger mood_rules.triggers[0]"
                + " (mood >= 60) fired after reply 1, when the mood reached "), run.out());
        assertTrue(run.out().contains("route taken: opening —2→ trigger at mood "), run.out());
    }

    @Test
    void aPoorOptionThatResolvesFailsTheCheck() throws IOException {
        String file = write("rewarded.yaml", SCENARIO.replace("next: gone", "next: fixed"));
        Run run = Run.of("check", file, "--walks", "20");
        assertEquals(1, run.exit());
        // The second option's text is on line 13.
        assertTrue(run.out().contains("  " + file + ":13:9: error: at opening, option 2 (“Calm down, that's our policy.”)"
                + " leads straight to the resolved ending fixed"), run.out());
        assertTrue(run.out().contains("      replies: [2]\n"), run.out());
        // every walk resolves, poor ones too: the count says what to do about it
        assertTrue(run.out().contains("            13 walks gave a clearly poor reply and still ended resolved\n"
                + "            (a poor reply should cost something: send the option to a harder node or ending"), run.out());
    }

    @Test
    void theSameSeedPrintsTheSameReport() throws IOException {
        String file = write("tiny.yaml", SCENARIO);
        Run a = Run.of("check", file, "--walks", "300", "--seed", "9");
        Run b = Run.of("check", file, "--walks", "300", "--seed", "9");
        Run c = Run.of("check", file, "--walks", "300", "--seed", "10");
        assertEquals(a.out(), b.out());
        assertFalse(a.out().equals(c.out()), "another seed, other walks");
    }

    @Test
    void jsonIsForTools() throws IOException {
        String file = write("tiny.yaml", SCENARIO + FAILING_TEST);
        Run run = Run.of("check", file, "--walks", "100", "--json");
        assertEquals(1, run.exit());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertFalse(root.get("passed").asBoolean());
        assertEquals(100, root.get("walks").asInt());
        JsonNode s = root.get("scenarios").get(0);
        assertEquals("tiny", s.get("id").asText());
        assertEquals(2, s.get("endings").size());
        assertEquals(100, s.get("endings").get(0).get("walks").asInt() + s.get("endings").get(1).get("walks").asInt());
        JsonNode finding = s.get("findings").get(0);
        assertEquals("error", finding.get("severity").asText());
        assertEquals("test-failed", finding.get("kind").asText());
        assertEquals(26, finding.get("line").asInt());
        assertEquals("tests[1].ending", finding.get("where").asText());
        assertEquals(1, s.get("tests").get(1).get("failures").size());
        assertEquals(24, s.get("tests").get(1).get("line").asInt());
        assertTrue(finding.get("message").asText().endsWith("— route taken: opening —2→ gone"), finding.toString());
        JsonNode spread = s.get("spread");
        assertEquals(2, spread.get("difficulty").asInt());
        assertEquals(0.2, spread.get("resolved").get("healthy_low").asDouble());
        assertEquals(0.6, spread.get("resolved").get("healthy_high").asDouble());
        assertEquals(1.0, spread.get("resolved").get("rate").asDouble() + spread.get("lost").get("rate").asDouble(), 1e-9);
        assertEquals("no such ending", spread.get("escalated").get("verdict").asText());
    }

    @Test
    void aScenarioThatDoesNotValidateIsNotPlayedAndFails() throws IOException {
        String file = write("broken.yaml", SCENARIO.replace("next: gone", "next: gonne"));
        Run run = Run.of("check", file);
        assertEquals(1, run.exit());
        assertTrue(run.out().startsWith(file + ": cannot be play-tested until these are fixed:\n  " + file + ":14:"), run.out());
        assertTrue(run.out().contains("gonne"), run.out());
    }

    @Test
    void usageMistakesExitTwo() throws IOException {
        String file = write("tiny.yaml", SCENARIO);
        assertEquals(2, Run.of("check", file, "--walks", "-1").exit());
        assertEquals(2, Run.of("check", file, "--max-turns", "0").exit());
        assertEquals(2, Run.of("check").exit());
        assertEquals(2, Run.of("check", file, "--seed", "soon").exit());
    }
}
