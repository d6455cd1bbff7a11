package hotseat.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import hotseat.conversation.Action;
import hotseat.conversation.Fixtures;
import hotseat.conversation.Reply;
import hotseat.scenario.Node;

class AnswerLineTest {
    private final Node typing = Fixtures.parcel().nodes().get("opening");
    private final Node optionsOnly = Fixtures.parcel().nodes().get("checking");

    @Test
    void aNumberPicksThatOptionEvenOneTheTurnDoesNotOffer() {
        assertEquals(Optional.of(Action.answer(Reply.pick(2))), AnswerLine.read(" 2 ", typing));
        assertEquals(Optional.of(Action.answer(Reply.pick(7))), AnswerLine.read("7", optionsOnly), "the session refuses it");
        assertEquals(Optional.of(Action.answer(Reply.pick(0))), AnswerLine.read("0", optionsOnly));
    }

    @Test
    void otherTextIsATypedReplyStripped() {
        assertEquals(Optional.of(Action.answer(Reply.typed("I'm sorry"))), AnswerLine.read("I'm sorry  ", typing));
        assertEquals(Optional.of(Action.answer(Reply.typed("sorry"))), AnswerLine.read("sorry", optionsOnly),
                "whether the turn takes typing is for the session to say");
    }

    @Test
    void aBlankLineAsksForNothing() {
        assertEquals(Optional.empty(), AnswerLine.read("   ", optionsOnly));
        assertEquals(Optional.empty(), AnswerLine.read(null, typing));
    }

    @Test
    void hintAndUndoAreCommandsInAnyCase() {
        assertEquals(Optional.of(Action.HINT), AnswerLine.read("/hint", optionsOnly));
        assertEquals(Optional.of(Action.UNDO), AnswerLine.read("/UNDO", typing));
    }
}
