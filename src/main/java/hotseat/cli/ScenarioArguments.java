package hotseat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import hotseat.load.Diagnostic;
import hotseat.load.ScenarioFiles;

/** The PATH arguments of validate, check and list: files, or folders of scenario files. */
final class ScenarioArguments {
    private ScenarioArguments() {}

    /** The scenario files {@code argument} stands for; a folder that cannot be read fails the command. */
    static List<ScenarioFiles.Found> expand(String argument) {
        Arguments.named(argument, "the PATH", "give a scenario file or a folder of them (. for the current folder)");
        try {
            return ScenarioFiles.expand(argument);
        } catch (IOException e) {
            throw new CommandFailure(argument + ": cannot be searched (" + e.getMessage() + ")");
        }
    }

    /** An error for a folder that holds no scenario files, which is almost always a wrong path. */
    static Optional<Diagnostic> emptyFolder(String argument, List<ScenarioFiles.Found> found) {
        return found.isEmpty() && Files.isDirectory(Path.of(argument))
                ? Optional.of(Diagnostic.error(argument, null,
                        "no scenario files (*.yaml, *.yml) in this folder — check the path"))
                : Optional.empty();
    }
}
