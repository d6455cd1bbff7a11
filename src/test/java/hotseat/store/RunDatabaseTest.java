package hotseat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationEngine;
import hotseat.conversation.FakeScorer;
import hotseat.conversation.Fixtures;
import hotseat.conversation.Mode;
import hotseat.conversation.Reply;
import hotseat.progress.RunSummary;
import hotseat.report.Json;
import hotseat.session.PlaySession;
import hotseat.session.PlaySettings;
import hotseat.session.Playable;
import hotseat.session.RecordedAction;
import hotseat.session.RunRecord;

/** The run database, against a real SQLite file and a real PostgreSQL server, the same tests for both. */
class RunDatabaseTest {
    @TempDir
    Path dir;

    private final ConversationEngine engine = new ConversationEngine(new FakeScorer());
    private static final Playable PARCEL = new Playable(Fixtures.parcel(), "fixtures/parcel.yaml", "abc123",
            "id: parcel\n# the scenario's text\n");

    private PlaySession begin(RunDatabase db, String instant, long seed, String trainee) throws Exception {
        return PlaySession.begin(PARCEL, new PlaySettings(engine, db, Mode.PRACTICE, seed,
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), trainee));
    }

    private static List<List<String>> rows(Database d, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(d.jdbcUrl(), d.properties());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<List<String>> out = new ArrayList<>();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.add(r.getString(i));
                }
                out.add(row);
            }
            return out;
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void migrationsMakeTheSchemaFromEmptyAndOpeningAgainChangesNothing(TestDatabases.Kind kind) throws Exception {
        Database d = TestDatabases.fresh(kind, dir);
        try (RunDatabase db = RunDatabase.open(d)) {
            assertTrue(db.list(RunFilter.ALL).isEmpty());
        }
        try (RunDatabase again = RunDatabase.open(d)) {
            assertTrue(again.list(RunFilter.ALL).isEmpty());
        }
        assertEquals(List.of(List.of("1", "runs"), List.of("2", "workshops"), List.of("3", "typed reply routes")),
                rows(d, "SELECT version, description FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank"));
        for (String table : List.of("trainees", "scenario_versions", "runs", "run_debriefs", "actions", "turns", "evidence", "habits", "imports",
                "workshops", "trainee_keys")) {
            assertEquals("0", rows(d, "SELECT COUNT(*) FROM " + table).get(0).get(0), table);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDatabaseMadeByAnEarlierVersionGetsEveryLaterMigrationWhenOpened(TestDatabases.Kind kind) throws Exception {
        int newest = newestMigrationFile();
        for (int older = 1; older < newest; older++) {
            Database at = TestDatabases.fresh(kind, java.nio.file.Files.createDirectories(dir.resolve("v" + older)));
            org.flywaydb.core.Flyway.configure(Migrations.class.getClassLoader()).dataSource(at.jdbcUrl(), at.user(), at.password())
                    .locations("classpath:db/migration").target(String.valueOf(older)).load().migrate();
            try (RunDatabase db = RunDatabase.open(at)) {
                assertTrue(db.list(RunFilter.ALL).isEmpty());
            }
            assertEquals(String.valueOf(newest),
                    rows(at, "SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history").get(0).get(0), "from version " + older);
        }
    }

    /** The log is checkpointed on a connection of its own, which never makes a database where one has gone. */
    @org.junit.jupiter.api.Test
    void checkpointingAfterTheFileHasMovedMakesNoEmptyDatabaseInItsPlace() throws Exception {
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("room"));
        RunDatabase db = RunDatabase.open(Database.sqlite(folder.resolve("runs.db")));
        try {
            db.claim("20260301-100000-parcel"); // a write, so the store checkpoints when it closes
            java.nio.file.Files.move(folder, dir.resolve("room-moved"));
        } finally {
            db.close();
        }
        assertTrue(java.nio.file.Files.notExists(folder.resolve("runs.db")), "no new, empty database at the old place");
        assertTrue(java.nio.file.Files.exists(dir.resolve("room-moved/runs.db")));
    }

    /** The short cut that skips Flyway when the schema is current must know the newest migration there is. */
    @org.junit.jupiter.api.Test
    void theNewestMigrationKnownToTheShortCutIsTheNewestFile() throws Exception {
        assertEquals(newestMigrationFile(), Migrations.LATEST);
    }

    private static int newestMigrationFile() throws java.io.IOException {
        int newest = 0;
        try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                var m = java.util.regex.Pattern.compile("V(\\d+)__.*\\.sql").matcher(f.getFileName().toString());
                if (m.matches()) {
                    newest = Math.max(newest, Integer.parseInt(m.group(1)));
                }
            }
        }
        return newest;
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRunIsKeptFromItsFirstMomentAndEveryReplyIsCommittedAsRows(TestDatabases.Kind kind) throws Exception {
        Database d = TestDatabases.fresh(kind, dir);
        try (RunDatabase db = RunDatabase.open(d)) {
            PlaySession s = begin(db, "2026-03-01T10:00:00Z", 9, "ana");
            String id = s.record().id();
            assertEquals("20260301-100000-parcel", id);
            RunRecord saved = db.find(id).orElseThrow();
            assertFalse(saved.finished());
            assertEquals("unfinished", saved.outcome());
            assertEquals("ana", saved.trainee());

            s.apply(Action.answer(Reply.pick(1)));
            // Read through another connection: what is committed, as another process sees it.
            assertEquals(List.of(List.of("0", "1", "unfinished", "ana")),
                    rows(d, "SELECT finished, turn_count, outcome, trainee FROM runs WHERE id = '" + id + "'"));
            assertEquals(List.of(List.of("option", "1", "90")),
                    rows(d, "SELECT kind, option_number, calmness FROM actions WHERE run_id = '" + id + "'"));

            s.apply(Action.HINT);
            s.apply(Action.answer(Reply.pick(1)));
            saved = db.find(id).orElseThrow();
            assertTrue(saved.finished());
            assertEquals("resolved", saved.outcome());
            assertEquals(s.debrief(), saved.debrief(), "the debrief reads back exactly");
            assertEquals(s.record().actions(), saved.actions());
            assertEquals(List.of("option", "hint", "option"), saved.actions().stream().map(RecordedAction::kind).toList());
            assertEquals(9, saved.seed());
            assertEquals("abc123", saved.scenarioSha256());

            List<List<String>> turns = rows(d, "SELECT number, node_id, routed_to FROM turns WHERE run_id = '" + id
                    + "' ORDER BY number");
            assertEquals(2, turns.size());
            assertEquals(saved.debrief().turns().get(1).nodeId(), turns.get(0).get(2), "turn 1 routed to turn 2's node");
            assertEquals(saved.debrief().endingId(), turns.get(1).get(2), "the last turn routed to the ending");
            assertEquals(String.valueOf(saved.debrief().turns().stream().mapToInt(t -> t.evidence().size()).sum()),
                    rows(d, "SELECT COUNT(*) FROM evidence WHERE run_id = '" + id + "'").get(0).get(0));
            assertEquals(List.of(List.of("parcel", "abc123", "id: parcel\n# the scenario's text\n")),
                    rows(d, "SELECT scenario_id, sha256, content FROM scenario_versions"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anUndoTakesTheTurnAwayButEveryActionStaysRecorded(TestDatabases.Kind kind) throws Exception {
        Database d = TestDatabases.fresh(kind, dir);
        try (RunDatabase db = RunDatabase.open(d)) {
            PlaySession s = begin(db, "2026-03-01T10:00:00Z", 1, "ana");
            s.apply(Action.answer(Reply.pick(2)));
            s.apply(Action.UNDO);
            s.apply(Action.answer(Reply.typed("I can give you your money back")));
            String id = s.record().id();
            assertEquals(List.of(List.of("1", "typed")), rows(d, "SELECT number, reply_kind FROM turns WHERE run_id = '" + id + "'"));
            assertEquals("3", rows(d, "SELECT COUNT(*) FROM actions WHERE run_id = '" + id + "'").get(0).get(0));
            RunRecord saved = db.find(id).orElseThrow();
            assertEquals(s.state(), Fixtures.replay(engine, Fixtures.parcel(), saved.seed(), Mode.fromWord(saved.mode()),
                    saved.actions().stream().map(RecordedAction::action).toList()), "the recorded actions replay to the same run");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aTypedRepliesComparisonByMeaningIsKeptSoAReplayFromTheDatabaseTakesTheSameRoute(TestDatabases.Kind kind)
            throws Exception {
        Database d = TestDatabases.fresh(kind, dir);
        String reply = "I hear you, let me see what I can do about it.";
        ConversationEngine withModel = new ConversationEngine(new FakeScorer(),
                new hotseat.conversation.ScriptedMatcher().with(reply, 0.412, 0.3, 0.876));
        try (RunDatabase db = RunDatabase.open(d)) {
            PlaySession s = PlaySession.begin(PARCEL, new PlaySettings(withModel, db, Mode.PRACTICE, 1,
                    Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC), "ana"));
            s.apply(Action.answer(Reply.typed(reply)));
            s.apply(Action.answer(Reply.pick(1)));
            RunRecord saved = db.find(s.record().id()).orElseThrow();
            assertEquals(new hotseat.conversation.MeaningMatch(3, 0.876, 1, 0.412, true), saved.actions().get(0).route());
            assertEquals(null, saved.actions().get(1).route());
            hotseat.session.Replay.Result r = hotseat.session.Replay.of(saved, PARCEL, engine);
            assertTrue(r.matches(), "replayed without the model: " + r.differences());
        }
    }

    /**
     * A workshop room: many plays begun in the same second, all at once, each through its own
     * connection (as separate processes have), and through one shared connection (a server's threads).
     */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void runsBegunAtOnceAllSurviveWithTheirOwnIdsAndReplies(TestDatabases.Kind kind) throws Exception {
        Database d = TestDatabases.fresh(kind, dir);
        int plays = 8;
        try (RunDatabase shared = RunDatabase.open(d)) {
            for (int round = 0; round < 4; round++) {
                String instant = "2026-03-01T10:00:0" + round + "Z";
                boolean own = round % 2 == 0;
                CyclicBarrier together = new CyclicBarrier(plays);
                ExecutorService pool = Executors.newFixedThreadPool(plays);
                List<Future<String>> ids = new ArrayList<>();
                try {
                    for (int seed = 0; seed < plays; seed++) {
                        long runSeed = seed;
                        ids.add(pool.submit(() -> {
                            RunDatabase db = own ? RunDatabase.open(d) : shared;
                            try {
                                together.await();
                                PlaySession s = begin(db, instant, runSeed, "trainee-" + runSeed);
                                s.apply(Action.answer(Reply.pick(1)));
                                s.apply(Action.answer(Reply.pick(1)));
                                return s.record().id();
                            } finally {
                                if (own) {
                                    db.close();
                                }
                            }
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
            List<RunSummary> all = shared.list(RunFilter.ALL);
            assertEquals(4 * plays, all.size(), "no run was lost or overwritten");
            for (RunSummary r : all) {
                RunRecord run = shared.find(r.id()).orElseThrow();
                assertEquals(2, run.actions().size(), r.id() + " holds its own two replies");
                assertEquals("trainee-" + run.seed(), run.trainee(), r.id() + " holds its own trainee");
            }
            assertEquals(String.valueOf(4 * plays * 2), rows(d, "SELECT COUNT(*) FROM actions").get(0).get(0));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void runsAreListedNewestFirstAndPickedByScenarioTraineeAndDate(TestDatabases.Kind kind) throws Exception {
        Database d = TestDatabases.fresh(kind, dir);
        try (RunDatabase db = RunDatabase.open(d)) {
            begin(db, "2026-03-01T10:00:00Z", 1, "ana").apply(Action.answer(Reply.pick(1)));
            begin(db, "2026-03-02T09:00:00Z", 2, "ben").apply(Action.answer(Reply.pick(1)));
            begin(db, "2026-03-02T09:00:00Z", 3, "ana");
            assertEquals(List.of("20260302-090000-parcel-2", "20260302-090000-parcel", "20260301-100000-parcel"),
                    db.list(RunFilter.ALL).stream().map(RunSummary::id).toList());
            assertEquals(List.of("20260302-090000-parcel-2", "20260301-100000-parcel"),
                    db.list(new RunFilter(null, "ana", null, null, 0)).stream().map(RunSummary::id).toList());
            assertEquals(List.of("20260301-100000-parcel"),
                    db.list(new RunFilter("parcel", null, null, "2026-03-02T00:00:00Z", 0)).stream().map(RunSummary::id).toList());
            assertEquals(2, db.list(new RunFilter(null, null, "2026-03-02T00:00:00Z", null, 0)).size());
            assertTrue(db.list(new RunFilter("other", null, null, null, 0)).isEmpty());
            assertEquals(1, db.list(RunFilter.ALL.withLimit(1)).size());
            assertEquals(3, db.count(RunFilter.ALL.withLimit(1)));
            assertEquals(List.of("ana", "ben"), db.trainees());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void oldRunFilesAreImportedOnceAndFilesThatAreNotRunsAreNamed(TestDatabases.Kind kind) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("runs"));
        // Two runs as the file store of earlier versions saved them (no trainee), an empty claimed file, and junk.
        List<RunRecord> originals = new ArrayList<>();
        try (RunDatabase scratch = RunDatabase.open(Database.sqlite(dir.resolve("scratch.db")))) {
            for (int i = 0; i < 2; i++) {
                PlaySession s = begin(scratch, "2026-02-0" + (i + 1) + "T08:00:00Z", i, null);
                s.apply(Action.answer(Reply.pick(1)));
                RunRecord r = s.record();
                originals.add(r);
                ObjectNode tree = Json.MAPPER.valueToTree(r);
                tree.remove("trainee");
                Files.writeString(folder.resolve(r.id() + ".json"), Json.MAPPER.writeValueAsString(tree));
            }
        }
        Files.writeString(folder.resolve("20260203-080000-parcel.json"), "");
        Files.writeString(folder.resolve("notes.json"), "{\"name\": \"not a run\"}");
        Files.writeString(folder.resolve("cut.json"), "{\"format\": \"hotseat-run\", ");

        Database d = TestDatabases.fresh(kind, dir);
        try (RunDatabase db = RunDatabase.open(d)) {
            assertFalse(db.importedAlready(folder));
            RunDatabase.Imported first = db.importFolder(folder, "old-hand", true);
            assertEquals(2, first.imported());
            assertEquals(2, first.skipped().size(), first.skipped().toString());
            assertTrue(first.skipped().stream().anyMatch(s -> s.startsWith("cut.json:") && s.contains("not complete JSON")),
                    first.skipped().toString());
            assertTrue(first.skipped().stream().anyMatch(s -> s.startsWith("notes.json:") && s.contains("not a Hotseat run file")),
                    first.skipped().toString());
            assertTrue(db.importedAlready(folder));
            assertEquals(0, db.importFolder(folder, "old-hand", true).imported(), "once");
            RunDatabase.Imported asked = db.importFolder(folder, "old-hand", false);
            assertEquals(0, asked.imported());
            assertEquals(2, asked.present(), "asked again: the runs are there already, nothing doubled");
            for (RunRecord original : originals) {
                RunRecord kept = db.find(original.id()).orElseThrow();
                assertEquals("old-hand", kept.trainee(), "runs from before trainees were recorded");
                assertEquals(original.debrief(), kept.debrief());
                assertEquals(original.actions(), kept.actions());
            }
            assertEquals("2", rows(d, "SELECT COUNT(*) FROM actions").get(0).get(0), "one reply each, imported once");
        }
    }
}
