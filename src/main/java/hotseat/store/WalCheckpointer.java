package hotseat.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Copies an SQLite database's write-ahead log back into the database file on a thread of its
 * own. Left to itself, SQLite does this inside whichever commit takes the log past 1,000 pages,
 * and that commit then waits for the copy and a file sync — a trainee's reply held for tens of
 * milliseconds. The saving connection turns that off ({@link #AUTOMATIC_OFF}) and this thread
 * checkpoints, on its own connection, within a second of a write. A passive checkpoint never
 * takes the write lock, so saves carry on while it runs. When the last connection to the file
 * closes, SQLite checkpoints what is left itself.
 */
final class WalCheckpointer implements AutoCloseable {
    /** Run on the saving connection: no checkpoint inside its commits. */
    static final String AUTOMATIC_OFF = "PRAGMA wal_autocheckpoint = 0";
    private static final long PAUSE_MS = 1_000;

    private final Database database;
    private final Object lock = new Object();
    private Thread thread;
    private boolean dirty;
    private boolean closed;
    private Connection connection;

    WalCheckpointer(Database database) {
        this.database = database;
    }

    /** A write was committed: checkpoint it soon. Starts the thread on the first write. */
    void written() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            dirty = true;
            if (thread == null) {
                thread = new Thread(this::loop, "hotseat-wal-checkpoint");
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    private void loop() {
        while (true) {
            synchronized (lock) {
                try {
                    lock.wait(PAUSE_MS);
                } catch (InterruptedException e) {
                    return;
                }
                if (closed) {
                    return;
                }
                if (!dirty) {
                    continue;
                }
                dirty = false;
            }
            checkpoint();
        }
    }

    private void checkpoint() {
        try {
            if (connection == null) {
                connection = Connections.open(database);
            }
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
        } catch (SQLException | StoreException e) {
            // A checkpoint that cannot run now runs after the next write, or when the file is closed.
            Connections.closeQuietly(connection);
            connection = null;
        }
    }

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
        Connections.closeQuietly(connection);
    }
}
