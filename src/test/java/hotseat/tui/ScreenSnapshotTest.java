package hotseat.tui;

import org.junit.jupiter.api.Test;

import com.googlecode.lanterna.input.KeyType;

import hotseat.conversation.Mode;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whole screens, driven by scripted keys and compared cell for cell with the expected text in
 * src/test/resources/tui. After a deliberate change to the layout, rewrite them with
 * {@code ./mvnw test -Dtest=ScreenSnapshotTest -Dhotseat.snapshots=update} and read the diff.
 */
class ScreenSnapshotTest {

    @Test
    void pickerListsTheLibraryWithTheBriefingAsPreview() {
        Script s = Script.picker().size(80, 24);
        ScreenText.assertMatches("picker-80x24", s.screen());
        s.key(KeyType.ArrowDown);
        ScreenText.assertMatches("picker-second-80x24", s.screen());
    }

    @Test
    void thePickerShowsAtOnceAndFillsInWhenTheLibraryArrives() {
        Script s = new Script(UiState.loading(Mode.PRACTICE)).size(80, 24);
        ScreenText.assertMatches("picker-loading-80x24", s.screen());
        s.send(new Msg.LibraryLoaded(TestScenarios.library(), null));
        ScreenText.assertMatches("picker-80x24", s.screen());
    }

    @Test
    void briefingComesBeforeTheCustomerSpeaks() {
        Script s = Script.picker().size(80, 24).key(KeyType.Enter);
        ScreenText.assertMatches("briefing-80x24", s.screen());
    }

    @Test
    void aWelcomeBackLeadsTheBriefingsBottomLineOnTheFirstFrameAndGoesWithTheFirstKey() {
        String welcome = "Welcome back, alice: taking your run up where you left it.";
        Script s = new Script(UiState.briefing(TestScenarios.playable(TestScenarios.parcel()), Mode.PRACTICE).withNotice(welcome))
                .size(100, 30);
        ScreenText.assertMatches("briefing-welcome-back-100x30", s.screen());
        String bottom = s.screen().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(bottom.contains(welcome) && bottom.contains("Enter begin"), bottom);
        s.key(KeyType.Enter);
        assertTrue(!s.screen().contains("Welcome back"), s.screen());
    }

    @Test
    void aNodeWithOptionsAndAReplyBox() {
        Script s = Script.briefing(Mode.PRACTICE).size(80, 24).key(KeyType.Enter);
        ScreenText.assertMatches("node-options-80x24", s.screen());
    }

    @Test
    void typingWrapsInTheBoxAndShowsTheCursor() {
        Script s = Script.briefing(Mode.PRACTICE).size(80, 24).key(KeyType.Enter).key(KeyType.Tab)
                .type("I am so sorry about the parcel, that sounds really stressful with the birthday so close. "
                        + "Let me look it up")
                .key(KeyType.ArrowLeft).key(KeyType.ArrowLeft);
        ScreenText.assertMatches("typing-80x24", s.screen());
    }

    @Test
    void emojiInTheBoxTakeTwoColumnsAndNearTheLimitTheBoxCountsDown() {
        Script s = Script.briefing(Mode.PRACTICE).size(80, 24).key(KeyType.Enter).key(KeyType.Tab)
                .type("x🙏y — so sorry 😡🎂 ".repeat(10).strip());
        ScreenText.assertMatches("typing-emoji-80x24", s.screen());
        s.type("z".repeat(TextBox.MAX_LENGTH - TextBox.SHOW_REMAINING));
        ScreenText.assertMatches("typing-near-limit-80x24", s.screen());
    }

    @Test
    void practiceModeShowsTheCoachingNoteAfterAReply() {
        Script s = Script.briefing(Mode.PRACTICE).size(80, 24).key(KeyType.Enter).type("1");
        ScreenText.assertMatches("coaching-note-80x24", s.screen());
    }

    @Test
    void assessmentModeHoldsTheNoteBack() {
        Script s = Script.briefing(Mode.ASSESS).size(80, 24).key(KeyType.Enter).type("1");
        ScreenText.assertMatches("assess-80x24", s.screen());
    }

    @Test
    void helpListsTheKeys() {
        Script s = Script.briefing(Mode.PRACTICE).size(80, 24).key(KeyType.Enter).type("?");
        ScreenText.assertMatches("help-80x24", s.screen());
    }

    @Test
    void debriefIsAScrollablePage() {
        Script s = Script.briefing(Mode.PRACTICE).size(80, 24).key(KeyType.Enter).type("1").type("1");
        ScreenText.assertMatches("ended-80x24", s.screen());
        s.key(KeyType.Enter);
        ScreenText.assertMatches("debrief-80x24", s.screen());
        s.key(KeyType.PageDown);
        ScreenText.assertMatches("debrief-page2-80x24", s.screen());
    }

    @Test
    void theHeaderShowsOneFeelingAndTheMoodAsANumber() {
        Script s = Script.briefing(Mode.PRACTICE).size(80, 24).key(KeyType.Enter);
        String feelingRow = s.screen().lines().toList().get(2);
        assertTrue(feelingRow.contains("Feeling: angry") && feelingRow.strip().endsWith("62/100"), feelingRow);
        s.type("1").type("1");
        String endRow = s.screen().lines().toList().get(2);
        assertTrue(endRow.contains("Feeling: irritated") && endRow.strip().endsWith("43/100"),
                "at the end, the feeling of the mood the conversation ended on: " + endRow);
    }

    @Test
    void aTerminalBelow80x24AsksForABiggerWindow() {
        Script s = Script.briefing(Mode.PRACTICE).size(60, 20).key(KeyType.Enter);
        ScreenText.assertMatches("too-small-60x20", s.screen());
    }

    @Test
    void aLargerTerminalUsesTheRoom() {
        Script s = Script.briefing(Mode.PRACTICE).size(100, 30).key(KeyType.Enter).type("1");
        ScreenText.assertMatches("coaching-note-100x30", s.screen());
    }

    @Test
    void confirmQuitLiesOverTheConversation() {
        Script s = Script.briefing(Mode.PRACTICE).size(80, 24).key(KeyType.Enter).type("q");
        String screen = s.screen();
        ScreenText.assertMatches("confirm-quit-80x24", screen);
        assertTrue(screen.contains("Quit this run?"));
    }
}
