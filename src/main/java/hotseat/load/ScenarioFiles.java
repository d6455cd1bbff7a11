package hotseat.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds scenario files: a file stands for itself, a folder for every *.yaml and *.yml under it. */
public final class ScenarioFiles {
    private ScenarioFiles() {}

    /** A file to check, named as the user would write it. */
    public record Found(Path path, String name) {}

    public static boolean isScenarioName(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /**
     * The scenario files {@code argument} stands for, in a stable (sorted) order. A path that does
     * not exist is returned as itself, so that loading it reports the problem in the usual way.
     */
    public static List<Found> expand(String argument) throws IOException {
        Path root = Path.of(argument);
        if (!Files.isDirectory(root)) {
            return List.of(new Found(root, argument));
        }
        List<Found> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> isScenarioName(p) && Files.isRegularFile(p))
                    .sorted()
                    .forEach(p -> out.add(new Found(p, p.toString())));
        }
        return out;
    }
}
