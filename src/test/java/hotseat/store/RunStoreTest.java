package hotseat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationEngine;
import hotseat.conversation.FakeScorer;
import hotseat.conversation.Fixtures;
import hotseat.conversation.Mode;
import hotseat.conversation.Reply;
import hotseat.session.PlaySession;
import hotseat.session.PlaySettings;
import hotseat.session.Playable;
import hotseat.session.RecordedAction;
import hotseat.session.RunRecord;

class RunStoreTest {
    @TempDir
    Path dir;

    private final ConversationEngine engine = new ConversationEngine(new FakeScorer());

    private PlaySession begin(String instant) throws IOException {
        return begin(dir, 9, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private PlaySession begin(Path folder, long seed, Clock clock) throws IOException {
        return PlaySession.begin(new Playable(Fixtures.parcel(), "fixtures/parcel.yaml", "abc123"),
                new PlaySettings(engine, new RunStore(folder), Mode.PRACTICE, seed, clock));
    }

    private static Path file(PlaySession s) {
        return Path.of(s.where().orElseThrow());
    }

    @Test
    void aRunIsOnDiskFromItsFirstMomentAndAfterEveryReply() throws Exception {
        PlaySession s = begin("2026-03-01T10:00:00Z");
        Path file = file(s);
        assertEquals(dir.resolve("20260301-100000-parcel.json"), file);
        RunRecord saved = RunStore.load(file);
        assertFalse(saved.finished());
        assertEquals("unfinished", saved.outcome());
        assertTrue(saved.actions().isEmpty());

        s.apply(Action.answer(Reply.pick(1)));
        saved = RunStore.load(file);
        assertEquals(1, saved.actions().size());
        RecordedAction a = saved.actions().get(0);
        assertEquals("option", a.kind());
        assertEquals(1, a.option());
        assertEquals(90, a.calmness());
        assertEquals("2026-03-01T10:00:00Z", a.at());
        assertEquals(1, saved.debrief().turns().size());
        assertFalse(saved.finished(), "stopped mid-way: on disk and marked unfinished");

        s.apply(Action.answer(Reply.pick(1)));
        saved = RunStore.load(file);
        assertTrue(saved.finished());
        assertEquals("resolved", saved.outcome());
        assertEquals(s.debrief(), saved.debrief(), "the saved debrief reads back exactly");
        assertEquals("parcel", saved.scenarioId());
        assertEquals("abc123", saved.scenarioSha256());
        assertEquals(9, saved.seed());
        assertEquals("practice", saved.mode());
    }

    @Test
    void everyActionTakenIsRecordedInOrderAndRefusedOnesAreLeftOut() throws Exception {
        PlaySession s = begin("2026-03-01T10:00:00Z");
        for (Action a : List.of(Action.HINT, Action.answer(Reply.pick(2)), Action.UNDO, Action.answer(Reply.pick(9)),
                Action.answer(Reply.pick(1)), Action.answer(Reply.pick(1)))) {
            s.apply(a);
        }
        RunRecord saved = RunStore.load(file(s));
        assertEquals(List.of("hint", "option", "undo", "option", "option"),
                saved.actions().stream().map(RecordedAction::kind).toList(), "the refused pick of option 9 is left out");
        assertEquals(s.debrief(), saved.debrief());
        assertTrue(saved.finished());
    }

    @Test
    void savesLeaveNoTemporaryFilesBehind() throws Exception {
        PlaySession s = begin("2026-03-01T10:00:00Z");
        s.apply(Action.HINT);
        s.apply(Action.answer(Reply.typed("hello")));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file(s)), files.toList());
        }
    }

    @Test
    void refusedActionsAreNotRecorded() throws Exception {
        PlaySession s = begin("2026-03-01T10:00:00Z");
        s.apply(Action.UNDO);
        s.apply(Action.answer(Reply.pick(9)));
        assertTrue(RunStore.load(file(s)).actions().isEmpty());
    }

    @Test
    void twoRunsStartedInTheSameSecondGetTheirOwnFiles() throws Exception {
        Path a = file(begin("2026-03-01T10:00:00Z"));
        Path b = file(begin("2026-03-01T10:00:00Z"));
        assertEquals(dir.resolve("20260301-100000-parcel-2.json"), b);
        assertTrue(Files.exists(a) && Files.exists(b));
    }

    /** Many plays begun in the same second, all at once, as a workshop room starts them. */
    @Test
    void runsBegunAtOnceInOneFolderAllSurviveWithTheirOwnIds() throws Exception {
        int plays = 8;
        for (int round = 0; round < 5; round++) {
            Clock sameSecond = Clock.fixed(Instant.parse("2026-03-01T10:00:0" + round + "Z"), ZoneOffset.UTC);
            CyclicBarrier together = new CyclicBarrier(plays);
            ExecutorService pool = Executors.newFixedThreadPool(plays);
            List<Future<String>> ids = new ArrayList<>();
            try {
                for (int seed = 0; seed < plays; seed++) {
                    long runSeed = seed;
                    ids.add(pool.submit(() -> {
                        together.await();
                        PlaySession s = begin(dir, runSeed, sameSecond);
                        s.apply(Action.answer(Reply.pick(1)));
                        return s.record().id();
                    }));
                }
                Set<String> distinct = new TreeSet<>();
                for (Future<String> id : ids) {
                    distinct.add(id.get());
                }
                assertEquals(plays, distinct.size(), "every play got its own id: " + distinct);
            } finally {
                pool.shutdownNow();
            }
        }
        List<RunStore.Listed> saved = new RunStore(dir).list();
        assertEquals(5 * plays, saved.size(), "no run was overwritten");
        for (int round = 0; round < 5; round++) {
            String stem = "20260301-10000" + round + "-parcel";
            Set<Long> seeds = new TreeSet<>();
            for (RunStore.Listed l : saved) {
                if (l.run().id().equals(stem) || l.run().id().matches(stem + "-[0-9]+")) {
                    seeds.add(l.run().seed());
                    assertEquals(1, l.run().actions().size(), l.file() + " holds its own reply");
                    assertEquals(l.file(), dir.resolve(l.run().id() + ".json"));
                }
            }
            assertEquals(plays, seeds.size(), "each play of round " + round + " kept its own run: " + seeds);
        }
        try (var files = Files.list(dir)) {
            assertEquals(5 * plays, files.count(), "no temporary or empty file left behind");
        }
    }

    @Test
    void recordedActionsReplayToTheSameRun() throws Exception {
        PlaySession s = begin("2026-03-01T10:00:00Z");
        s.apply(Action.answer(Reply.pick(2)));
        s.apply(Action.UNDO);
        s.apply(Action.answer(Reply.typed("I can give you your money back")));
        RunRecord saved = RunStore.load(file(s));
        var replayed = Fixtures.replay(engine, Fixtures.parcel(), saved.seed(), Mode.fromWord(saved.mode()),
                saved.actions().stream().map(RecordedAction::action).toList());
        assertEquals(s.state(), replayed);
    }

    @Test
    void aTruncatedFileGivesOneClearError() throws Exception {
        PlaySession s = begin("2026-03-01T10:00:00Z");
        s.apply(Action.answer(Reply.pick(1)));
        String json = Files.readString(file(s));
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, json.substring(0, json.length() / 2));
        RunFileException e = assertThrows(RunFileException.class, () -> RunStore.load(cut));
        assertTrue(e.getMessage().startsWith(cut + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("not complete JSON"), e.getMessage());
    }

    @Test
    void otherFilesAreNotRuns() throws Exception {
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"name\": \"not a run\"}");
        assertTrue(assertThrows(RunFileException.class, () -> RunStore.load(other)).getMessage()
                .contains("not a Hotseat run file"));
        Path list = dir.resolve("list.json");
        Files.writeString(list, "[1, 2]");
        assertTrue(assertThrows(RunFileException.class, () -> RunStore.load(list)).getMessage()
                .contains("not a Hotseat run file"));
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "");
        assertTrue(assertThrows(RunFileException.class, () -> RunStore.load(empty)).getMessage()
                .contains("not a Hotseat run file"));
        Path wrongKind = dir.resolve("wrong.json");
        Files.writeString(wrongKind, "{\"format\":\"hotseat-run\",\"version\":1,\"scenarioId\":\"x\",\"seed\":\"many\"}");
        assertTrue(assertThrows(RunFileException.class, () -> RunStore.load(wrongKind)).getMessage()
                .contains("wrong kind"));
        assertTrue(assertThrows(RunFileException.class, () -> RunStore.load(dir.resolve("missing.json"))).getMessage()
                .contains("no such run file"));
        assertTrue(assertThrows(RunFileException.class, () -> RunStore.load(dir)).getMessage().contains("is a folder"));
    }

    @Test
    void listingIsNewestFirstAndSkipsFilesThatAreNotRuns() throws Exception {
        begin("2026-03-01T10:00:00Z");
        begin("2026-03-02T09:00:00Z");
        Files.writeString(dir.resolve("junk.json"), "{oops");
        List<RunStore.Listed> runs = new RunStore(dir).list();
        assertEquals(List.of("20260302-090000-parcel", "20260301-100000-parcel"),
                runs.stream().map(l -> l.run().id()).toList());
        assertTrue(new RunStore(dir.resolve("none")).list().isEmpty());
    }

    @Test
    void runsLiveUnderTheUserDataFolder() {
        assertEquals(Path.of("/data/hotseat/runs"), RunStore.defaultDir(Map.of("XDG_DATA_HOME", "/data", "HOME", "/home/a")));
        assertEquals(Path.of("/home/a/.local/share/hotseat/runs"), RunStore.defaultDir(Map.of("HOME", "/home/a")));
        assertEquals(Path.of("/home/a/.local/share/hotseat/runs"),
                RunStore.defaultDir(Map.of("XDG_DATA_HOME", "relative", "HOME", "/home/a")), "a relative XDG path is ignored");
    }
}
