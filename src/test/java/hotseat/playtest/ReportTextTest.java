package hotseat.playtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import hotseat.scenario.Outcome;
import hotseat.scenario.Scenario;
import hotseat.scenario.ScenarioTest;
import hotseat.scenario.SmallScenario;

class ReportTextTest {
    static final Scenario SCENARIO = SmallScenario.named("rewarded").title("A broken kettle")
            .node("opening", "It broke!", n -> n
                    .option("I'm sorry, I'll replace it today. [c90 a90 r90]", "fixed")
                    .option("Calm down. [c10 a10 r10]", "fixed_anyway")
                    .route("fixed", "acknowledgment", ">= 80")
                    .otherwise("lost"))
            .ending("fixed", Outcome.RESOLVED, "Thanks.")
            .ending("fixed_anyway", Outcome.RESOLVED, "Fine then.")
            .ending("lost", Outcome.LOST, "Bye.")
            .build();

    static ScenarioReport report() {
        return new PlayTester(new TaggedScorer(), TaggedScorer.pool(), new CheckSettings(100, 5, 50, 1000))
                .check(SCENARIO, List.of(new ScenarioTest("calm down loses", List.of("2"), null, Outcome.LOST, null, null)));
    }

    @Test
    void theReportSaysWhatWasPlayedAndLocatesEveryFinding() {
        String text = new ReportText(where -> "k.yaml:" + (where.isEmpty() ? "1:1" : where), false).render("k.yaml", report());
        assertTrue(text.startsWith("k.yaml: rewarded — A broken kettle\n"), text);
        assertTrue(text.contains("  explored  1 state, 5 replies tried; 3 of 3 endings reachable\n"), text);
        assertTrue(text.contains("  walks     100 random (seed 5): all ended; 1 to 1 turns, median 1\n"), text);
        assertTrue(text.contains("  nodes     1 of 1 reached\n"), text);
        assertTrue(text.contains("    ✗ FAIL  calm down loses\n"), text);
        assertTrue(text.contains("  shortest replies to each ending (for tests:)\n"
                + "    fixed         [1]\n"
                + "    fixed_anyway  [2]\n"
                + "    lost          [\"middling [c60 a50 r40]\"]\n"), text);
        assertTrue(text.contains("  k.yaml:nodes.opening.options[1]: error: at opening, option 2 (“Calm down. [c10 a10 r10]”"), text);
        assertTrue(text.contains("      replies: [2]\n"), text);
        assertTrue(text.contains("  k.yaml:tests[0].outcome: error: test \"calm down loses\" failed: expected the outcome lost,"), text);
        assertTrue(text.matches("(?s).*\n  fixed_anyway  resolved   +\\d+\\.\\d% +\\(\\d+\\)  + 10  10  10  + 10  10  10 .*"), text);
        assertFalse(text.contains("\u001b["), "no colour unless asked");
    }

    @Test
    void colourOnlyRepeatsTheWords() {
        String text = new ReportText(where -> "k.yaml", true).render("k.yaml", report());
        assertTrue(text.contains("\u001b[31merror\u001b[0m"), text);
        assertTrue(text.contains("\u001b[31m✗ FAIL\u001b[0m"), text);
    }

    @Test
    void examplesArePastableReplyLists() {
        assertEquals("[2, \"Calm \\\"down\\\"\", 1]", ReportText.example(List.of("2", "Calm \"down\"", "1")));
        String longOne = ReportText.example(java.util.Collections.nCopies(20, "1"));
        assertEquals("[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, …] (20 replies)", longOne);
    }

    @Test
    void theSummaryCountsFailuresErrorsAndWarnings() {
        String line = new ReportText(w -> w, false).summary(List.of(report()), 1);
        assertEquals("checked 2 scenarios: FAILED — 2 failed, " + (report().errors() + 1) + " errors, 0 warnings\n", line);
    }
}
