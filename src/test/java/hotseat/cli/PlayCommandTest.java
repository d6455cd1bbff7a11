package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hotseat.session.RunRecord;

class PlayCommandTest {
    @TempDir
    Path runs;

    private final String scenario = Run.resource("play/late-parcel.yaml");

    private String db() {
        return runs.resolve("hotseat.db").toString();
    }

    private RunRecord newestRun() throws Exception {
        return SavedRuns.newest(Path.of(db()));
    }

    /** A whole run from an answers file, compared with the expected transcript and debrief. */
    @Test
    void aWholePlainRunMatchesTheGoldenTranscript() throws Exception {
        Run r = Run.withInput("", "play", scenario, "--plain", "--answers",
                Run.resource("play/answers-resolved.txt"), "--seed", "1", "--db", db());
        assertEquals(0, r.exit(), r.toString());
        Path expected = Path.of("src/test/resources/play/expected-resolved.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, r.out(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), r.out(),
                "run with -Dgolden.update=true to rewrite the expected file after a deliberate change");
        assertTrue(r.err().startsWith("Run saved: 20260301-100000-late-parcel in " + db() + " (seed 1)"), r.err());
        RunRecord saved = newestRun();
        assertEquals(System.getenv().getOrDefault("USER", System.getProperty("user.name")), saved.trainee(),
                "the login name, when no --trainee is given");
        assertTrue(saved.finished());
        assertEquals("resolved", saved.outcome());
        assertEquals(List.of("option", "undo", "hint", "option", "option"),
                saved.actions().stream().map(a -> a.kind()).toList());
    }

    @Test
    void anAnswersFileThatRunsOutLeavesAnUnfinishedRunThatStillRenders() throws Exception {
        Run r = Run.withInput("", "play", scenario, "--answers", Run.resource("play/answers-short.txt"),
                "--seed", "5", "--db", db());
        assertEquals(3, r.exit(), "stopped before an ending: " + r);
        assertTrue(r.out().contains("The answers file ran out before the conversation ended; the run is saved as unfinished."), r.out());
        assertTrue(r.out().contains("Outcome: unfinished"), r.out());
        RunRecord saved = newestRun();
        assertFalse(saved.finished());
        assertEquals(1, saved.debrief().turns().size());

        Run again = Run.withInput("", "debrief", saved.id(), "--db", db());
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().contains("Outcome: unfinished"), again.out());
        assertTrue(again.out().contains("You (option 2): \"Calm down, please. These things happen.\""), again.out());
    }

    @Test
    void closedInputLeavesTheRunOnDiskMarkedUnfinished() throws Exception {
        Run r = Run.withInput("1\n", "play", scenario, "--plain", "--db", db());
        assertEquals(3, r.exit(), "stopped before an ending: " + r);
        assertTrue(r.out().contains("Input ended before the conversation did"), r.out());
        RunRecord saved = newestRun();
        assertFalse(saved.finished());
        assertEquals(1, saved.debrief().turns().size());
        assertEquals("option 1", saved.debrief().turns().get(0).replyKind());
    }

    @Test
    void inputThatEndsWithTheConversationExitsWithZero() {
        Run r = Run.withInput("1\n1\n", "play", scenario, "--plain", "--db", db());
        assertTrue(r.out().contains("--- The conversation ends: resolved ---"), r.out());
        assertEquals(0, r.exit(), r.toString());
        Run none = Run.withInput("", "play", scenario, "--plain", "--db", db());
        assertEquals(3, none.exit(), "a run begun and given no reply is unfinished: " + none);
    }

    /** Wide characters take two columns, a combining accent none, an em dash one. */
    @Test
    void theTitleIsUnderlinedToItsWidthOnScreen() throws Exception {
        Path wide = runs.resolve("wide-title.yaml");
        Files.writeString(wide, Files.readString(Path.of(scenario))
                .replace("title: The late parcel", "title: \"誕生日の荷物 — late 📦 cafe\\u0301\""));
        Run r = Run.withInput("", "play", wide.toString(), "--plain", "--db", db());
        List<String> lines = r.out().lines().toList();
        assertEquals("誕生日の荷物 — late 📦 cafe\u0301  (difficulty 2 of 5, practice)", lines.get(0), r.toString());
        // 6 wide characters (12) + " — late " (8) + the parcel emoji (2) + " café" (5)
        assertEquals("=".repeat(27), lines.get(1));
    }

    @Test
    void assessmentHoldsTheCoachingBack() {
        Run r = Run.withInput("1\n2\n", "play", scenario, "--assess", "--db", db());
        assertEquals(0, r.exit(), r.toString());
        String conversation = r.out().substring(0, r.out().indexOf("Debrief: "));
        String debrief = r.out().substring(r.out().indexOf("Debrief: "));
        assertFalse(conversation.contains("Coach:"), r.out());
        assertFalse(conversation.contains("calmness"), "no scores during the conversation either");
        assertTrue(debrief.contains("Coach: You named the wait and the party"), "the notes held back appear in the debrief");
        assertTrue(r.out().contains("--- The conversation ends: lost ---"), r.out());
        assertTrue(r.out().contains("Debrief: The late parcel  (assess)"), r.out());
    }

    @Test
    void aMoodTriggerSendsTheCustomerToTheManager() {
        // hostile typed reply: 70 + 16 + 12 = 98 >= 90, so the trigger overrides the route
        Run r = Run.withInput("[c0 a0 r0] whatever\n1\n", "play", scenario, "--db", db());
        assertTrue(r.out().contains("\"That's it. Put me through to your manager.\""), r.out());
        assertTrue(r.out().contains("--- The conversation ends: escalated ---"), r.out());
        assertTrue(r.out().contains("The customer's mood reached 98 (>= 90), so the conversation went to"), r.out());
    }

    @Test
    void theDebriefCanBeWrittenToAFileInAnyFormat() throws Exception {
        Path html = runs.resolve("out/debrief.html");
        Run r = Run.withInput("1\n1\n", "play", scenario, "--db", db(),
                "--debrief-format", "html", "--debrief-out", html.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("Debrief written to " + html), r.out());
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void usageMistakesExitWithTwo() {
        Run noScenario = Run.withInput("", "play", "--plain", "--db", db());
        assertEquals(2, noScenario.exit());
        assertTrue(noScenario.err().startsWith("hotseat: error: give a scenario to play"), noScenario.err());
        Run badFormat = Run.withInput("", "play", scenario, "--debrief-format", "pdf");
        assertEquals(2, badFormat.exit());
        assertTrue(badFormat.err().contains("\"pdf\" is not a debrief format"), badFormat.err());
        Run noAnswers = Run.withInput("", "play", scenario, "--answers", runs.resolve("nope.txt").toString(),
                "--db", db());
        assertEquals(2, noAnswers.exit());
        assertTrue(noAnswers.err().contains("no such answers file"), noAnswers.err());
    }

    /** "" would otherwise be read as the current folder. */
    @Test
    void anEmptyArgumentIsAUsageMistakeNamingTheFix() {
        String dir = db();
        List<List<String>> commands = List.of(
                List.of("play", "", "--plain", "--db", dir),
                List.of("graph", ""),
                List.of("validate", ""),
                List.of("list", ""),
                List.of("check", ""),
                List.of("debrief", "", "--db", dir),
                List.of("replay", "", "--db", dir));
        for (List<String> command : commands) {
            Run r = Run.withInput("1\n", command.toArray(String[]::new));
            String name = command.get(0);
            assertEquals(2, r.exit(), name + ": " + r);
            assertTrue(r.err().startsWith("hotseat: error: the "), name + ": " + r.err());
            assertTrue(r.err().contains(" is empty — give "), name + ": " + r.err());
            assertEquals(1, r.err().lines().count(), name + ": " + r.err());
            assertEquals("", r.out(), name + ": nothing is played or listed");
        }
        Run play = Run.withInput("1\n", "play", "", "--plain", "--db", dir);
        assertEquals("hotseat: error: the scenario is empty — give a scenario file, or the id of a built-in scenario"
                + " from `hotseat list`", play.err().strip());
    }

    @Test
    void anInvalidScenarioIsReportedAsValidateWouldAndNotPlayed() throws Exception {
        Path broken = runs.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(Path.of(scenario)).replace("next: gone", "next: gnoe"));
        Run r = Run.withInput("1\n", "play", broken.toString(), "--db", db());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains(broken + ":"), r.err());
        assertTrue(r.err().contains("gnoe"), r.err());
        assertFalse(r.out().contains("Dana"), "nothing is played");
    }

    @Test
    void anAnswersFileThatIsNotUtf8IsOneClearError() throws Exception {
        Path latin1 = runs.resolve("answers.txt");
        Files.write(latin1, new byte[] {'1', '\n', (byte) 0xE9, 't', 'e', '\n'});
        Run r = Run.withInput("", "play", scenario, "--answers", latin1.toString(), "--db", db());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().startsWith("hotseat: error: " + latin1 + ": the answers file is not UTF-8 text"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void anUnknownScenarioIsOneClearError() {
        Run r = Run.withInput("", "play", "no-such-scenario", "--db", db());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("hotseat: error: no-such-scenario: no such file, and no built-in scenario has this id"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
