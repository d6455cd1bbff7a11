package hotseat.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import hotseat.store.RunDatabase;
import hotseat.store.RunFiles;
import hotseat.store.StoreChoice;
import hotseat.store.StoreException;
import picocli.CommandLine.Option;

/**
 * {@code --db}, shared by every command that saves or reads runs, and the run database it names:
 * {@code --db}, else {@code HOTSEAT_DB}, else {@code db:} in config.yaml, else the SQLite file in
 * Hotseat's data folder. Opening the default database the first time imports the JSON run files
 * that earlier versions saved beside it.
 */
final class DbOption {

    @Option(names = "--db", paramLabel = "URL|FILE",
            description = "Where runs are kept: a PostgreSQL URL (postgresql://USER:PASSWORD@HOST:PORT/DATABASE) or a"
                    + " SQLite file (default: HOTSEAT_DB, else db: in $XDG_CONFIG_HOME/hotseat/config.yaml, else"
                    + " $XDG_DATA_HOME/hotseat/hotseat.db).")
    String db;

    @Option(names = "--runs-dir", paramLabel = "DIR", hidden = true)
    Path runsDir;

    /** The environment the defaults are read from; tests replace it. */
    Map<String, String> env = System.getenv();

    /** Opens the run database; messages about importing old run files go to {@code err}. */
    RunDatabase open(PrintWriter err) {
        if (runsDir != null) {
            throw new CommandFailure("--runs-dir is gone: runs are kept in a database now — use --db FILE (a SQLite file)"
                    + " or --db postgresql://…, and bring a folder of run files in with: hotseat runs --import " + runsDir, 2);
        }
        StoreChoice choice;
        RunDatabase store;
        try {
            choice = StoreChoice.resolve(db, env);
            store = RunDatabase.open(choice.database());
        } catch (StoreException e) {
            throw new CommandFailure(e.getMessage());
        }
        if (choice.isDefault()) {
            importLegacyRuns(store, err);
        }
        return store;
    }

    /** The login name: who plays when --trainee is not given. */
    String loginName() {
        for (String key : new String[] {"USER", "LOGNAME", "USERNAME"}) {
            String v = env.get(key);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "unknown" : name;
    }

    /** The first time: the runs earlier versions saved as files in $XDG_DATA_HOME/hotseat/runs. */
    private void importLegacyRuns(RunDatabase store, PrintWriter err) {
        Path folder = RunFiles.legacyFolder(env);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try {
            if (store.importedAlready(folder)) {
                return;
            }
            RunDatabase.Imported done = store.importFolder(folder, loginName(), true);
            if (done.imported() > 0 || !done.skipped().isEmpty()) {
                err.println("Imported " + done.imported() + (done.imported() == 1 ? " run" : " runs") + " from " + folder
                        + " into " + store.database().shown() + " (the files are left as they were).");
                ImportReport.skipped(done, err);
            }
        } catch (StoreException e) {
            err.println("hotseat: warning: " + e.getMessage() + " — the runs in " + folder
                    + " were not imported; try again with: hotseat runs --import " + folder);
        }
        err.flush();
    }
}
