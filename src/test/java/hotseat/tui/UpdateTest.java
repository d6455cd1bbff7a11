package hotseat.tui;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.googlecode.lanterna.input.KeyType;

import hotseat.conversation.Action;
import hotseat.conversation.Mode;
import hotseat.conversation.Reply;
import hotseat.conversation.ReplyLimit;
import hotseat.scenario.Scenario;
import hotseat.session.MemoryRecorder;
import hotseat.session.RecordedAction;
import hotseat.session.RunRecorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpdateTest {

    private static Script playing(Mode mode) {
        return playing(TestScenarios.parcel(), mode, RunRecorder.NOWHERE);
    }

    /** At the first turn of {@code scenario}, the run kept by {@code recorder}. */
    private static Script playing(Scenario scenario, Mode mode, RunRecorder recorder) {
        return new Script(UiState.briefing(TestScenarios.playable(scenario), mode), recorder).size(80, 24).key(KeyType.Enter);
    }

    @Test
    void thePickerChoosesAScenarioAndTheBriefingBeginsIt() {
        Script s = Script.picker().size(80, 24).key(KeyType.ArrowDown).key(KeyType.Enter);
        assertEquals(Screen.BRIEFING, s.state.screen());
        assertEquals("double-charge", s.state.scenario().id());
        s.key(KeyType.Escape);
        assertEquals(Screen.PICKER, s.state.screen());
        s.key(KeyType.Enter).key(KeyType.Enter);
        assertEquals(Screen.PLAYING, s.state.screen());
        assertEquals("start", s.state.conversation().at());
        assertEquals(List.of(new Effect.Begin(TestScenarios.library().get(1))), s.effects(Effect.Begin.class),
                "the run of the scenario chosen begins");
    }

    @Test
    void whileTheLibraryLoadsOnlyHelpAndQuitWork() {
        Script s = new Script(UiState.loading(Mode.PRACTICE)).size(80, 24).key(KeyType.Enter).key(KeyType.ArrowDown);
        assertEquals(Screen.PICKER, s.state.screen());
        s.send(new Msg.LibraryLoaded(TestScenarios.library(), null)).key(KeyType.ArrowDown);
        assertEquals(1, s.state.choice());
        Script empty = new Script(UiState.loading(Mode.PRACTICE)).size(80, 24)
                .send(new Msg.LibraryLoaded(java.util.List.of(), "nothing to play")).key(KeyType.Enter);
        assertEquals(Screen.PICKER, empty.state.screen());
        assertTrue(empty.screen().contains("No scenario can be played."), empty.screen());
        empty.type("q");
        assertEquals(1, empty.effects(Effect.Quit.class).size());
    }

    @Test
    void aDigitPicksThatOptionAndTheRunIsSaved() {
        MemoryRecorder kept = new MemoryRecorder();
        Script s = playing(TestScenarios.parcel(), Mode.PRACTICE, kept).type("1");
        assertEquals(1, s.state.conversation().turns().size());
        assertEquals(new Reply.Pick(1), s.state.conversation().turns().get(0).reply());
        assertEquals("checks_order", s.state.conversation().at());
        assertEquals(List.of(new Effect.Apply(Action.answer(Reply.pick(1)))), s.effects(Effect.Apply.class));
        assertEquals(2, kept.saved.size(), "saved when it began and after the reply");
        assertEquals(List.of("option"), kept.last().actions().stream().map(RecordedAction::kind).toList());
    }

    @Test
    void aNumberWithoutAnOptionIsExplainedNotSent() {
        Script s = playing(Mode.PRACTICE).type("7");
        assertTrue(s.state.conversation().turns().isEmpty());
        assertEquals("There is no option 7. Pick 1–3, or press Tab to type your own reply.", s.state.notice());
        s.key(KeyType.PageUp);
        assertNull(s.state.notice(), "a notice lasts until the next key");
    }

    @Test
    void typingGoesIntoTheBoxAndEnterSendsIt() {
        Script s = playing(Mode.PRACTICE).key(KeyType.Tab).type("sorry 1 q?h").key(KeyType.Backspace);
        assertEquals(Focus.TEXT, s.state.focus());
        assertEquals("sorry 1 q?", s.state.box().text(), "digits and command letters are text in the box");
        assertTrue(s.state.conversation().turns().isEmpty());
        s.key(KeyType.Escape);
        assertEquals(Focus.OPTIONS, s.state.focus());
        assertEquals("sorry 1 q?", s.state.box().text(), "leaving the box keeps the text");
        s.key(KeyType.Tab).key(KeyType.Enter);
        assertEquals(new Reply.Typed("sorry 1 q?"), s.state.conversation().turns().get(0).reply());
        assertEquals("checks_order", s.state.conversation().at(), "routed by the phrase 'sorry'");
        assertEquals("", s.state.box().text());
    }

    @Test
    void anEmptyBoxSendsNothing() {
        Script s = playing(Mode.PRACTICE).key(KeyType.Tab).type("   ").key(KeyType.Enter);
        assertTrue(s.state.conversation().turns().isEmpty());
        assertEquals("Type a reply first, then press Enter to send it.", s.state.notice());
    }

    @Test
    void practiceModeShowsTheNoteAndAssessmentHoldsItBack() {
        assertEquals("Naming the birthday shows you listened. (calmness 90, acknowledgment 90, resolution 70)",
                playing(Mode.PRACTICE).type("1").state.note());
        assertNull(playing(Mode.ASSESS).type("1").state.note());
    }

    @Test
    void theTipIsShownCountedAndSaved() {
        Script s = playing(Mode.PRACTICE).type("h");
        assertEquals("Tip — Name the feeling and the birthday before you explain anything.", s.state.note());
        assertEquals(1, s.state.conversation().hintsUsed());
        assertEquals(List.of(new Effect.Apply(Action.HINT)), s.effects(Effect.Apply.class));
    }

    @Test
    void undoTakesBackTheLastReplyInPracticeOnly() {
        Script practice = playing(Mode.PRACTICE).type("1").type("u");
        assertTrue(practice.state.conversation().turns().isEmpty());
        assertEquals(1, practice.state.conversation().undos());
        assertEquals("opening", practice.state.conversation().at());

        MemoryRecorder kept = new MemoryRecorder();
        Script assess = playing(TestScenarios.parcel(), Mode.ASSESS, kept).type("1").type("u");
        assertEquals(1, assess.state.conversation().turns().size());
        assertEquals(0, assess.state.conversation().undos());
        assertEquals("Taking a reply back is for practice mode; in assessment every reply stands.", assess.state.notice());
        assertEquals(1, kept.last().actions().size(), "a refused undo is not recorded");
    }

    @Test
    void undoingATypedReplyPutsItsWordsBackInTheBox() {
        Script s = playing(Mode.PRACTICE).key(KeyType.Tab).type("sorry, let me look").key(KeyType.Enter);
        assertEquals(1, s.state.conversation().turns().size());
        s.type("u");
        assertTrue(s.state.conversation().turns().isEmpty());
        assertEquals("sorry, let me look", s.state.box().text());
        assertEquals("sorry, let me look".length(), s.state.box().cursor(), "the cursor is at the end, ready to go on");
        assertEquals(Focus.TEXT, s.state.focus());

        Script picked = playing(Mode.PRACTICE).type("1").type("u");
        assertEquals("", picked.state.box().text(), "a picked option is not typed into the box");
    }

    @Test
    void theBoxRefusesPastTheReplyLimitAndSaysWhy() {
        Script s = playing(Mode.PRACTICE).key(KeyType.Tab).type("x".repeat(TextBox.MAX_LENGTH - 1)).type("🙏");
        assertEquals(TextBox.MAX_LENGTH, s.state.box().text().codePointCount(0, s.state.box().text().length()));
        assertTrue(s.state.box().text().endsWith("🙏"), "an emoji at the limit is kept whole");
        assertNull(s.state.notice());
        s.type("y");
        assertTrue(s.state.box().text().endsWith("🙏"), "nothing past the limit is taken");
        assertEquals(ReplyLimit.TOO_LONG, s.state.notice());
        s.key(KeyType.Backspace).type("z");
        assertTrue(s.state.box().text().endsWith("xz"), "after room is made the box takes keys again");
    }

    @Test
    void qAsksFirstAndNKeepsPlaying() {
        Script s = playing(Mode.PRACTICE).type("q");
        assertEquals(Screen.CONFIRM_QUIT, s.state.screen());
        s.type("n");
        assertEquals(Screen.PLAYING, s.state.screen());
        assertTrue(s.effects(Effect.Quit.class).isEmpty());
        s.type("q").type("y");
        assertEquals(List.of(new Effect.Quit(false)), s.effects(Effect.Quit.class));
        assertTrue(s.effects(Effect.PrintDebrief.class).isEmpty(), "no debrief for a run left unfinished");
    }

    @Test
    void ctrlCQuitsAtOnceEvenFromTheTextBox() {
        Script s = playing(Mode.PRACTICE).key(KeyType.Tab).type("abc").ctrl('c');
        assertEquals(List.of(new Effect.Quit(true)), s.effects(Effect.Quit.class), "left by an interrupt");
        assertEquals("abc", s.state.box().text());
    }

    @Test
    void theEndingLeadsToTheDebriefWhichIsPrintedOnLeaving() {
        Script s = playing(Mode.PRACTICE).type("1").type("1");
        assertTrue(s.state.conversation().isOver());
        s.key(KeyType.Enter);
        assertEquals(Screen.DEBRIEF, s.state.screen());
        assertTrue(s.state.debrief().startsWith("Debrief: The parcel that never came"), s.state.debrief());
        assertTrue(s.state.debrief().contains("Outcome: resolved"), s.state.debrief());
        assertFalse(s.state.debrief().contains("\u001b["), "no escape codes inside the text grid");
        s.key(KeyType.End).key(KeyType.PageUp).type("q");
        List<Effect> tail = s.effects.subList(s.effects.size() - 2, s.effects.size());
        assertEquals(new Effect.PrintDebrief(), tail.get(0));
        assertEquals(new Effect.Quit(), tail.get(1));
    }

    @Test
    void helpOpensOverTheConversationAndAnyKeyReturns() {
        Script s = playing(Mode.PRACTICE).type("?");
        assertEquals(Screen.HELP, s.state.screen());
        s.type("x");
        assertEquals(Screen.PLAYING, s.state.screen());
    }

    @Test
    void pageUpAndPageDownScrollTheConversationWithinItsLength() {
        Script s = playing(TestScenarios.chatty(), Mode.PRACTICE, RunRecorder.NOWHERE);
        for (int i = 1; i <= 8; i++) {
            s.key(KeyType.Tab).type("reply number " + i).key(KeyType.Enter);
        }
        assertEquals(0, s.state.history());
        assertTrue(s.screen().contains("reply number 8"));
        assertFalse(s.screen().contains("reply number 1\n"));
        s.key(KeyType.PageUp);
        assertTrue(s.state.history() > 0);
        for (int i = 0; i < 10; i++) {
            s.key(KeyType.PageUp);
        }
        int top = s.state.history();
        assertTrue(s.screen().contains("reply number 1\n"), s.screen());
        assertTrue(s.screen().contains("PgDn for newer"));
        s.key(KeyType.PageUp);
        assertEquals(top, s.state.history(), "never scrolls past the first line");
        for (int i = 0; i < 10; i++) {
            s.key(KeyType.PageDown);
        }
        assertEquals(0, s.state.history());
    }

    @Test
    void aTerminalTooSmallIgnoresKeysButCtrlCStillQuits() {
        Script s = playing(Mode.PRACTICE).size(70, 20).type("1");
        assertEquals(Screen.TOO_SMALL, s.state.shown());
        assertTrue(s.state.conversation().turns().isEmpty());
        s.size(80, 24);
        assertEquals(Screen.PLAYING, s.state.shown());
        s.size(70, 20).ctrl('c');
        assertEquals(1, s.effects(Effect.Quit.class).size());
    }

    @Test
    void aFailedSaveIsToldAndPlayGoesOn() {
        MemoryRecorder failing = new MemoryRecorder();
        failing.failure = new java.io.IOException("disk full");
        Script s = playing(TestScenarios.parcel(), Mode.PRACTICE, failing);
        assertEquals("Could not save the run: disk full", s.state.notice());
        assertEquals(Screen.PLAYING, s.state.screen());
        s.type("1");
        assertFalse(s.state.conversation().turns().isEmpty());
    }

    @Test
    void aSaveThatFailsMidRunIsToldAndPlayGoesOn() {
        MemoryRecorder kept = new MemoryRecorder();
        Script s = playing(TestScenarios.parcel(), Mode.PRACTICE, kept);
        kept.failure = new java.io.IOException("disk full");
        s.type("1");
        assertEquals("Could not save the run: disk full", s.state.notice());
        assertEquals(1, s.state.conversation().turns().size());
        kept.failure = null;
        s.type("1");
        assertEquals(2, kept.last().actions().size(), "the next save keeps every action so far");
    }

    @Test
    void aNumberWhereTheTurnHasNoOptionsSaysSo() {
        Script s = playing(TestScenarios.typingOnly(), Mode.PRACTICE, RunRecorder.NOWHERE);
        assertEquals(Focus.TEXT, s.state.focus(), "a turn with only a box starts in it");
        s.key(KeyType.Escape).type("2");
        assertEquals("This turn has no options. Press Tab and type your reply.", s.state.notice());
        assertTrue(s.state.conversation().turns().isEmpty());
    }
}
