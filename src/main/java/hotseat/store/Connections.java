package hotseat.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens connections to a {@link Database} and turns what a driver throws into one line for people
 * that names the cause and the fix, without the password.
 */
final class Connections {
    /** How long a writer waits for another's transaction (SQLite) before giving up. */
    static final int BUSY_TIMEOUT_MS = 15_000;

    private Connections() {}

    static Connection open(Database db) throws StoreException {
        try {
            return switch (db.kind()) {
                case SQLITE -> openSqlite(db);
                case POSTGRESQL -> openPostgres(db);
            };
        } catch (SQLException e) {
            throw failure(db, "cannot open the run database", e);
        }
    }

    /**
     * SQLite: WAL (readers never wait for the writer, a commit is one append), synchronous=NORMAL
     * (in WAL a commit survives the process being killed; only a power cut may take back the last
     * few), a busy time-out so that writers in other processes wait their turn instead of failing,
     * transactions begun IMMEDIATE (the write lock is taken at BEGIN, so two writers never both
     * hold a read snapshot they cannot upgrade), and foreign keys enforced.
     */
    private static Connection openSqlite(Database db) throws SQLException, StoreException {
        return openSqlite(db, true);
    }

    /**
     * A second connection to an SQLite file that is open already, with the same settings: never
     * made anew, so a file moved or deleted meanwhile is not quietly replaced by an empty one.
     */
    static Connection openExistingSqlite(Database db) throws SQLException, StoreException {
        return openSqlite(db, false);
    }

    private static Connection openSqlite(Database db, boolean create) throws SQLException, StoreException {
        Path file = Path.of(db.shown());
        Path dir = file.getParent();
        if (Files.isDirectory(file)) {
            throw new StoreException(file + ": is a folder — give the path of a database file, such as " + file.resolve("hotseat.db"));
        }
        try {
            if (dir != null && create) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot create the folder for the run database (" + e.getClass().getSimpleName()
                    + ") — check that it is writable, or choose another database with --db FILE");
        }
        SqliteNative.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.enforceForeignKeys(true);
        if (!create) {
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        Properties p = config.toProperties();
        Connection c = new org.sqlite.JDBC().connect(db.jdbcUrl(), p);
        try (var s = c.createStatement(); var r = s.executeQuery("PRAGMA journal_mode")) {
            // Reading the mode back makes SQLite open the file, so a file that is not a database fails here.
            r.next();
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
        return c;
    }

    private static Connection openPostgres(Database db) throws SQLException {
        Connection c = new org.postgresql.Driver().connect(db.jdbcUrl(), db.properties());
        if (c == null) {
            throw new SQLException("the PostgreSQL driver does not take this URL", "08001");
        }
        return c;
    }

    static void closeQuietly(Connection c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException ignored) {
            // closing after a failure: nothing more to report
        }
    }

    /** One line for people: what could not be done, why, and what to do; never the password. */
    static StoreException failure(Database db, String what, SQLException e) {
        String where = db.shown();
        String cause = oneLine(e.getMessage());
        if (db.password() != null && !db.password().isEmpty()) {
            cause = cause.replace(db.password(), "***");
        }
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            String fix = switch (code.code & 0xff) {
                case 26 -> " — this file is not a SQLite database: give another file with --db, or move this one away";
                case 11 -> " — the database file is damaged: move it away (a new one is made) or restore a copy";
                case 14 -> " — check that the file's folder exists and is writable, or choose another with --db FILE";
                case 8 -> " — the file is read-only: check its permissions, or choose another with --db FILE";
                case 5, 6 -> " — another program holds the database locked for more than " + BUSY_TIMEOUT_MS / 1000
                        + " s; try again when it has finished";
                case 13 -> " — the disk is full: free some space and try again";
                default -> "";
            };
            return new StoreException(where + ": " + what + " (" + sqliteCause(cause) + ")" + fix, e);
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String fix;
        if (state.startsWith("08")) {
            fix = " — check that PostgreSQL is running there and that the host and port are right"
                    + " (set with --db, HOTSEAT_DB or db: in config.yaml)";
        } else if (state.equals("28P01") || state.equals("28000")) {
            fix = " — check the user name and password in the URL";
        } else if (state.equals("3D000")) {
            fix = " — create the database first (createdb NAME) or name one that exists";
        } else if (state.equals("42501")) {
            fix = " — the user needs the right to create tables in this database (GRANT CREATE ON SCHEMA public)";
        } else {
            fix = "";
        }
        return new StoreException(where + ": " + what + " (" + cause + ")" + fix, e);
    }

    private static String sqliteCause(String message) {
        // "[SQLITE_NOTADB] File opened that is not a database file (file is not a database)" → the words in brackets' place
        String m = message.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
        return m.toLowerCase(Locale.ROOT).startsWith("file opened that is not a database file") ? "file is not a database" : m;
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "no reason given";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
