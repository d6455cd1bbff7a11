package hotseat.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;

import hotseat.cohort.AnswerTimes;
import hotseat.cohort.CohortRun;
import hotseat.debrief.Debrief;
import hotseat.debrief.DebriefTurn;
import hotseat.debrief.Habit;
import hotseat.debrief.Practice;
import hotseat.debrief.PracticeMap;
import hotseat.progress.RunSummary;
import hotseat.report.Json;
import hotseat.scoring.Evidence;
import hotseat.session.Playable;
import hotseat.conversation.MeaningMatch;
import hotseat.session.RecordedAction;
import hotseat.session.RunRecord;
import hotseat.session.RunRecorder;

/**
 * Runs kept in a database (SQLite or PostgreSQL, one schema, see {@code db/migration}): the
 * recorder a play session saves through, and what the run commands read.
 *
 * <p>Every save is one transaction, committed before {@link #save} returns, so a reply is in the
 * database before the next customer line is shown and a process killed at any moment leaves the
 * run as of its last save, marked unfinished. A run's id is claimed by inserting its row, so runs
 * begun at once, in threads of one process or in several processes, never share an id; every
 * later write touches only that run's rows.
 *
 * <p>One connection, used by one thread at a time (the methods are synchronized): threads of a
 * workshop server share it, other processes have their own, and SQLite's write lock (WAL, with a
 * busy time-out) or PostgreSQL's row locks keep them apart.
 */
public final class RunDatabase implements RunRecorder, AutoCloseable {
    private final Database database;
    private final Connection connection;
    private final Set<String> knownVersions = new HashSet<>();
    private final Set<String> knownTrainees = new HashSet<>();
    private final Map<String, Playable> pendingScenarios = new LinkedHashMap<>();
    /** The turns last written for each run this store saved, so a save writes only what changed. */
    private final Map<String, List<DebriefTurn>> writtenTurns = new java.util.HashMap<>();
    /** SQLite only: checkpoints the log off the save path (none for PostgreSQL). */
    private final WalCheckpointer checkpointer;

    private RunDatabase(Database database, Connection connection, WalCheckpointer checkpointer) {
        this.database = database;
        this.connection = connection;
        this.checkpointer = checkpointer;
    }

    /** Opens the database, creating it (SQLite) and bringing its schema up to date as needed. */
    public static RunDatabase open(Database database) throws StoreException {
        Connection c = Connections.open(database);
        try {
            Migrations.apply(database, c);
            WalCheckpointer checkpointer = null;
            if (database.kind() == Database.Kind.SQLITE) {
                try (var s = c.createStatement()) {
                    s.execute(WalCheckpointer.AUTOMATIC_RARELY);
                } catch (SQLException e) {
                    throw Connections.failure(database, "cannot set up the run database", e);
                }
                checkpointer = new WalCheckpointer(database);
            }
            return new RunDatabase(database, c, checkpointer);
        } catch (StoreException e) {
            Connections.closeQuietly(c);
            throw e;
        }
    }

    public Database database() {
        return database;
    }

    @Override
    public synchronized void close() {
        if (checkpointer != null) {
            checkpointer.close();
        }
        Connections.closeQuietly(connection);
    }

    // ---- recording ------------------------------------------------------------------------------

    @Override
    public synchronized String claim(String stem) throws StoreException {
        for (int n = 1; ; n++) {
            String id = n == 1 ? stem : stem + "-" + n;
            boolean claimed = write("claim the run id " + id, () -> {
                try (PreparedStatement s = connection.prepareStatement(
                        "INSERT INTO runs (id) VALUES (?) ON CONFLICT (id) DO NOTHING")) {
                    s.setString(1, id);
                    return s.executeUpdate() == 1;
                }
            });
            if (claimed) {
                return id;
            }
        }
    }

    @Override
    public synchronized void release(String id) {
        try {
            write("give back the run id " + id, () -> {
                try (PreparedStatement s = connection.prepareStatement("DELETE FROM runs WHERE id = ? AND started_at IS NULL")) {
                    s.setString(1, id);
                    return s.executeUpdate();
                }
            });
        } catch (StoreException ignored) {
            // a claimed row without a debrief is never listed; nothing more to do
        }
    }

    @Override
    public String where(String id) {
        return id + " in " + database.shown();
    }

    @Override
    public synchronized void scenario(Playable playable) {
        if (playable.text() != null) {
            pendingScenarios.put(versionKey(playable.scenario().id(), playable.sha256()), playable);
        }
    }

    @Override
    public synchronized void save(RunRecord run) throws StoreException {
        save(run, null);
    }

    /**
     * Writes a run's rows; within a transaction. With {@code onlyIfNew}, a run whose id is already
     * kept is left as it is (for imports) and false is returned.
     */
    private boolean writeRun(RunRecord run, String debriefJson, boolean onlyIfNew) throws SQLException {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        if (run.trainee() != null && !knownTrainees.contains(run.trainee())) {
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT INTO trainees (name, first_seen) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
                s.setString(1, run.trainee());
                s.setString(2, run.startedAt() != null ? run.startedAt() : now);
                s.executeUpdate();
            }
            knownTrainees.add(run.trainee());
        }
        String sha = run.scenarioSha256() == null ? "" : run.scenarioSha256();
        String key = versionKey(run.scenarioId(), sha);
        if (!knownVersions.contains(key)) {
            Playable p = pendingScenarios.get(key);
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO scenario_versions"
                    + " (scenario_id, sha256, title, source, content, first_seen) VALUES (?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (scenario_id, sha256) DO NOTHING")) {
                s.setString(1, run.scenarioId());
                s.setString(2, sha);
                s.setString(3, run.scenarioTitle());
                s.setString(4, run.scenarioSource());
                s.setString(5, p == null ? null : p.text());
                s.setString(6, run.startedAt() != null ? run.startedAt() : now);
                s.executeUpdate();
            }
            knownVersions.add(key);
        }
        Debrief d = run.debrief();
        String[] columns = {"trainee", "scenario_id", "scenario_sha256", "scenario_title", "scenario_source", "seed", "mode",
                "started_at", "updated_at", "finished", "outcome", "ending_id", "overall_score", "grade", "calmness",
                "acknowledgment", "resolution", "turn_count", "hints_used", "undos"};
        Object[] values = {run.trainee(), run.scenarioId(), sha, run.scenarioTitle(), run.scenarioSource(), run.seed(),
                run.mode(), run.startedAt(), run.updatedAt(), run.finished() ? 1 : 0, run.outcome(), d.endingId(),
                run.overallScore(), d.overall().grade(), d.dimensions().calmness(), d.dimensions().acknowledgment(),
                d.dimensions().resolution(), d.turns().size(), d.hintsUsed(), d.undos()};
        int updated = 0;
        if (!onlyIfNew) {
            StringBuilder sql = new StringBuilder("UPDATE runs SET ");
            for (int i = 0; i < columns.length; i++) {
                sql.append(i == 0 ? "" : ", ").append(columns[i]).append(" = ?");
            }
            sql.append(" WHERE id = ?");
            try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
                bind(s, values);
                s.setString(values.length + 1, run.id());
                updated = s.executeUpdate();
            }
        }
        if (updated == 0) {
            StringBuilder sql = new StringBuilder("INSERT INTO runs (id");
            for (String c : columns) {
                sql.append(", ").append(c);
            }
            sql.append(") VALUES (?").append(", ?".repeat(columns.length)).append(") ON CONFLICT (id) DO NOTHING");
            try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
                s.setString(1, run.id());
                for (int i = 0; i < values.length; i++) {
                    setValue(s, i + 2, values[i]);
                }
                if (s.executeUpdate() == 0) {
                    return false;
                }
            }
        }
        try (PreparedStatement s = connection.prepareStatement(updated == 0
                ? "INSERT INTO run_debriefs (debrief, run_id) VALUES (?, ?)"
                : "UPDATE run_debriefs SET debrief = ? WHERE run_id = ?")) {
            s.setString(1, debriefJson);
            s.setString(2, run.id());
            if (s.executeUpdate() == 0) {
                try (PreparedStatement i = connection.prepareStatement("INSERT INTO run_debriefs (debrief, run_id) VALUES (?, ?)")) {
                    i.setString(1, debriefJson);
                    i.setString(2, run.id());
                    i.executeUpdate();
                }
            }
        }
        writeActions(run);
        writeTurns(run.id(), d);
        return true;
    }

    /** Actions only ever grow: the ones not yet kept are added. */
    private void writeActions(RunRecord run) throws SQLException {
        int kept;
        try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM actions WHERE run_id = ?")) {
            s.setString(1, run.id());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                kept = r.getInt(1);
            }
        }
        if (kept > run.actions().size()) {
            try (PreparedStatement s = connection.prepareStatement("DELETE FROM actions WHERE run_id = ? AND seq >= ?")) {
                s.setString(1, run.id());
                s.setInt(2, run.actions().size());
                s.executeUpdate();
            }
            return;
        }
        if (kept == run.actions().size()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO actions (run_id, seq, at, kind, option_number,"
                + " reply_text, calmness, acknowledgment, resolution, route_closest, route_similarity, route_runner_up,"
                + " route_runner_up_similarity, route_followed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = kept; i < run.actions().size(); i++) {
                RecordedAction a = run.actions().get(i);
                MeaningMatch m = a.route();
                bind(s, run.id(), i, a.at(), a.kind(), a.option(), a.text(), a.calmness(), a.acknowledgment(), a.resolution(),
                        m == null ? null : m.closest(), m == null ? null : thousandths(m.similarity()),
                        m == null ? null : m.runnerUp(), m == null ? null : thousandths(m.runnerUpSimilarity()),
                        m == null ? null : m.matched() ? 1 : 0);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * The turns that stand and their evidence. The turns this store wrote for the run last time
     * that are unchanged stay as they are; from the first that differs on (a new reply, one taken
     * back, or the last one, whose route is known only once the next reply or the ending is), they
     * are written afresh. The debrief's habits are written afresh each time.
     */
    private void writeTurns(String runId, Debrief d) throws SQLException {
        List<DebriefTurn> before = writtenTurns.get(runId);
        int from = 0;
        if (before != null) {
            while (from < before.size() && from < d.turns().size() && before.get(from).equals(d.turns().get(from))) {
                from++;
            }
            from = Math.max(0, from - 1);
        }
        if (before == null || from < before.size()) {
            for (String sql : new String[] {"DELETE FROM turns WHERE run_id = ? AND number > ?",
                    "DELETE FROM evidence WHERE run_id = ? AND turn_number > ?"}) {
                try (PreparedStatement s = connection.prepareStatement(sql)) {
                    s.setString(1, runId);
                    s.setInt(2, from);
                    s.executeUpdate();
                }
            }
        }
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM habits WHERE run_id = ?")) {
            s.setString(1, runId);
            s.executeUpdate();
        }
        if (from < d.turns().size()) {
            try (PreparedStatement t = connection.prepareStatement("INSERT INTO turns (run_id, number, node_id, customer_line,"
                    + " reply_text, reply_kind, calmness, acknowledgment, resolution, mood_before, mood_after, hint_used,"
                    + " mood_trigger, routed_to, best_available, fell_short) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement e = connection.prepareStatement("INSERT INTO evidence (run_id, turn_number, seq, dimension,"
                         + " rule, matched, effect, practice) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                boolean anyEvidence = false;
                for (int i = from; i < d.turns().size(); i++) {
                    DebriefTurn turn = d.turns().get(i);
                    String routedTo = i + 1 < d.turns().size() ? d.turns().get(i + 1).nodeId() : d.endingId();
                    bind(t, runId, turn.number(), turn.nodeId(), turn.customerLine(), turn.reply(), turn.replyKind(),
                            turn.scores().calmness(), turn.scores().acknowledgment(), turn.scores().resolution(),
                            turn.moodBefore(), turn.moodAfter(), turn.hintUsed() ? 1 : 0, turn.trigger(), routedTo,
                            turn.bestAvailable() ? 1 : 0, turn.fellShort() ? 1 : 0);
                    t.addBatch();
                    int seq = 0;
                    for (Evidence ev : turn.evidence()) {
                        bind(e, runId, turn.number(), seq++, ev.dimension().name().toLowerCase(java.util.Locale.ROOT), ev.rule(),
                                ev.matched(), ev.effect(), PracticeMap.of(ev).map(Practice::name).orElse(null));
                        e.addBatch();
                        anyEvidence = true;
                    }
                }
                t.executeBatch();
                if (anyEvidence) {
                    e.executeBatch();
                }
            }
        }
        if (!d.strengths().isEmpty() || !d.toWorkOn().isEmpty()) {
            try (PreparedStatement h = connection.prepareStatement(
                    "INSERT INTO habits (run_id, kind, position, practice, example) VALUES (?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Habit habit : d.strengths()) {
                    bind(h, runId, "strength", n++, habit.practice().name(), habit.example());
                    h.addBatch();
                }
                n = 0;
                for (Habit habit : d.toWorkOn()) {
                    bind(h, runId, "to_work_on", n++, habit.practice().name(), habit.example());
                    h.addBatch();
                }
                h.executeBatch();
            }
        }
    }

    // ---- workshops ------------------------------------------------------------------------------

    /**
     * The workshop of {@code room} on {@code day}, opened now or found as an earlier start of the
     * server left it: its id is the room and the day ({@code onboarding-2026-03-01}), so a server
     * restarted on the same day takes up the same workshop.
     */
    public synchronized String openWorkshop(String room, java.time.LocalDate day) throws StoreException {
        String id = room + "-" + day;
        write("open workshop " + id, () -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT INTO workshops (id, room, day, opened_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
                bind(s, id, room, day.toString(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
                return s.executeUpdate();
            }
        });
        return id;
    }

    /**
     * A recorder for the runs of one workshop: each save is this database's, and the run is
     * marked as played in {@code workshopId} in the same transaction.
     */
    public RunRecorder inWorkshop(String workshopId) {
        return savingBy(run -> save(run, workshopId));
    }

    /** Saves a run, marking it as played in the workshop {@code workshopId} (none when null). */
    private synchronized void save(RunRecord run, String workshopId) throws StoreException {
        byte[] debrief;
        try {
            debrief = Json.MAPPER.writeValueAsBytes(run.debrief());
        } catch (JsonProcessingException e) {
            throw new StoreException("run " + run.id() + ": cannot write its debrief (" + e.getOriginalMessage() + ")");
        }
        String doc = new String(debrief, java.nio.charset.StandardCharsets.UTF_8);
        try {
            write("save run " + run.id(), () -> {
                writeRun(run, doc, false);
                if (workshopId != null) {
                    try (PreparedStatement s = connection.prepareStatement(
                            "UPDATE runs SET workshop_id = ? WHERE id = ? AND workshop_id IS NULL")) {
                        bind(s, workshopId, run.id());
                        s.executeUpdate();
                    }
                }
                return null;
            });
            if (run.finished()) {
                writtenTurns.remove(run.id());
            } else {
                writtenTurns.put(run.id(), run.debrief().turns());
            }
        } catch (StoreException e) {
            writtenTurns.remove(run.id());
            throw e;
        }
    }

    /** The id of the newest unfinished run {@code trainee} began in the workshop; empty when there is none. */
    public synchronized Optional<String> unfinishedRun(String workshopId, String trainee) throws StoreException {
        return read("find an unfinished run of " + trainee, () -> {
            try (PreparedStatement s = connection.prepareStatement("SELECT id FROM runs WHERE workshop_id = ? AND trainee = ?"
                    + " AND finished = 0 AND started_at IS NOT NULL ORDER BY started_at DESC, id DESC")) {
                bind(s, workshopId, trainee);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** The ids of the runs played in a workshop, oldest first. */
    public synchronized List<String> workshopRuns(String workshopId) throws StoreException {
        return read("list the runs of workshop " + workshopId, () -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT id FROM runs WHERE workshop_id = ? AND started_at IS NOT NULL ORDER BY started_at, id")) {
                bind(s, workshopId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    /** The trainee a public key (its SHA-256 fingerprint) belongs to; empty for a key not seen before. */
    public synchronized Optional<String> keyOwner(String fingerprint) throws StoreException {
        return read("look up a trainee's key", () -> {
            try (PreparedStatement s = connection.prepareStatement("SELECT trainee FROM trainee_keys WHERE fingerprint = ?")) {
                bind(s, fingerprint);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Whether any key is remembered as {@code trainee}'s. */
    public synchronized boolean hasKey(String trainee) throws StoreException {
        return read("look up a trainee's key", () -> {
            try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM trainee_keys WHERE trainee = ?")) {
                bind(s, trainee);
                try (ResultSet r = s.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    /** Remembers a public key as {@code trainee}'s identity (a key already remembered keeps its trainee). */
    public synchronized void rememberKey(String fingerprint, String trainee) throws StoreException {
        write("remember a trainee's key", () -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT INTO trainee_keys (fingerprint, trainee, first_seen) VALUES (?, ?, ?) ON CONFLICT (fingerprint) DO NOTHING")) {
                bind(s, fingerprint, trainee, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
                return s.executeUpdate();
            }
        });
    }

    // ---- reading --------------------------------------------------------------------------------

    /** The run with this id, as last saved; empty when there is none. */
    public synchronized Optional<RunRecord> find(String id) throws StoreException {
        return read("read run " + id, () -> {
            RunRecord head;
            try (PreparedStatement s = connection.prepareStatement("SELECT id, scenario_id, scenario_title, scenario_source,"
                    + " scenario_sha256, seed, mode, trainee, started_at, updated_at, finished, outcome, overall_score, d.debrief"
                    + " FROM runs JOIN run_debriefs d ON d.run_id = runs.id WHERE runs.id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.<RunRecord>empty();
                    }
                    Debrief debrief;
                    try {
                        debrief = Json.MAPPER.readValue(r.getString("debrief"), Debrief.class);
                    } catch (JsonProcessingException e) {
                        throw new SQLException("the debrief kept with run " + id + " cannot be read (" + e.getOriginalMessage() + ")");
                    }
                    head = new RunRecord(RunRecord.FORMAT, RunRecord.VERSION, r.getString("id"), r.getString("scenario_id"),
                            r.getString("scenario_title"), r.getString("scenario_source"), emptyToNull(r.getString("scenario_sha256")),
                            r.getLong("seed"), r.getString("mode"), r.getString("trainee"), r.getString("started_at"),
                            r.getString("updated_at"), r.getInt("finished") == 1, r.getString("outcome"), r.getInt("overall_score"),
                            List.of(), debrief);
                }
            }
            List<RecordedAction> actions = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT at, kind, option_number, reply_text, calmness,"
                    + " acknowledgment, resolution, route_closest, route_similarity, route_runner_up,"
                    + " route_runner_up_similarity, route_followed FROM actions WHERE run_id = ? ORDER BY seq")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Integer closest = integer(r, 8);
                        MeaningMatch route = closest == null ? null : new MeaningMatch(closest, integer(r, 9) / 1000.0,
                                integer(r, 10), integer(r, 11) / 1000.0, integer(r, 12) == 1);
                        actions.add(new RecordedAction(r.getString(1), r.getString(2), integer(r, 3), r.getString(4),
                                integer(r, 5), integer(r, 6), integer(r, 7), route));
                    }
                }
            }
            return Optional.of(new RunRecord(head.format(), head.version(), head.id(), head.scenarioId(), head.scenarioTitle(),
                    head.scenarioSource(), head.scenarioSha256(), head.seed(), head.mode(), head.trainee(), head.startedAt(),
                    head.updatedAt(), head.finished(), head.outcome(), head.overallScore(), actions, head.debrief()));
        });
    }

    /** The text of the scenario file a run was played on, when it was kept. */
    public synchronized Optional<String> scenarioText(String scenarioId, String sha256) throws StoreException {
        return read("read scenario " + scenarioId, () -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT content FROM scenario_versions WHERE scenario_id = ? AND sha256 = ?")) {
                s.setString(1, scenarioId);
                s.setString(2, sha256 == null ? "" : sha256);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** The runs the filter picks, newest first, without their turns. */
    public synchronized List<RunSummary> list(RunFilter filter) throws StoreException {
        return read("list runs", () -> summaries(filter, "DESC", false));
    }

    /** How many runs the filter picks, ignoring its limit. */
    public synchronized int count(RunFilter filter) throws StoreException {
        return read("count runs", () -> {
            List<Object> args = new ArrayList<>();
            String where = where(filter, args);
            try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM runs WHERE " + where)) {
                bind(s, args.toArray());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        });
    }

    /** Every run the filter picks, oldest first, with the habits each debrief named: what progress is worked out from. */
    public synchronized List<RunSummary> history(RunFilter filter) throws StoreException {
        return read("read the runs' history", () -> summaries(filter, "ASC", true));
    }

    /** The trainees who have runs, by name. */
    public synchronized List<String> trainees() throws StoreException {
        return read("list trainees", () -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT DISTINCT trainee FROM runs WHERE trainee IS NOT NULL AND started_at IS NOT NULL ORDER BY trainee")) {
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        names.add(r.getString(1));
                    }
                }
            }
            return names;
        });
    }

    private List<RunSummary> summaries(RunFilter filter, String order, boolean withHabits) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        String sql = "SELECT id, trainee, scenario_id, scenario_title, started_at, finished, outcome, overall_score, grade,"
                + " calmness, acknowledgment, resolution, turn_count FROM runs WHERE " + where
                + " ORDER BY started_at " + order + ", LENGTH(id) " + order + ", id " + order
                + (filter.limit() > 0 ? " LIMIT " + filter.limit() : "");
        Map<String, Object[]> rows = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            bind(s, args.toArray());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getString(1), new Object[] {r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getInt(6) == 1, r.getString(7), r.getInt(8), r.getString(9), r.getInt(10), r.getInt(11), r.getInt(12),
                            r.getInt(13), new ArrayList<Practice>(), new ArrayList<Practice>()});
                }
            }
        }
        if (withHabits && !rows.isEmpty()) {
            String habits = "SELECT h.run_id, h.kind, h.practice FROM habits h JOIN runs r ON r.id = h.run_id WHERE "
                    + where(filter, new ArrayList<>(), "r.") + " ORDER BY h.run_id, h.kind, h.position";
            try (PreparedStatement s = connection.prepareStatement(habits)) {
                bind(s, args.toArray());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Object[] row = rows.get(r.getString(1));
                        if (row == null) {
                            continue;
                        }
                        Practice p;
                        try {
                            p = Practice.valueOf(r.getString(3));
                        } catch (IllegalArgumentException unknown) {
                            continue;
                        }
                        @SuppressWarnings("unchecked")
                        List<Practice> list = (List<Practice>) row["strength".equals(r.getString(2)) ? 12 : 13];
                        list.add(p);
                    }
                }
            }
        }
        List<RunSummary> out = new ArrayList<>(rows.size());
        for (Map.Entry<String, Object[]> e : rows.entrySet()) {
            Object[] v = e.getValue();
            @SuppressWarnings("unchecked")
            List<Practice> strengths = (List<Practice>) v[12];
            @SuppressWarnings("unchecked")
            List<Practice> toWorkOn = (List<Practice>) v[13];
            out.add(new RunSummary(e.getKey(), (String) v[0], (String) v[1], (String) v[2], (String) v[3], (Boolean) v[4],
                    (String) v[5], (Integer) v[6], (String) v[7], (Integer) v[8], (Integer) v[9], (Integer) v[10],
                    (Integer) v[11], strengths, toWorkOn));
        }
        return out;
    }

    // ---- the cohort report ----------------------------------------------------------------------

    /**
     * The column that names the workshop a run was played in ({@code hotseat serve} records it:
     * {@code runs.workshop_id}, a row of {@code workshops} with its {@code room} and day). Until
     * the workshop migration has added it, {@link #keepsRooms} is false and no report can ask for
     * a room.
     */
    static final String WORKSHOP_COLUMN = "workshop_id";

    /** Whether runs record the workshop room they were played in. */
    public synchronized boolean keepsRooms() throws StoreException {
        return read("look for rooms", () -> {
            var meta = connection.getMetaData();
            for (String table : new String[] {"runs", "RUNS"}) {
                try (ResultSet r = meta.getColumns(null, null, table, null)) {
                    while (r.next()) {
                        if (WORKSHOP_COLUMN.equalsIgnoreCase(r.getString("COLUMN_NAME"))) {
                            return true;
                        }
                    }
                }
            }
            return false;
        });
    }

    /**
     * Every run the filter picks (its limit ignored), oldest first, with its standing turns, how
     * long each took to answer, and the habits its debrief named: what the cohort report is worked
     * out from. Four queries, whatever the number of runs; no debrief document is read.
     *
     * @param room only runs played in this room; null for any. Ask only when {@link #keepsRooms}.
     */
    public synchronized List<CohortRun> cohort(RunFilter filter, String room) throws StoreException {
        boolean rooms = keepsRooms();
        // One snapshot: a workshop saving meanwhile is in what is read as of one moment, so each run's
        // turns, actions and answer times agree (and statements made from them keep their ids).
        return readSnapshot("read the runs for the report", () -> {
            List<Object> args = new ArrayList<>();
            String where = cohortWhere(filter, room, args, "r.");
            Map<String, CohortRun> heads = new LinkedHashMap<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT r.id, r.trainee, r.scenario_id, r.scenario_title,"
                    + " r.started_at, r.finished, r.outcome, r.ending_id, r.overall_score, r.grade, r.calmness, r.acknowledgment,"
                    + " r.resolution" + (rooms ? ", w.id, w.room, w.day" : "") + " FROM runs r"
                    + (rooms ? " LEFT JOIN workshops w ON w.id = r." + WORKSHOP_COLUMN : "") + " WHERE " + where
                    + " ORDER BY r.started_at, LENGTH(r.id), r.id")) {
                bind(s, args.toArray());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        CohortRun.Workshop workshop = rooms && r.getString(14) != null
                                ? new CohortRun.Workshop(r.getString(14), r.getString(15), r.getString(16)) : null;
                        heads.put(r.getString(1), new CohortRun(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5), r.getInt(6) == 1, r.getString(7), r.getString(8), r.getInt(9), r.getString(10),
                                r.getInt(11), r.getInt(12), r.getInt(13), List.of(), List.of(), workshop));
                    }
                }
            }
            if (heads.isEmpty()) {
                return List.of();
            }
            Map<String, List<AnswerTimes.Action>> actions = new HashMap<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT a.run_id, a.at, a.kind FROM actions a"
                    + " JOIN runs r ON r.id = a.run_id WHERE " + where + " ORDER BY a.run_id, a.seq")) {
                bind(s, args.toArray());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String id = r.getString(1);
                        // A run begun after the first query (a workshop still playing) is left for the next report.
                        if (heads.containsKey(id)) {
                            actions.computeIfAbsent(id, k -> new ArrayList<>()).add(new AnswerTimes.Action(r.getString(2), r.getString(3)));
                        }
                    }
                }
            }
            Map<String, List<AnswerTimes.Answer>> times = new HashMap<>();
            actions.forEach((id, list) -> times.put(id, AnswerTimes.answers(heads.get(id).startedAt(), list)));
            Map<String, List<CohortRun.Turn>> turns = new HashMap<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT t.run_id, t.number, t.node_id, t.reply_text,"
                    + " t.reply_kind, t.calmness, t.acknowledgment, t.resolution, t.mood_trigger, t.routed_to, t.best_available,"
                    + " t.fell_short FROM turns t JOIN runs r ON r.id = t.run_id WHERE " + where
                    + " ORDER BY t.run_id, t.number")) {
                bind(s, args.toArray());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String id = r.getString(1);
                        List<CohortRun.Turn> list = turns.computeIfAbsent(id, k -> new ArrayList<>());
                        List<AnswerTimes.Answer> took = times.getOrDefault(id, List.of());
                        AnswerTimes.Answer answer = list.size() < took.size() ? took.get(list.size()) : null;
                        list.add(new CohortRun.Turn(r.getInt(2), r.getString(3), r.getString(4), r.getString(5), r.getInt(6),
                                r.getInt(7), r.getInt(8), r.getString(9), r.getString(10), r.getInt(11) == 1, r.getInt(12) == 1,
                                answer == null ? null : answer.seconds(), answer == null ? null : answer.at()));
                    }
                }
            }
            Map<String, List<CohortRun.NamedHabit>> habits = new HashMap<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT h.run_id, h.kind, h.practice, h.example FROM habits h"
                    + " JOIN runs r ON r.id = h.run_id WHERE " + where + " ORDER BY h.run_id, h.kind, h.position")) {
                bind(s, args.toArray());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Practice p;
                        try {
                            p = Practice.valueOf(r.getString(3));
                        } catch (IllegalArgumentException unknown) {
                            continue;
                        }
                        habits.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                                .add(new CohortRun.NamedHabit("strength".equals(r.getString(2)), p, r.getString(4)));
                    }
                }
            }
            List<CohortRun> out = new ArrayList<>(heads.size());
            for (CohortRun h : heads.values()) {
                out.add(new CohortRun(h.id(), h.trainee(), h.scenarioId(), h.scenarioTitle(), h.startedAt(), h.finished(),
                        h.outcome(), h.endingId(), h.overall(), h.grade(), h.calmness(), h.acknowledgment(), h.resolution(),
                        turns.getOrDefault(h.id(), List.of()), habits.getOrDefault(h.id(), List.of()), h.workshop()));
            }
            return out;
        });
    }

    /**
     * The report's selection as SQL over {@code runs} under the alias {@code t}: the filter's parts,
     * and the room — a workshop's room name (every day it was served) or a workshop's own id (the
     * room and the day, {@code onboarding-2026-03-01}). This is the one place the room is asked for.
     */
    private static String cohortWhere(RunFilter f, String room, List<Object> args, String t) {
        String w = where(new RunFilter(f.scenarioId(), f.trainee(), f.since(), f.before(), 0), args, t);
        if (room != null) {
            w += " AND " + t + WORKSHOP_COLUMN + " IN (SELECT w.id FROM workshops w WHERE w.room = ? OR w.id = ?)";
            args.add(room);
            args.add(room);
        }
        return w;
    }

    /** The scenarios the runs {@link #cohort} would read were played on, by id. */
    public synchronized List<String> cohortScenarios(RunFilter filter, String room) throws StoreException {
        return read("list the runs' scenarios", () -> {
            List<Object> args = new ArrayList<>();
            String where = cohortWhere(filter, room, args, "r.");
            List<String> ids = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT DISTINCT r.scenario_id FROM runs r WHERE " + where
                    + " AND r.scenario_id IS NOT NULL ORDER BY r.scenario_id")) {
                bind(s, args.toArray());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    /** The text of the newest version of a scenario kept with its runs, when any was kept. */
    public synchronized Optional<String> latestScenarioText(String scenarioId) throws StoreException {
        return read("read scenario " + scenarioId, () -> {
            try (PreparedStatement s = connection.prepareStatement("SELECT content FROM scenario_versions WHERE scenario_id = ?"
                    + " AND content IS NOT NULL ORDER BY first_seen DESC, sha256 DESC")) {
                s.setString(1, scenarioId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    private static String where(RunFilter f, List<Object> args) {
        return where(f, args, "");
    }

    private static String where(RunFilter f, List<Object> args, String t) {
        StringBuilder w = new StringBuilder(t + "started_at IS NOT NULL");
        if (f.scenarioId() != null) {
            w.append(" AND " + t + "scenario_id = ?");
            args.add(f.scenarioId());
        }
        if (f.trainee() != null) {
            w.append(" AND " + t + "trainee = ?");
            args.add(f.trainee());
        }
        if (f.since() != null) {
            w.append(" AND " + t + "started_at >= ?");
            args.add(f.since());
        }
        if (f.before() != null) {
            w.append(" AND " + t + "started_at < ?");
            args.add(f.before());
        }
        return w.toString();
    }

    // ---- importing JSON run files ---------------------------------------------------------------

    /**
     * What an import did.
     *
     * @param imported runs added
     * @param present  runs already kept (an earlier import, or the same run)
     * @param skipped  files that are not runs, each with why
     */
    public record Imported(int imported, int present, List<String> skipped) {
        public Imported {
            skipped = List.copyOf(skipped);
        }
    }

    /** Whether the run files in this folder were imported into this database already. */
    public synchronized boolean importedAlready(Path folder) throws StoreException {
        String key = folder.toAbsolutePath().normalize().toString();
        return read("check for imported run files", () -> {
            try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM imports WHERE folder = ?")) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    /**
     * Imports every JSON run file in a folder ({@code *.json}, not its sub-folders), in one
     * transaction, and marks the folder imported. A run whose id is kept already is left as it
     * is; a file that is not a run is skipped and named. Runs saved before trainees were recorded
     * are given {@code trainee}.
     *
     * @param once when true, a folder marked imported is not read again (and 0 runs are reported);
     *             two processes importing the same folder at once import it once
     */
    public synchronized Imported importFolder(Path folder, String trainee, boolean once) throws StoreException {
        String key = folder.toAbsolutePath().normalize().toString();
        if (!Files.isDirectory(folder)) {
            throw new StoreException(folder + ": no such folder — give a folder of .json run files");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*.json")) {
            dir.forEach(files::add);
        } catch (IOException e) {
            throw new StoreException(folder + ": cannot list the folder (" + e.getMessage() + ")");
        }
        files.sort(null);
        return write("import run files from " + folder, () -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT INTO imports (folder, imported_at, runs) VALUES (?, ?, 0) ON CONFLICT (folder) DO NOTHING")) {
                s.setString(1, key);
                s.setString(2, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
                if (s.executeUpdate() == 0 && once) {
                    return new Imported(0, 0, List.of());
                }
            }
            int imported = 0;
            int present = 0;
            List<String> skipped = new ArrayList<>();
            for (Path f : files) {
                try {
                    if (Files.size(f) == 0) {
                        continue; // an id claimed by an older Hotseat for a run that never saved
                    }
                } catch (IOException e) {
                    skipped.add(f.getFileName() + " (" + e.getMessage() + ")");
                    continue;
                }
                RunRecord run;
                try {
                    run = RunFiles.load(f);
                } catch (RunFileException e) {
                    String m = e.getMessage();
                    skipped.add(m.startsWith(f.toString()) ? f.getFileName() + m.substring(f.toString().length()) : m);
                    continue;
                }
                if (run.id() == null || run.id().isBlank()) {
                    skipped.add(f.getFileName() + ": the run has no id");
                    continue;
                }
                if (run.trainee() == null) {
                    run = new RunRecord(run.format(), run.version(), run.id(), run.scenarioId(), run.scenarioTitle(),
                            run.scenarioSource(), run.scenarioSha256(), run.seed(), run.mode(), trainee, run.startedAt(),
                            run.updatedAt(), run.finished(), run.outcome(), run.overallScore(), run.actions(), run.debrief());
                }
                String doc;
                try {
                    doc = Json.MAPPER.writeValueAsString(run.debrief());
                } catch (JsonProcessingException e) {
                    skipped.add(f.getFileName() + ": its debrief cannot be written (" + e.getOriginalMessage() + ")");
                    continue;
                }
                if (writeRun(run, doc, true)) {
                    imported++;
                } else {
                    present++;
                }
            }
            try (PreparedStatement s = connection.prepareStatement("UPDATE imports SET runs = runs + ? WHERE folder = ?")) {
                s.setInt(1, imported);
                s.setString(2, key);
                s.executeUpdate();
            }
            return new Imported(imported, present, skipped);
        });
    }

    // ---- plumbing -------------------------------------------------------------------------------

    private interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs {@code work} in one transaction, committed before this returns; rolled back on failure. */
    private <T> T write(String what, Work<T> work) throws StoreException {
        try {
            T result = transaction(work);
            if (checkpointer != null) {
                checkpointer.written();
            }
            return result;
        } catch (SQLException e) {
            throw Connections.failure(database, "could not " + what, e);
        }
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it fails. */
    private <T> T transaction(Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the connection is gone; the failure the caller reports says so
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Reads in one snapshot of the database: what other connections commit meanwhile is not seen.
     * SQLite's transaction is begun DEFERRED by hand, as a reader (this connection begins its own
     * IMMEDIATE, which would take the write lock and hold saves up); PostgreSQL's is REPEATABLE READ.
     */
    private <T> T readSnapshot(String what, Work<T> work) throws StoreException {
        try {
            if (database.kind() == Database.Kind.SQLITE) {
                try (Statement s = connection.createStatement()) {
                    s.execute("BEGIN DEFERRED");
                }
                try {
                    return work.run();
                } finally {
                    try (Statement s = connection.createStatement()) {
                        s.execute("COMMIT");
                    }
                }
            }
            int isolation = connection.getTransactionIsolation();
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return transaction(work);
            } finally {
                connection.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            throw Connections.failure(database, "could not " + what, e);
        }
    }

    private <T> T read(String what, Work<T> work) throws StoreException {
        try {
            return work.run();
        } catch (SQLException e) {
            throw Connections.failure(database, "could not " + what, e);
        }
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            setValue(s, i + 1, values[i]);
        }
    }

    private static void setValue(PreparedStatement s, int index, Object v) throws SQLException {
        if (v == null) {
            s.setNull(index, Types.NULL);
        } else if (v instanceof Integer i) {
            s.setInt(index, i);
        } else if (v instanceof Long l) {
            s.setLong(index, l);
        } else {
            s.setString(index, v.toString());
        }
    }

    /** A similarity as kept in the database: thousandths, the three decimals a run keeps. */
    private static int thousandths(double similarity) {
        return (int) Math.round(similarity * 1000);
    }

    private static Integer integer(ResultSet r, int column) throws SQLException {
        int v = r.getInt(column);
        return r.wasNull() ? null : v;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String versionKey(String id, String sha) {
        return id + "\u0000" + (sha == null ? "" : sha);
    }
}
