package hotseat.store;

import java.nio.file.Files;
import java.nio.file.Path;

import hotseat.load.Caches;

/**
 * SQLite's native library, unpacked from the jar once into the cache and loaded from there. Left
 * to itself, the driver writes a fresh 1 MB copy into the temporary folder at every start (a
 * tenth of a second of a command that lists runs) and leaves it behind when the process is
 * killed.
 */
final class SqliteNative {
    private static final String PATH = "org.sqlite.lib.path", NAME = "org.sqlite.lib.name";
    private static boolean prepared;

    private SqliteNative() {}

    /**
     * Points the driver at the cached copy, unpacking it first if need be; before the first
     * connection. Where the cache cannot be written, or the user has named a library, the driver
     * does as it always did.
     */
    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty(PATH) != null) {
            return;
        }
        try {
            String name = System.mapLibraryName("sqlitejdbc");
            if (name.endsWith(".jnilib")) {
                name = name.replace(".jnilib", ".dylib"); // the driver's name for it on older macOS JDKs
            }
            // The folder is named from what the JVM says of the machine, so a later start finds the
            // copy without asking the driver, which runs a program to tell Linux from Android.
            String machine = (System.getProperty("os.name") + "-" + System.getProperty("os.arch")).replaceAll("[^A-Za-z0-9._-]", "_");
            Path target = Caches.folder().resolve("sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion()).resolve(machine)
                    .resolve(name);
            // A copy is written whole or not at all; an empty one (a full disk, a hand's slip) is made again.
            if (!Files.isRegularFile(target) || Files.size(target) == 0) {
                String platform = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
                target = Caches.unpacked(org.sqlite.SQLiteJDBCLoader.class, "/org/sqlite/native/" + platform + "/" + name, target);
            }
            if (target != null) {
                System.setProperty(PATH, target.getParent().toString());
                System.setProperty(NAME, name);
            }
        } catch (java.io.IOException | RuntimeException e) {
            // the driver unpacks its own copy, as before
        }
    }
}
