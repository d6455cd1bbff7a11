package hotseat.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationEngine;
import hotseat.conversation.FakeScorer;
import hotseat.conversation.Fixtures;
import hotseat.conversation.Mode;
import hotseat.conversation.Refusal;
import hotseat.conversation.Reply;
import hotseat.debrief.DimensionScores;
import hotseat.scoring.ReplyScore;

class ReplayTest {
    private static final ConversationEngine ENGINE = new ConversationEngine(new FakeScorer());
    private static final Playable PARCEL = new Playable(Fixtures.parcel(), "parcel.yaml", "abc123");

    private static RunRecord played(Action... actions) throws IOException {
        MemoryRecorder memory = new MemoryRecorder();
        PlaySession s = PlaySession.begin(PARCEL, new PlaySettings(ENGINE, memory, Mode.PRACTICE, 4, Clock.systemUTC()));
        for (Action a : actions) {
            s.apply(a);
        }
        return memory.last();
    }

    @Test
    void theSameScenarioAndRulesGiveTheSameRun() throws IOException {
        RunRecord saved = played(Action.HINT, Action.answer(Reply.pick(2)), Action.UNDO,
                Action.answer(Reply.typed("I can give you your money back")), Action.answer(Reply.typed("sorted")));
        Replay.Result r = Replay.of(saved, PARCEL, ENGINE);
        assertTrue(r.matches(), r.differences().toString());
        assertTrue(r.sameFile());
        assertEquals(saved.debrief(), r.debrief());
    }

    @Test
    void otherScoringIsFoundTurnByTurn() throws IOException {
        RunRecord saved = played(Action.answer(Reply.typed("hello")));
        Replay.Result r = Replay.of(saved, PARCEL, new ConversationEngine((reply, context) -> new ReplyScore(10, 20, 30, List.of())));
        assertFalse(r.matches());
        assertEquals(new Replay.OtherScores(1, new DimensionScores(50, 50, 50), new DimensionScores(10, 20, 30)),
                r.differences().get(0));
    }

    @Test
    void anActionTheScenarioNoLongerTakesStopsTheReplayWithItsReason() throws IOException {
        RunRecord saved = played(Action.answer(Reply.pick(1)), Action.answer(Reply.pick(2)));
        Playable changed = new Playable(Fixtures.parcel(), "parcel.yaml", "def456");
        RunRecord renumbered = new RunRecord(saved.format(), saved.version(), saved.id(), saved.scenarioId(),
                saved.scenarioTitle(), saved.scenarioSource(), saved.scenarioSha256(), saved.seed(), saved.mode(),
                saved.trainee(), saved.startedAt(), saved.updatedAt(), saved.finished(), saved.outcome(), saved.overallScore(),
                List.of(saved.actions().get(0), new RecordedAction("t", "option", 5, null, null, null, null)), saved.debrief());
        Replay.Result r = Replay.of(renumbered, changed, ENGINE);
        assertFalse(r.sameFile());
        Replay.Refused refused = assertInstanceOf(Replay.Refused.class, r.differences().get(0));
        assertEquals(2, refused.action());
        assertEquals(Refusal.NO_SUCH_OPTION, refused.reason());
    }
}
