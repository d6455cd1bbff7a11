package hotseat.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationEngine;
import hotseat.conversation.FakeScorer;
import hotseat.conversation.Fixtures;
import hotseat.conversation.MeaningMatch;
import hotseat.conversation.Mode;
import hotseat.conversation.Reply;
import hotseat.conversation.ScriptedMatcher;
import hotseat.report.Json;

/** A run whose typed replies were routed by meaning: recorded, saved, and replayed exactly without the model. */
class RoutedRunTest {
    private static final Playable PARCEL = new Playable(Fixtures.parcel(), "parcel.yaml", "abc123");
    private static final String READS_LIKE_REFUND = "I hear you, let me see what I can do about it.";

    private static PlaySession begin(ConversationEngine engine, MemoryRecorder memory) throws IOException {
        return PlaySession.begin(PARCEL, new PlaySettings(engine, memory, Mode.PRACTICE, 4, Clock.systemUTC()));
    }

    @Test
    void theRunRecordsTheComparisonAndAReplayWithoutTheModelTakesTheSameRoute() throws IOException {
        ScriptedMatcher model = new ScriptedMatcher().with(READS_LIKE_REFUND, 0.41, 0.30, 0.88);
        MemoryRecorder memory = new MemoryRecorder();
        PlaySession s = begin(new ConversationEngine(new FakeScorer(), model), memory);
        s.apply(Action.answer(Reply.typed(READS_LIKE_REFUND)));
        assertEquals("refund_offered", s.state().at());
        s.apply(Action.answer(Reply.pick(1)));
        RunRecord saved = memory.last();
        assertEquals(new MeaningMatch(3, 0.88, 1, 0.41, true), saved.actions().get(0).route());
        assertNull(saved.actions().get(1).route(), "a picked option is not compared");

        RunRecord read = Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(saved), RunRecord.class);
        assertEquals(saved.actions(), read.actions(), "the comparison survives the run file");

        // Without the model the routes alone would send the typed reply to "checking".
        Replay.Result r = Replay.of(read, PARCEL, new ConversationEngine(new FakeScorer()));
        assertTrue(r.matches(), r.differences().toString());
        assertEquals("refund_offered", r.debrief().turns().get(1).nodeId());
    }

    @Test
    void aRunSavedBeforeMatchingStillReplaysByItsRoutes() throws IOException {
        MemoryRecorder memory = new MemoryRecorder();
        PlaySession s = begin(new ConversationEngine(new FakeScorer()), memory);
        s.apply(Action.answer(Reply.typed(READS_LIKE_REFUND)));
        String old = Json.MAPPER.writeValueAsString(memory.last()).replaceAll(",\\s*\"route\"\\s*:\\s*null", "");
        assertTrue(!old.contains("\"route\""), "the saved form of an older run has no route at all");
        RunRecord read = Json.MAPPER.readValue(old, RunRecord.class);

        // Played again by an engine whose model would now send the reply elsewhere: the old run still matches.
        ScriptedMatcher model = new ScriptedMatcher().with(READS_LIKE_REFUND, 0.41, 0.30, 0.88);
        Replay.Result r = Replay.of(read, PARCEL, new ConversationEngine(new FakeScorer(), model));
        assertTrue(r.matches(), r.differences().toString());
        assertTrue(model.asked.isEmpty(), "the replay never asks the model");
    }

    @Test
    void aModelThatCannotLoadIsMentionedOnceAndTheReplyIsKept() throws IOException {
        MemoryRecorder memory = new MemoryRecorder();
        PlaySession s = begin(new ConversationEngine(new FakeScorer(), ScriptedMatcher.unavailable("no library for this platform")),
                memory);
        List<String> notices = new ArrayList<>();
        Played first = s.apply(Action.answer(Reply.typed("Something I typed")));
        notices.add(first.routing());
        s.apply(Action.UNDO);
        notices.add(s.apply(Action.answer(Reply.typed("Something else I typed"))).routing());
        assertTrue(notices.get(0).contains("no library for this platform"), notices.get(0));
        assertNull(notices.get(1), "said once per run");
        assertEquals("checking", s.state().at(), "the routes decided");
        assertEquals("Something else I typed", memory.last().actions().get(2).text(), "what was typed is recorded");
        assertEquals("Something I typed", memory.last().actions().get(0).text(), "and so is the reply taken back");
    }
}
