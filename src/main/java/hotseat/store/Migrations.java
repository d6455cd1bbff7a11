package hotseat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a database's schema up to date with the versioned migrations in
 * {@code src/main/resources/db/migration} (Flyway: {@code V1__runs.sql}, then each later
 * {@code V<n>__*.sql} once, in order, recorded in {@code flyway_schema_history}).
 *
 * <p>Flyway costs a new JVM a few hundred milliseconds, which every command that reads runs would
 * pay; so when the history already holds the newest version this build knows, it is not started.
 */
final class Migrations {
    /** The newest migration in this build: raise it with each new {@code V<n>__*.sql}. */
    static final int LATEST = 3;

    /** Flyway's own logging (java.util.logging here) stays quiet: its notices are not for trainees. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private Migrations() {}

    static void apply(Database db, Connection c) throws StoreException {
        if (upToDate(c)) {
            return;
        }
        FLYWAY_LOG.setLevel(Level.SEVERE);
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(db.jdbcUrl(), db.user(), db.password())
                .locations("classpath:db/migration")
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
                .load();
        FlywayException last = null;
        // Two programs opening a new database at once may both start migrating; the one that
        // loses finds the schema made by the other when it tries again.
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                flyway.migrate();
                return;
            } catch (FlywayException e) {
                last = e;
                try {
                    Thread.sleep(200L * (attempt + 1));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
                if (upToDate(c)) {
                    return;
                }
            }
        }
        Throwable cause = last;
        while (cause != null && !(cause instanceof SQLException) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof SQLException sql) {
            throw Connections.failure(db, "cannot bring the run database's tables up to date", sql);
        }
        String why = last == null ? "interrupted" : firstLine(last.getMessage());
        if (db.password() != null && !db.password().isEmpty()) {
            why = why.replace(db.password(), "***");
        }
        throw new StoreException(db.shown() + ": cannot bring the run database's tables up to date (" + why
                + ") — if this database was made by a newer Hotseat, use that version");
    }

    /** Whether the schema history holds {@link #LATEST} (false when there is no history yet). */
    private static boolean upToDate(Connection c) {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = " + successTrue(c));
             ResultSet r = s.executeQuery()) {
            return r.next() && r.getInt(1) >= LATEST;
        } catch (SQLException noHistoryYet) {
            try {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
            } catch (SQLException ignored) {
                // nothing was begun
            }
            return false;
        }
    }

    private static String successTrue(Connection c) throws SQLException {
        // Flyway keeps success as a boolean in PostgreSQL and as 1/0 in SQLite.
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres") ? "TRUE" : "1";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no reason given";
        }
        for (String line : s.split("\n")) {
            if (!line.isBlank() && !line.startsWith("-")) {
                return line.strip();
            }
        }
        return s.strip();
    }
}
