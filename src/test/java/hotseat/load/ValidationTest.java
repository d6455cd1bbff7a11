package hotseat.load;

import static hotseat.load.Tiny.check;
import static hotseat.load.Tiny.onlyProblem;
import static hotseat.load.Tiny.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import hotseat.scenario.Severity;

/** Each validator check, through the loader, so that every problem is asserted with its line. */
class ValidationTest {

    private static final String TYPED = """
                typed:
                  routes:
                    - when: {acknowledgment: ">= 60"}
                      next: fixed
                  otherwise: gone
            """;

    @Test
    void theTinyScenarioIsClean() {
        assertEquals(List.of(), check(Tiny.YAML));
    }

    @Test
    void nextNamingNoNodeSuggestsTheNearest() {
        List<Diagnostic> found = check(Tiny.with("next: gone", "next: gnoe"));
        Diagnostic d = problem(found, 16, "\"gnoe\" is not a node or an ending — did you mean \"gone\"?");
        problem(found, 23, "the ending \"gone\" is never reached");
        assertEquals(2, found.size());
        assertEquals(new Location(16, 15), d.location());
        assertEquals(Severity.ERROR, d.severity());
    }

    @Test
    void nextNamingNothingNear() {
        problem(check(Tiny.with("next: gone", "next: elsewhere_entirely")), 16,
                "\"elsewhere_entirely\" is not a node or an ending — add a node or ending with that id");
    }

    @Test
    void missingStart() {
        List<Diagnostic> found = check(Tiny.with("start: opening\n", ""));
        // reported where start: belongs, on the line of nodes:, with the line to write
        Diagnostic d = onlyProblem(found, 8, "the scenario has no start — add the line \"start: opening\" just above nodes:");
        assertEquals(new Location(8, 1), d.location());
    }

    @Test
    void unknownStart() {
        onlyProblem(check(Tiny.with("start: opening", "start: openin")), 8,
                "start names \"openin\", which is not a node — did you mean \"opening\"?");
    }

    @Test
    void startAtAnEnding() {
        List<Diagnostic> found = check(Tiny.with("start: opening", "start: fixed"));
        problem(found, 8, "start names the ending \"fixed\" — start at a node");
    }

    @Test
    void unreachableNodeIsAWarning() {
        String yaml = Tiny.with("endings:\n", """
                  orphan:
                    says: Hello?
                    options:
                      - text: Bye.
                        next: gone
                    model_answer: Goodbye.
                    tip: None needed.
                endings:
                """);
        Diagnostic d = onlyProblem(check(yaml), 19, "the node \"orphan\" cannot be reached from the start \"opening\"");
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.format().startsWith("t.yaml:19:3: warning: "), d::format);
    }

    @Test
    void unreachableEndingIsAWarning() {
        String yaml = Tiny.with("        next: gone\n", "        next: fixed\n");
        // the two options now also share a target; only the ending is unreachable
        onlyProblem(check(yaml), 23, "the ending \"gone\" is never reached");
    }

    @Test
    void nodeFromWhichNoEndingCanBeReached() {
        String yaml = Tiny.with("        next: gone\n", "        next: loop\n").replace("endings:\n", """
                  loop:
                    says: Round we go.
                    options:
                      - text: Again.
                        next: loop
                    model_answer: Let me end this.
                    tip: Find the way out.
                endings:
                """);
        List<Diagnostic> found = check(yaml);
        // at the next: that closes the loop, naming it
        problem(found, 23, "the node \"loop\" leads back to itself (loop → loop) from which no ending can be reached"
                + " — this next: closes the loop");
        problem(found, 30, "the ending \"gone\" is never reached");
        assertEquals(2, found.size(), () -> Tiny.lines(found));
    }

    @Test
    void nodeWithNoWayToAnswer() {
        String yaml = Tiny.with("endings:\n", """
                  stuck:
                    says: Well?
                    model_answer: Here is what I will do.
                    tip: Always offer a reply.
                endings:
                """).replace("        next: gone\n", "        next: stuck\n");
        List<Diagnostic> found = check(yaml);
        problem(found, 19, "the node \"stuck\" gives the trainee no way to answer — add options:, typed:, or both");
    }

    @Test
    void duplicateOptionText() {
        onlyProblem(check(Tiny.with("Not my problem.", "i'm sorry,  let me CHECK.")), 15,
                "options 1 and 2 have the same text");
    }

    @Test
    void emptyCustomerLine() {
        onlyProblem(check(Tiny.with("says: My order is late.", "says: \"  \"")), 11, "the customer's line is empty");
    }

    @Test
    void emptyMoodBandLine() {
        onlyProblem(check(Tiny.with("    says: My order is late.\n", "    says:\n      calm: Hi.\n      furious: \"\"\n")), 13,
                "the furious line is empty");
    }

    @Test
    void difficultyOutOfRange() {
        onlyProblem(check(Tiny.with("difficulty: 2", "difficulty: 6")), 4, "difficulty is 6 — use 1 (gentle) to 5 (very hard)");
    }

    @Test
    void moodOutOfRange() {
        onlyProblem(check(Tiny.with("mood: 50", "mood: 120")), 7, "the starting mood is 120 — use 0 (at ease) to 100");
    }

    @Test
    void scoreHintOutOfRange() {
        onlyProblem(check(Tiny.with("        next: fixed\n", "        next: fixed\n        scores: {calmness: 90, resolution: 101}\n")),
                15, "the resolution score is 101 — use 0 to 100");
    }

    @Test
    void typedWithoutOtherwise() {
        String yaml = Tiny.with("    model_answer:", TYPED.replace("      otherwise: gone\n", "") + "    model_answer:");
        onlyProblem(check(yaml), 17, "typed replies have no otherwise:");
    }

    @Test
    void typedOtherwiseNamingNothing() {
        String yaml = Tiny.with("    model_answer:", TYPED.replace("otherwise: gone", "otherwise: gon") + "    model_answer:");
        onlyProblem(check(yaml), 21, "\"gon\" is not a node or an ending — did you mean \"gone\"?");
    }

    @Test
    void routeWithoutConditions() {
        String yaml = Tiny.with("    model_answer:", TYPED.replace("{acknowledgment: \">= 60\"}", "{}") + "    model_answer:");
        onlyProblem(check(yaml), 19, "route 1 has no conditions");
    }

    @Test
    void unusedSynonymsAreAWarning() {
        String yaml = Tiny.YAML + "synonyms:\n  refund: [money back]\n";
        Diagnostic d = onlyProblem(check(yaml), 27, "synonyms are given for \"refund\", but no route's phrases: mention it");
        assertEquals(Severity.WARNING, d.severity());
    }

    @Test
    void usedSynonymsAreFine() {
        String yaml = Tiny.with("    model_answer:", TYPED.replace("{acknowledgment: \">= 60\"}", "{phrases: [Refund]}")
                + "    model_answer:") + "synonyms:\n  refund: [money back]\n";
        assertEquals(List.of(), check(yaml));
    }

    @Test
    void moodTriggerTargetMustExist() {
        String yaml = Tiny.YAML + "mood_rules:\n  triggers:\n    - mood: \">= 90\"\n      next: manager\n";
        onlyProblem(check(yaml), 29, "\"manager\" is not a node or an ending");
    }

    @Test
    void moodTriggerTargetCountsAsReachable() {
        String yaml = Tiny.with("        next: gone\n", "        next: fixed\n")
                + "mood_rules:\n  triggers:\n    - mood: \">= 90\"\n      next: gone\n";
        assertEquals(List.of(), check(yaml));
    }

    @Test
    void unreadableNodeIdIsAWarning() {
        String yaml = Tiny.with("start: opening", "start: Opening Line").replace("  opening:\n", "  Opening Line:\n");
        Diagnostic d = onlyProblem(check(yaml), 10, "the node id \"Opening Line\" is not a readable word");
        assertEquals(Severity.WARNING, d.severity());
    }

    @Test
    void missingModelAnswerAndTipAreWarnings() {
        List<Diagnostic> found = check(Tiny.with("    model_answer: I'm sorry it's late; I'll check now.\n    tip: Apologise, then act.\n", ""));
        assertEquals(2, found.size(), () -> Tiny.lines(found));
        assertTrue(found.stream().allMatch(d -> d.severity() == Severity.WARNING));
        problem(found, 10, "has no model_answer");
        problem(found, 10, "has no tip");
    }

    @Test
    void sameIdForANodeAndAnEnding() {
        String yaml = Tiny.with("  gone:\n    outcome: lost\n    text: Sam hangs up.\n",
                "  gone:\n    outcome: lost\n    text: Sam hangs up.\n  opening:\n    outcome: lost\n    text: x\n");
        problem(check(yaml), 10, "\"opening\" is both a node and an ending");
    }

    @Test
    void emptyEndingText() {
        onlyProblem(check(Tiny.with("text: Sam is happy.", "text: \"\"")), 22, "the ending \"fixed\" has no text");
    }

    @Test
    void noNodesAndNoEndings() {
        List<Diagnostic> found = check("id: empty\ntitle: E\nbriefing: B\ndifficulty: 1\ncustomer: {name: A, mood: 1}\n"
                + "start: a\nnodes: {}\nendings: {}\n");
        problem(found, 7, "the scenario has no nodes");
        problem(found, 8, "the scenario has no endings");
    }

    @Test
    void negativeMoodWeight() {
        onlyProblem(check(Tiny.YAML + "mood_rules:\n  calmness: -2\n"), 27, "the calmness weight is -2.0 — use a number of 0 or more");
    }
}
