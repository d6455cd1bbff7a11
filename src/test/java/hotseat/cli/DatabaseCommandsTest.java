package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hotseat.session.RunRecord;
import hotseat.store.Database;
import hotseat.store.TestDatabases;

/** Where runs are kept, as a user meets it: --db, HOTSEAT_DB, config.yaml, the default, and every way it can go wrong. */
class DatabaseCommandsTest {
    @TempDir
    Path dir;

    private final String scenario = Run.resource("play/late-parcel.yaml");

    private Map<String, String> env(String... more) {
        java.util.HashMap<String, String> env = new java.util.HashMap<>();
        env.put("HOME", dir.resolve("home").toString());
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        env.put("USER", "login-name");
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    /** One line, naming the cause and the fix, exit 1, no trace and never the password. */
    private static void oneClearLine(Run r, String... words) {
        assertEquals(1, r.exit(), r.toString());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("hotseat: error: "), r.err());
        for (String w : words) {
            assertTrue(r.err().contains(w), "\"" + w + "\" in: " + r.err());
        }
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertFalse(r.err().contains("s3cret") || r.out().contains("s3cret"), "no password: " + r);
    }

    @Test
    void theDatabaseIsChosenByOptionThenEnvironmentThenConfigThenTheDefault() throws Exception {
        Path fromConfig = dir.resolve("from-config.db");
        Files.createDirectories(dir.resolve("config/hotseat"));
        Files.writeString(dir.resolve("config/hotseat/config.yaml"), "db: " + fromConfig + "\n");
        Path fromEnv = dir.resolve("from-env.db");
        Path fromOption = dir.resolve("from-option.db");

        Run r = Run.withEnv(env("HOTSEAT_DB", fromEnv.toString()), "1\n1\n", "play", scenario, "--db", fromOption.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals(1, SavedRuns.in(fromOption).size());
        Run e = Run.withEnv(env("HOTSEAT_DB", fromEnv.toString()), "1\n1\n", "play", scenario);
        assertEquals(0, e.exit(), e.toString());
        assertEquals(1, SavedRuns.in(fromEnv).size());
        Run c = Run.withEnv(env(), "1\n1\n", "play", scenario, "--trainee", "Sam Jones");
        assertEquals(0, c.exit(), c.toString());
        RunRecord configured = SavedRuns.newest(fromConfig);
        assertEquals("Sam Jones", configured.trainee());
        Files.delete(dir.resolve("config/hotseat/config.yaml"));
        Run d = Run.withEnv(env(), "1\n1\n", "play", scenario);
        assertEquals(0, d.exit(), d.toString());
        RunRecord byDefault = SavedRuns.newest(dir.resolve("data/hotseat/hotseat.db"));
        assertEquals("login-name", byDefault.trainee(), "the login name when no --trainee is given");
        assertTrue(d.err().contains("in " + dir.resolve("data/hotseat/hotseat.db")), d.err());
    }

    @Test
    void oldRunFilesAreImportedOnFirstUseAndRunsFiltersThem() throws Exception {
        // Runs as an earlier version kept them: one JSON file each, in $XDG_DATA_HOME/hotseat/runs.
        Path store = dir.resolve("elsewhere.db");
        Run played = Run.withInput("1\n1\n", "play", scenario, "--db", store.toString(), "--trainee", "ana");
        assertEquals(0, played.exit(), played.toString());
        Path legacy = Files.createDirectories(dir.resolve("data/hotseat/runs"));
        Path file = legacy.resolve("20260301-100000-late-parcel.json");
        Run export = Run.withInput("", "debrief", "latest", "--db", store.toString(), "--format", "json", "--out", file.toString());
        assertEquals(0, export.exit(), export.toString());
        Files.writeString(file, Files.readString(file).replace("\"trainee\" : \"ana\",", ""));
        Files.writeString(legacy.resolve("broken.json"), "{\"format\": \"hotseat-run\"");

        Run first = Run.withEnv(env(), "", "runs");
        assertEquals(0, first.exit(), first.toString());
        assertTrue(first.err().startsWith("Imported 1 run from " + legacy + " into " + dir.resolve("data/hotseat/hotseat.db")
                + " (the files are left as they were)."), first.err());
        assertTrue(first.err().contains("broken.json"), first.err());
        assertTrue(first.out().contains("login-name  late-parcel"), "old runs get the login name: " + first.out());
        Run second = Run.withEnv(env(), "", "runs");
        assertEquals("", second.err(), "imported once");
        assertEquals(first.out(), second.out());
        assertTrue(Files.exists(file), "the files are left as they were");

        Run other = Run.withEnv(env(), "1\n", "play", scenario, "--trainee", "ben");
        assertEquals(3, other.exit(), other.toString());
        Run bens = Run.withEnv(env(), "", "runs", "--trainee", "ben");
        assertEquals(2, bens.outLines().length - 1, bens.out());
        assertTrue(bens.out().contains("ben"), bens.out());
        Run none = Run.withEnv(env(), "", "runs", "--scenario", "late-parcel", "--since", "2026-03-02");
        assertTrue(none.out().startsWith("No saved runs match"), none.out());
        Run day = Run.withEnv(env(), "", "runs", "--since", "2026-03-01", "--until", "2026-03-01");
        assertEquals(4, day.outLines().length, day.out());
        Run badDate = Run.withEnv(env(), "", "runs", "--since", "March");
        assertEquals(2, badDate.exit());
        assertTrue(badDate.err().contains("write it as YYYY-MM-DD"), badDate.err());

        Path folder = Files.createDirectories(dir.resolve("exported"));
        Files.copy(file, folder.resolve("a.json"));
        Run imported = Run.withInput("", "runs", "--import", folder.toString(), "--db", dir.resolve("fresh.db").toString());
        assertEquals(0, imported.exit(), imported.toString());
        assertTrue(imported.err().startsWith("Imported 1 run from " + folder), imported.err());
    }

    @Test
    void badDatabasesGiveOneClearLine() throws Exception {
        oneClearLine(Run.withInput("", "runs", "--db", "mysql://localhost/runs"), "\"mysql\" databases are not supported",
                "postgresql://");
        oneClearLine(Run.withInput("", "runs", "--db", "postgresql://hotseat:s3cret@/runs"), "names no host");
        oneClearLine(Run.withInput("", "runs", "--db", "postgresql://hotseat:s3cret@localhost:5432"), "names no database");
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        oneClearLine(Run.withInput("", "runs", "--db", "postgresql://hotseat:s3cret@127.0.0.1:" + closed + "/runs"),
                "postgresql://hotseat:***@127.0.0.1:" + closed + "/runs", "check that PostgreSQL is running there");

        Path notADb = dir.resolve("notes.db");
        Files.writeString(notADb, "these are my notes, not a database ".repeat(100));
        oneClearLine(Run.withInput("", "runs", "--db", notADb.toString()), notADb.toString(), "not a SQLite database");
        oneClearLine(Run.withInput("", "play", scenario, "--db", notADb.toString()), "not a SQLite database");
        oneClearLine(Run.withInput("", "runs", "--db", dir.toString()), "is a folder");

        Files.createDirectories(dir.resolve("config/hotseat"));
        Files.writeString(dir.resolve("config/hotseat/config.yaml"), "dbb: runs.db\n");
        oneClearLine(Run.withEnv(env(), "", "runs"), "config.yaml:1:1: error: unknown setting \"dbb\" — did you mean \"db\"?");

        Run gone = Run.withInput("", "runs", "--runs-dir", dir.toString());
        assertEquals(2, gone.exit());
        assertTrue(gone.err().contains("--runs-dir is gone") && gone.err().contains("--db"), gone.err());
    }

    @Test
    void postgresqlServesEveryRunCommandAndItsPasswordIsNeverShown() throws Exception {
        Database pg = TestDatabases.freshPostgres();
        String url = pg.shown().replace("***", "s3cret-pw");
        Run play = Run.withInput("1\n1\n", "play", scenario, "--db", url, "--trainee", "ana");
        assertEquals(0, play.exit(), play.toString());
        Run runs = Run.withInput("", "runs", "--db", url, "--trainee", "ana");
        assertEquals(0, runs.exit(), runs.toString());
        assertTrue(runs.out().contains("20260301-100000-late-parcel"), runs.out());
        Run debrief = Run.withInput("", "debrief", "latest", "--db", url);
        assertTrue(debrief.out().contains("Outcome: resolved"), debrief.out());
        Run replay = Run.withInput("", "replay", "latest", "--db", url);
        assertEquals(0, replay.exit(), replay.toString());
        for (Run r : List.of(play, runs, debrief, replay)) {
            assertFalse((r.out() + r.err()).contains("s3cret-pw"), "the password never appears: " + r);
        }
        assertTrue(play.err().contains("postgresql://hotseat:***@localhost"), play.err());

        String wrong = url.replace("s3cret-pw", "s3cret-wrong");
        oneClearLine(Run.withInput("", "runs", "--db", wrong), "password authentication failed", "check the user name and password");
        oneClearLine(Run.withInput("", "runs", "--db", url.replaceAll("/hotseat_test_\\d+", "/no_such_db")),
                "does not exist", "create the database first");
    }

    /**
     * Several programs playing into one SQLite file at once, as a room of terminals does; SQLite's
     * native library is unpacked once into the cache, never into the temporary folder.
     */
    @Test
    void playsInSeveralProcessesAtOnceEachKeepTheirRun() throws Exception {
        Path db = dir.resolve("room.db");
        Path cache = Files.createDirectories(dir.resolve("cache")), tmp = Files.createDirectories(dir.resolve("tmp"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> plays = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ProcessBuilder play = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + tmp,
                    "-cp", System.getProperty("java.class.path"),
                    "hotseat.cli.Main", "play", scenario, "--plain", "--db", db.toString(), "--trainee", "t" + i,
                    "--answers", Run.resource("play/answers-resolved.txt"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            play.environment().put("XDG_CACHE_HOME", cache.toString());
            plays.add(play.start());
        }
        for (Process p : plays) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "a play finished");
            assertEquals(0, p.exitValue());
        }
        List<RunRecord> runs = SavedRuns.in(db);
        assertEquals(4, runs.size(), "no run lost or overwritten");
        assertEquals(4, runs.stream().map(RunRecord::id).distinct().count());
        assertEquals(List.of("t0", "t1", "t2", "t3"), runs.stream().map(RunRecord::trainee).sorted().toList());
        for (RunRecord r : runs) {
            assertTrue(r.finished(), r.id());
            assertEquals(5, r.actions().size(), r.id());
        }
        try (var cached = Files.walk(cache); var temporary = Files.list(tmp)) {
            assertEquals(1, cached.filter(f -> f.getFileName().toString().contains("sqlitejdbc")).count());
            assertEquals(List.of(), temporary.map(f -> f.getFileName().toString()).filter(n -> n.contains("sqlite")).toList());
        }
    }

    static void ignore(IOException e) {
    }
}
