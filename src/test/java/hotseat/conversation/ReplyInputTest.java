package hotseat.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import hotseat.scenario.Node;

class ReplyInputTest {
    private final Node typing = Fixtures.parcel().nodes().get("opening");
    private final Node optionsOnly = Fixtures.parcel().nodes().get("checking");

    @Test
    void aNumberPicksThatOption() {
        assertEquals(new ReplyInput.Accepted(Action.answer(Reply.pick(2))), ReplyInput.read(" 2 ", typing));
    }

    @Test
    void otherTextIsATypedReplyWhereTypingIsAllowed() {
        assertEquals(new ReplyInput.Accepted(Action.answer(Reply.typed("I'm sorry"))), ReplyInput.read("I'm sorry  ", typing));
    }

    @Test
    void outOfRangeNumbersAndEmptyLinesAskAgain() {
        assertEquals(new ReplyInput.AskAgain("There is no option 4. Pick 1 to 3, or type your own reply."), ReplyInput.read("4", typing));
        assertEquals(new ReplyInput.AskAgain("There is no option 0. Pick 1 to 2."), ReplyInput.read("0", optionsOnly));
        assertEquals(new ReplyInput.AskAgain("Pick 1 to 2."), ReplyInput.read("   ", optionsOnly));
    }

    @Test
    void textWhereOnlyOptionsAreAllowedAsksToChoose() {
        assertEquals(new ReplyInput.AskAgain("This turn has no typed reply. Pick 1 to 2."), ReplyInput.read("sorry", optionsOnly));
    }

    @Test
    void aReplyPastTheLimitIsRefusedWithTheSameWordsAsTheReplyBox() {
        String longest = "a".repeat(ReplyInput.MAX_LENGTH - 1) + "🙏";
        assertEquals(new ReplyInput.Accepted(Action.answer(Reply.typed(longest))), ReplyInput.read(longest, typing),
                "an emoji counts as one character");
        assertEquals(new ReplyInput.AskAgain(ReplyInput.TOO_LONG + " (This one has 4,001.)"), ReplyInput.read(longest + "!", typing));
    }

    @Test
    void hintAndUndoAreCommands() {
        assertEquals(new ReplyInput.Accepted(Action.HINT), ReplyInput.read("/hint", optionsOnly));
        assertEquals(new ReplyInput.Accepted(Action.UNDO), ReplyInput.read("/UNDO", typing));
    }
}
