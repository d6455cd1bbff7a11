package hotseat.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationEngine;
import hotseat.conversation.FakeScorer;
import hotseat.conversation.Fixtures;
import hotseat.conversation.Mode;
import hotseat.conversation.Refusal;
import hotseat.conversation.Reply;
import hotseat.debrief.DebriefBuilder;

class PlaySessionTest {
    private static final Playable PARCEL = new Playable(Fixtures.parcel(), "fixtures/parcel.yaml", "abc123");

    private static PlaySettings settings(RunRecorder recorder, Mode mode) {
        return new PlaySettings(new ConversationEngine(new FakeScorer()), recorder, mode, 9,
                Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void aRunIsRecordedFromItsFirstMomentWithWhereItCameFrom() throws IOException {
        MemoryRecorder memory = new MemoryRecorder();
        PlaySession s = PlaySession.begin(PARCEL, settings(memory, Mode.PRACTICE));
        assertEquals(1, memory.saved.size());
        RunRecord first = memory.saved.get(0);
        assertEquals("20260301-100000-parcel", first.id());
        assertEquals("fixtures/parcel.yaml", first.scenarioSource());
        assertEquals("abc123", first.scenarioSha256());
        assertEquals("unfinished", first.outcome());
        assertEquals(Optional.of("memory/20260301-100000-parcel"), s.where());
    }

    @Test
    void aReplyIsScoredRoutedRecordedAndDebriefedInOneStep() throws IOException {
        MemoryRecorder memory = new MemoryRecorder();
        PlaySession s = PlaySession.begin(PARCEL, settings(memory, Mode.PRACTICE));
        Played played = s.apply(Action.answer(Reply.pick(1)));
        assertEquals("checking", played.state().at());
        assertEquals(Optional.empty(), played.refusal());
        assertNull(played.unsaved());
        assertEquals(DebriefBuilder.build(played.state()), played.debrief());
        assertSame(played.debrief(), s.debrief(), "built once, for the step and for the run");
        RecordedAction recorded = memory.saved.get(1).actions().get(0);
        assertEquals(List.of(90, 90, 50), List.of(recorded.calmness(), recorded.acknowledgment(), recorded.resolution()),
                "the scores are the engine's for this reply");
        assertEquals(played.debrief(), memory.saved.get(1).debrief());
    }

    @Test
    void aRefusalIsATypedReasonAndChangesNothing() throws IOException {
        MemoryRecorder memory = new MemoryRecorder();
        PlaySession s = PlaySession.begin(PARCEL, settings(memory, Mode.ASSESS));
        assertEquals(Optional.of(Refusal.NO_SUCH_OPTION), s.apply(Action.answer(Reply.pick(7))).refusal());
        s.apply(Action.answer(Reply.pick(1)));
        assertEquals(Optional.of(Refusal.UNDO_IN_ASSESSMENT), s.apply(Action.UNDO).refusal());
        assertEquals(Optional.of(Refusal.NO_TYPING), s.apply(Action.answer(Reply.typed("hello"))).refusal());
        assertEquals(1, memory.last().actions().size(), "only the reply taken is recorded");
        assertEquals(2, memory.saved.size(), "a refusal saves nothing");
    }

    @Test
    void aFailedSaveIsReportedAndTheRunGoesOn() throws IOException {
        MemoryRecorder memory = new MemoryRecorder();
        PlaySession s = PlaySession.begin(PARCEL, settings(memory, Mode.PRACTICE));
        memory.failure = new IOException("disk full");
        assertEquals("disk full", s.apply(Action.answer(Reply.pick(1))).unsaved());
        memory.failure = null;
        assertNull(s.apply(Action.answer(Reply.pick(1))).unsaved());
        assertEquals(2, memory.last().actions().size(), "nothing answered is lost");
    }

    @Test
    void aRunWhoseFirstSaveFailsGivesItsIdBackAndPlaysOnlyUnrecorded() {
        MemoryRecorder memory = new MemoryRecorder();
        memory.failure = new IOException("read-only");
        assertThrows(IOException.class, () -> PlaySession.begin(PARCEL, settings(memory, Mode.PRACTICE)));
        assertEquals(List.of("20260301-100000-parcel"), memory.released);
        PlaySession unrecorded = PlaySession.unrecorded(PARCEL, settings(memory, Mode.PRACTICE));
        assertEquals(Optional.empty(), unrecorded.where());
        assertNull(unrecorded.apply(Action.answer(Reply.pick(1))).unsaved());
    }
}
