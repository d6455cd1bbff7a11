package hotseat.playtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import hotseat.conversation.ConversationEngine;
import hotseat.scenario.Outcome;
import hotseat.scenario.Scenario;
import hotseat.scenario.ScenarioTest;
import hotseat.scenario.ScoreBounds;
import hotseat.scenario.SmallScenario;

class ScenarioTestsTest {
    static final Scenario SCENARIO = SmallScenario.named("tested").mood(60)
            .node("opening", "It broke!", n -> n
                    .option("I'm sorry, I'll replace it today. [c90 a90 r90]", "fixed")
                    .option("Calm down. [c10 a10 r10]", "lost")
                    .option("Let me look. [c50 a50 r50]", "looking")
                    .route("fixed", "acknowledgment", ">= 80")
                    .otherwise("lost"))
            .node("looking", "Well?", n -> n.option("Found it. [c70 a60 r80]", "fixed"))
            .ending("fixed", Outcome.RESOLVED, "Thanks.")
            .ending("lost", Outcome.LOST, "Bye.")
            .build();

    static TestResult run(ScenarioTest test) {
        return new ScenarioTests(new ConversationEngine(new TaggedScorer())).run(SCENARIO, test, "tests[3]", 1);
    }

    static ScenarioTest test(List<String> replies, String ending, Outcome outcome, ScoreBounds min, ScoreBounds max) {
        return new ScenarioTest("a test", replies, ending, outcome, min, max);
    }

    @Test
    void aTestThatHoldsPasses() {
        TestResult r = run(test(List.of("3", "1"), "fixed", Outcome.RESOLVED,
                new ScoreBounds(60, 55, 65, null), new ScoreBounds(null, null, null, 60)));
        assertTrue(r.passed(), r.failures().toString());
        assertEquals("fixed", r.reached());
        assertEquals(List.of("opening", "looking"), r.visited());
        assertEquals(2, r.turns());
    }

    @Test
    void typedTextIsPlayedAsATypedReply() {
        assertTrue(run(test(List.of("I'm so sorry [c90 a90 r90]"), "fixed", null, null, null)).passed());
        TestResult r = run(test(List.of("whatever [c90 a10 r90]"), "fixed", null, null, null));
        assertEquals(List.of(new TestResult.Failure("tests[3].ending",
                "expected the ending fixed, but the replies reached lost (lost) — route taken: opening —typed→ lost")),
                r.failures());
    }

    @Test
    void theWrongOutcomeNamesTheOutcomeLine() {
        TestResult r = run(test(List.of("2"), null, Outcome.RESOLVED, null, null));
        assertEquals(List.of(new TestResult.Failure("tests[3].outcome",
                "expected the outcome resolved, but the replies reached lost (lost) — route taken: opening —2→ lost")),
                r.failures());
    }

    @Test
    void anOptionThatDoesNotExistNamesTheReply() {
        TestResult r = run(test(List.of("3", "4"), "fixed", null, null, null));
        assertEquals(1, r.failures().size());
        assertEquals("tests[3].replies[1]", r.failures().get(0).where());
        assertEquals("reply 2 (\"4\") does not fit node looking: it has no option 4 (it has 1)", r.failures().get(0).message());
    }

    @Test
    void typedTextWhereTypingIsNotAllowedNamesTheReply() {
        TestResult r = run(test(List.of("3", "I found it"), "fixed", null, null, null));
        assertEquals("tests[3].replies[1]", r.failures().get(0).where());
        assertTrue(r.failures().get(0).message().contains("it takes no typed reply"), r.failures().toString());
    }

    @Test
    void repliesLeftOverAfterTheEndingAreAFailure() {
        TestResult r = run(test(List.of("1", "1"), "fixed", null, null, null));
        assertEquals(List.of(new TestResult.Failure("tests[3].replies[1]",
                "the conversation already ended at fixed after 1 reply, so reply 2 and any after it are never given"
                        + " — route taken: opening —1→ fixed — remove the later replies or change an earlier one")),
                r.failures());
    }

    @Test
    void aTestEndedEarlyByAMoodTriggerNamesTheTriggerAndTheMood() {
        Scenario triggered = SmallScenario.named("triggered").mood(60)
                .node("opening", "It broke!", n -> n
                        .option("Calm down. [c10 a10 r10]", "looking")
                        .option("Let me look. [c50 a50 r50]", "looking"))
                .node("looking", "Well?", n -> n.option("Found it. [c70 a60 r80]", "fixed"))
                .node("walking_out", "I'm off.", n -> n.option("Please wait. [c60 a40 r20]", "lost"))
                .ending("fixed", Outcome.RESOLVED, "Thanks.")
                .ending("lost", Outcome.LOST, "Bye.")
                .trigger(">= 70", "walking_out")
                .build();
        ScenarioTests tests = new ScenarioTests(new ConversationEngine(new TaggedScorer()));
        TestResult r = tests.run(triggered, test(List.of("1", "1", "1"), "fixed", null, null, null), "tests[0]", 1);
        assertEquals("tests[0].replies[2]", r.failures().get(0).where());
        String message = r.failures().get(0).message();
        assertTrue(message.startsWith("the conversation already ended at lost after 2 replies, so reply 3 and any after it are"
                + " never given — the mood trigger mood_rules.triggers[0] (mood >= 70) fired after reply 1, when the mood reached "),
                message);
        assertTrue(message.matches(".*when the mood reached (\\d+) \\(from 60\\), and sent the customer to walking_out; route taken:"
                + " opening —1→ trigger at mood \\1 → walking_out —1→ lost — remove the later replies or change an earlier one"),
                message);
    }

    @Test
    void runningOutOfRepliesBeforeAnEndingIsAFailure() {
        TestResult r = run(test(List.of("3"), "fixed", null, null, null));
        assertEquals("tests[3].replies", r.failures().get(0).where());
        assertEquals("after 1 reply the conversation has not ended: the customer is at node looking — add the replies"
                + " that lead on to fixed (route taken: opening —3→ looking)", r.failures().get(0).message());
    }

    @Test
    void scoreBoundsAreCheckedOnTheAverageAndTheFinalMood() {
        // "3" then "1": calmness 50 and 70 (average 60.0), acknowledgment 50 and 60 (55.0); the mood ends at 54.
        TestResult r = run(test(List.of("3", "1"), "fixed", null,
                new ScoreBounds(61, null, null, null), new ScoreBounds(null, 54, null, 40)));
        assertEquals(List.of("tests[3].min.calmness", "tests[3].max.acknowledgment", "tests[3].max.mood"),
                r.failures().stream().map(TestResult.Failure::where).toList());
        assertEquals("the average calmness over 2 replies is 60.0, below the minimum 61 (per reply: 50, 70)",
                r.failures().get(0).message());
        assertEquals("the customer's mood at the end is 54, above the maximum 40 (mood from the start, reply by reply: 60, 60, 54)",
                r.failures().get(2).message());
    }

    @Test
    void aTestThatNamesNoEndingOrAnUnknownOneIsReportedWithoutPlaying() {
        TestResult none = run(test(List.of("1"), null, null, null, null));
        assertEquals("tests[3]", none.failures().get(0).where());
        TestResult unknown = run(test(List.of("1"), "fixd", null, null, null));
        assertEquals(List.of(new TestResult.Failure("tests[3].ending",
                "\"fixd\" is not an ending of this scenario — use one of fixed, lost")), unknown.failures());
    }

    @Test
    void failedTestsAreErrorsInTheReport() {
        ScenarioReport report = new PlayTester(new TaggedScorer(), TaggedScorer.pool(), new CheckSettings(10, 1, 50, 1000))
                .check(SCENARIO, List.of(
                        new ScenarioTest("good", List.of("1"), "fixed", null, null, null),
                        new ScenarioTest("bad", List.of("2"), "fixed", null, null, null)));
        assertEquals(2, report.tests().size());
        assertTrue(report.tests().get(0).passed());
        List<Finding> failed = report.findings().stream().filter(f -> f.kind() == Finding.Kind.TEST_FAILED).toList();
        assertEquals(1, failed.size());
        assertEquals("tests[1].ending", failed.get(0).where());
        assertEquals("test \"bad\" failed: expected the ending fixed, but the replies reached lost (lost) — route taken:"
                + " opening —2→ lost", failed.get(0).message());
        assertTrue(report.failed());
    }
}
