package hotseat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Copies an SQLite database's write-ahead log back into the database file on a thread of its
 * own. Left to itself, SQLite does this inside whichever commit takes the log past 1,000 pages,
 * and that commit then waits for the copy and a file sync — a trainee's reply held for tens of
 * milliseconds. The saving connection moves that point far off ({@link #AUTOMATIC_RARELY}, a
 * backstop should this thread ever stop) and this thread checkpoints, on a connection of its own,
 * within a second of a write, and once more when the store closes. A passive checkpoint never
 * takes the write lock, so saves carry on while it runs. When the last connection to the file
 * closes, SQLite checkpoints what is left itself.
 */
final class WalCheckpointer implements AutoCloseable {
    /** Run on the saving connection: its commits checkpoint only if the log grows past about 40 MB. */
    static final String AUTOMATIC_RARELY = "PRAGMA wal_autocheckpoint = 10000";
    private static final long PAUSE_MS = 1_000;

    private final Database database;
    private final Object lock = new Object();
    private Thread thread;
    private boolean dirty;
    private boolean closed;

    WalCheckpointer(Database database) {
        this.database = database;
    }

    /** A write was committed: checkpoint it soon. Starts the thread on the first write, and again if it has stopped. */
    void written() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            dirty = true;
            if (thread == null || !thread.isAlive()) {
                thread = new Thread(this::loop, "hotseat-wal-checkpoint");
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    /** Owns its connection: opened on the first checkpoint, closed when the loop ends. */
    private void loop() {
        Connection connection = null;
        try {
            while (true) {
                boolean last;
                synchronized (lock) {
                    if (!closed) {
                        lock.wait(PAUSE_MS);
                    }
                    last = closed;
                    if (!dirty) {
                        if (last) {
                            return;
                        }
                        continue;
                    }
                    dirty = false;
                }
                connection = checkpoint(connection);
                if (last) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Connections.closeQuietly(connection);
        }
    }

    /** One passive checkpoint; the connection to use next time (null after a failure, to open afresh). */
    private Connection checkpoint(Connection connection) {
        try {
            if (connection == null) {
                connection = Connections.openExistingSqlite(database);
            }
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
            return connection;
        } catch (SQLException | StoreException | RuntimeException e) {
            // A checkpoint that cannot run now runs after the next write, or when the file is closed.
            Connections.closeQuietly(connection);
            return null;
        }
    }

    /** Checkpoints what was written since the last time, then stops the thread. */
    @Override
    public void close() {
        Thread t;
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
            t = thread;
        }
        if (t != null) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
