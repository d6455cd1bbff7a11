package hotseat.load;

import static hotseat.load.Tiny.check;
import static hotseat.load.Tiny.onlyProblem;
import static hotseat.load.Tiny.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hotseat.scenario.Severity;

/**
 * Mistakes trainers make that once got the wrong line, the wrong cause or no message at all: each
 * must now be reported where the trainer would look, naming the real cause and the fix.
 */
class AuthoringMistakesTest {

    // 1. A quote left open runs on to the next quote in the file.

    @Test
    void unclosedQuoteWithLaterQuotesPointsAtTheQuoteThatIsNotClosed() {
        String yaml = Tiny.with("says: My order is late.", "says: \"My order is late.")
                .replace("- text: I'm sorry, let me check.", "- text: \"I'm sorry, let me check.\"");
        Diagnostic d = onlyProblem(check(yaml), 11, "this quote is not closed on its line, so the text runs on to the next \" on line 13");
        assertEquals(new Location(11, 11), d.location());
        assertTrue(d.message().contains("add the closing \" at the end of line 11"), d::format);
    }

    // 2. A key indented under the wrong parent.

    @Test
    void nodeKeyIndentedUnderAnOptionIsToldToMoveLeft() {
        String yaml = Tiny.with("    model_answer:", "        model_answer:");
        Diagnostic d = onlyProblem(check(yaml), 17, "\"model_answer\" belongs to the node \"opening\", not to option 2 of the node"
                + " \"opening\" — it is indented too far: move it left to line up with says: (column 5)");
        assertEquals(new Location(17, 9), d.location());
    }

    @Test
    void nodeKeyIndentedAsANodeIdIsToldToIndent() {
        String yaml = Tiny.with("    tip: Apologise, then act.", "  tip: Apologise, then act.");
        onlyProblem(check(yaml), 18, "\"tip\" is a key of a node, but it is indented as if it were a node id under nodes:"
                + " — indent it to line up with says: (column 5), so it belongs to the node \"opening\"");
    }

    @Test
    void customerKeyAtTheTopLevelIsToldToIndentAndNotReportedMissing() {
        String yaml = Tiny.with("  mood: 50", "mood: 50");
        onlyProblem(check(yaml), 7, "\"mood\" belongs to customer: above (line 5), but it is not indented under it"
                + " — indent it to line up with name: (column 3)");
    }

    // 3. Invisible and look-alike characters.

    @Test
    void noBreakSpaceAfterAKeysColonIsNamedWithItsColumn() {
        Diagnostic d = onlyProblem(check(Tiny.with("tip: Apologise", "tip:\u00A0Apologise")), 18,
                "the colon after \"tip\" is followed by a no-break space (U+00A0) at column 9, not an ordinary space");
        assertEquals(new Location(18, 9), d.location());
    }

    @Test
    void zeroWidthSpaceInAKeyIsNamedWithItsColumn() {
        Diagnostic d = onlyProblem(check(Tiny.with("    tip:", "    ti\u200Bp:")), 18,
                "the key \"tip\" has a zero-width space (U+200B) at column 7 hidden in it");
        assertEquals(new Location(18, 7), d.location());
    }

    @Test
    void noBreakSpaceInTheIndentationIsNamed() {
        onlyProblem(check(Tiny.with("  opening:\n", "\u00A0 opening:\n")), 10,
                "a no-break space (U+00A0) at column 1 comes before the key \"opening\": YAML does not count it as indentation");
    }

    @Test
    void typographicQuotesThatBreakTheLineAreNamed() {
        Diagnostic d = onlyProblem(check(Tiny.with("- text: Not my problem.", "- text: \u201CNot my problem: yours.\u201D")), 15,
                "this text starts with the typographic quote \u201C (U+201C) at column 15, which YAML does not read as a quote");
        assertTrue(d.message().endsWith("use straight double quotes \"...\" around the text"), d::format);
    }

    @Test
    void textWrappedInTypographicQuotesIsAWarning() {
        Diagnostic d = onlyProblem(check(Tiny.with("says: My order is late.", "says: \u201CMy order is late.\u201D")), 11,
                "wrapped in the typographic quotes \u201C \u201D (U+201C, U+201D), which YAML does not read as quotes");
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(new Location(11, 11), d.location());
    }

    @Test
    void typographicQuotesInsideTextAreFine() {
        assertEquals(List.of(), check(Tiny.with("says: My order is late.", "says: It says \u201Cdelivered\u201D. Where?")));
    }

    // 4. A loop with no way out names the loop and the next: that closes it.

    @Test
    void loopWithNoWayOutIsNamedAtTheNextThatClosesIt() {
        String yaml = Tiny.with("        next: gone\n", "        next: asks\n").replace("endings:\n", """
                  asks:
                    says: And?
                    options:
                      - text: Let me look again.
                        next: checks
                    model_answer: I'll look now.
                    tip: Act.
                  checks:
                    says: Well?
                    options:
                      - text: Still looking.
                        next: asks
                    model_answer: Found it.
                    tip: Conclude.
                endings:
                """);
        List<Diagnostic> found = check(yaml);
        Diagnostic d = problem(found, 30, "the nodes asks → checks → asks go round in a loop from which no ending can be reached"
                + " — this next: closes the loop; send it, or another reply of \"asks\" or \"checks\", to an ending");
        assertEquals(new Location(30, 15), d.location());
        assertEquals(Severity.ERROR, d.severity());
        problem(found, 37, "the ending \"gone\" is never reached");
        assertEquals(2, found.size(), () -> Tiny.lines(found));
    }

    @Test
    void nodeLeadingOnlyIntoALoopNamesTheLoop() {
        String yaml = Tiny.with("        next: fixed\n", "        next: asks\n").replace("        next: gone\n", "        next: asks\n")
                .replace("endings:\n", """
                  asks:
                    says: And?
                    options:
                      - text: Again.
                        next: asks
                    model_answer: I'll look now.
                    tip: Act.
                endings:
                """);
        List<Diagnostic> found = check(yaml);
        problem(found, 10, "no ending can be reached from the node \"opening\": every reply leads into the loop asks → asks");
        problem(found, 23, "the node \"asks\" leads back to itself (asks → asks)");
    }

    // 5. The editor's schema line points at a file that does not exist.

    @Test
    void schemaLineToAMissingFileIsAWarning(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "# yaml-language-server: $schema=./hotseat.schema.json\n" + Tiny.YAML, StandardCharsets.UTF_8);
        List<Diagnostic> found = new ScenarioChecker().check(file, "mine.yaml").diagnostics();
        assertEquals(1, found.size(), () -> Tiny.lines(found));
        Diagnostic d = found.get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(new Location(1, 33), d.location());
        assertTrue(d.message().startsWith("the editor's schema line points at ./hotseat.schema.json, which does not exist,"
                + " so editors have quietly stopped checking and completing this file"), d::format);
    }

    @Test
    void schemaLineSuggestsTheSchemaInAFolderAbove(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("hotseat.schema.json"), "{}");
        Path file = Files.createDirectories(dir.resolve("team")).resolve("mine.yaml");
        Files.writeString(file, "# yaml-language-server: $schema=./hotseat.schema.json\n" + Tiny.YAML, StandardCharsets.UTF_8);
        Diagnostic d = new ScenarioChecker().check(file, "mine.yaml").diagnostics().get(0);
        assertTrue(d.message().endsWith("point it at ../hotseat.schema.json, the schema nearest this file"), d::format);
        Files.writeString(file, "# yaml-language-server: $schema=../hotseat.schema.json\n" + Tiny.YAML, StandardCharsets.UTF_8);
        assertEquals(List.of(), new ScenarioChecker().check(file, "mine.yaml").diagnostics());
    }

    // 6. A scenario test naming an ending or option that does not exist.

    @Test
    void testNamingAMissingEndingIsReportedByValidation() {
        String yaml = Tiny.YAML + "tests:\n  - name: sorry fixes it\n    replies: [1]\n    ending: fixd\n";
        Diagnostic d = onlyProblem(check(yaml), 29, "test \"sorry fixes it\" expects the ending \"fixd\", which is not an ending"
                + " of this scenario — did you mean \"fixed\"?");
        assertEquals(new Location(29, 13), d.location());
    }

    @Test
    void testNamingANodeAsItsEnding() {
        String yaml = Tiny.YAML + "tests:\n  - name: x\n    replies: [1]\n    ending: opening\n";
        onlyProblem(check(yaml), 29, "expects the ending \"opening\", but that is a node, and a test ends at an ending — name one of fixed, gone");
    }

    @Test
    void testPickingAnOptionThatDoesNotExist() {
        String yaml = Tiny.YAML + "tests:\n  - name: rude loses\n    replies: [3]\n    outcome: lost\n";
        Diagnostic d = onlyProblem(check(yaml), 28, "test \"rude loses\": reply 1 picks option 3, but the node \"opening\" it is"
                + " given at has 2 options — pick 1 to 2");
        assertEquals(new Location(28, 15), d.location());
    }

    // 7. A node id written twice.

    @Test
    void duplicatedNodeIdAdvisesRenamingTheCopy() {
        String yaml = Tiny.with("endings:\n", "  opening:\n    says: A copy.\n    options:\n      - text: Ok.\n        next: fixed\nendings:\n");
        Diagnostic d = onlyProblem(check(yaml), 19, "the node id \"opening\" is used twice (first on line 10)");
        assertTrue(d.message().contains("rename it (such as \"opening_2\") and point a next: at the new name"), d::format);
        assertTrue(!d.message().contains("keep one of them"), d::format);
    }

    // 8. A missing start (see also ValidationTest.missingStart).

    @Test
    void missingStartPointsAtWhereItBelongs() {
        Diagnostic d = onlyProblem(check(Tiny.with("start: opening\n", "")), 8, "add the line \"start: opening\" just above nodes:");
        assertEquals(new Location(8, 1), d.location());
    }

    // 9. A starting mood so close to a trigger that one poor reply fires it.

    @Test
    void moodTriggerOnePoorReplyAwayIsAWarningWithTheNumbers() {
        String yaml = Tiny.with("mood: 50", "mood: 75") + "mood_rules:\n  triggers:\n    - mood: \">= 85\"\n      next: gone\n";
        Diagnostic d = onlyProblem(check(yaml), 28, "the customer starts at mood 75, and one poor reply (calmness 30, acknowledgment 20,"
                + " resolution 20) raises it by 11 to 86, which meets this trigger (mood >= 85): a trainee's first slip sends the"
                + " conversation to \"gone\" — start the mood at 73 or lower, or set the trigger to \">= 87\" or higher");
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(new Location(28, 13), d.location());
    }

    @Test
    void moodTriggerAlreadyMetAtTheStart() {
        String yaml = Tiny.with("mood: 50", "mood: 90") + "mood_rules:\n  triggers:\n    - mood: \">= 85\"\n      next: gone\n";
        onlyProblem(check(yaml), 28, "the customer starts at mood 90, which already meets this trigger (mood >= 85)");
    }

    @Test
    void moodTriggerOutOfReachOfOnePoorReplyIsFine() {
        String yaml = Tiny.with("mood: 50", "mood: 70") + "mood_rules:\n  triggers:\n    - mood: \">= 85\"\n      next: gone\n";
        assertEquals(List.of(), check(yaml));
    }

    // 10. An emotion longer than the screen shows.

    @Test
    void emotionLongerThanTheScreenShowsIsAWarning() {
        String yaml = Tiny.with("    says: My order is late.\n", "    says: My order is late.\n    emotion: anxious under all that bluster\n");
        Diagnostic d = onlyProblem(check(yaml), 12, "the emotion \"anxious under all that bluster\" is 30 characters, and the screen"
                + " has room for 20 beside the mood meter, so trainees see \"anxious under all t…\"");
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(new Location(12, 14), d.location());
    }

    @Test
    void shortPhraseEmotionIsFine() {
        assertEquals(List.of(), check(Tiny.with("    says: My order is late.\n", "    says: My order is late.\n    emotion: fed up\n")));
    }
}
