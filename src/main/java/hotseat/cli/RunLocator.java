package hotseat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import hotseat.session.RunRecord;
import hotseat.store.RunFileException;
import hotseat.store.RunStore;

/** Finds the run a command names: a run file's path, a run id from `hotseat runs`, or "latest". */
final class RunLocator {
    private RunLocator() {}

    static RunRecord load(String run, RunStore store) {
        Arguments.named(run, "the RUN", "give a run file, a run id from `hotseat runs`, or latest");
        try {
            if ("latest".equals(run)) {
                List<RunStore.Listed> runs = store.list();
                if (runs.isEmpty()) {
                    throw new CommandFailure("no saved runs in " + store.dir() + " — play one with `hotseat play SCENARIO`");
                }
                return runs.get(0).run();
            }
            Path path = Path.of(run);
            if (Files.exists(path) || run.contains("/") || run.endsWith(".json")) {
                return RunStore.load(path);
            }
            Path byId = store.fileFor(run);
            if (Files.exists(byId)) {
                return RunStore.load(byId);
            }
            throw new CommandFailure(run + ": no such run file or run id in " + store.dir()
                    + " — `hotseat runs` lists the saved runs", 1);
        } catch (RunFileException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
