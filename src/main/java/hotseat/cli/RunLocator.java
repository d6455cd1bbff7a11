package hotseat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import hotseat.progress.RunSummary;
import hotseat.session.RunRecord;
import hotseat.store.RunDatabase;
import hotseat.store.RunFileException;
import hotseat.store.RunFiles;
import hotseat.store.RunFilter;
import hotseat.store.StoreException;

/** Finds the run a command names: a run id from `hotseat runs`, "latest", or a JSON run file's path. */
final class RunLocator {
    private RunLocator() {}

    /** Whether the argument names a JSON run file rather than a run in the database. */
    static boolean isFile(String run) {
        return run.contains("/") || run.endsWith(".json") || !"latest".equals(run) && Files.isRegularFile(Path.of(run));
    }

    static RunRecord fromFile(String run) {
        try {
            return RunFiles.load(Path.of(run));
        } catch (RunFileException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    static RunRecord load(String run, RunDatabase store) {
        Arguments.named(run, "the RUN", "give a run id from `hotseat runs`, latest, or a .json run file");
        try {
            if ("latest".equals(run)) {
                List<RunSummary> newest = store.list(RunFilter.ALL.withLimit(1));
                if (newest.isEmpty()) {
                    throw new CommandFailure("no saved runs in " + store.database().shown()
                            + " — play one with `hotseat play SCENARIO`");
                }
                run = newest.get(0).id();
            }
            String id = run;
            return store.find(id).orElseThrow(() -> new CommandFailure(id + ": no run with this id in "
                    + store.database().shown() + " — `hotseat runs` lists the saved runs"));
        } catch (StoreException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
