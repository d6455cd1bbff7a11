package hotseat.cli;

import java.nio.file.Path;

import hotseat.store.RunStore;
import picocli.CommandLine.Option;

/** {@code --runs-dir}, shared by every command that saves or reads runs, and the store it names. */
final class RunsDirOption {

    @Option(names = "--runs-dir", paramLabel = "DIR",
            description = "Where runs are saved (default: $XDG_DATA_HOME/hotseat/runs or ~/.local/share/hotseat/runs).")
    Path dir;

    RunStore store() {
        return new RunStore(dir != null ? dir : RunStore.defaultDir(System.getenv()));
    }
}
