package hotseat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import hotseat.load.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hotseat new ID}: writes a complete, valid, commented scenario to start from, in the
 * user's own scenarios folder (or {@code --dir}), with the JSON Schema beside it so that editors
 * check it from the first keystroke. It joins the library at once: {@code hotseat play ID}.
 */
@Command(name = "new",
        mixinStandardHelpOptions = true,
        description = {
                "Write a new scenario to start from: complete, valid, and commented field by field.",
                "It goes to your own scenarios folder ($XDG_DATA_HOME/hotseat/scenarios, by default"
                        + " ~/.local/share/hotseat/scenarios), where list, the picker and play ID find it without a rebuild;"
                        + " the editor schema (hotseat.schema.json) is written beside it.",
                "Exit status: 0 written, 1 the file exists already or cannot be written, 2 usage mistake."})
final class NewCommand implements Callable<Integer> {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The scenario's id, lower-case words joined by hyphens (lost-parcel);"
            + " the file is ID.yaml.")
    String id;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Write into DIR instead (a repository's scenarios folder, say); list it in HOTSEAT_SCENARIOS"
                    + " for play ID to find it.")
    Path dir;

    /** The environment the own folder is found through; tests replace it. */
    Map<String, String> env = System.getenv();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!ID.matcher(id).matches()) {
            throw new CommandFailure("\"" + id + "\" is not a scenario id — use lower-case letters, digits and hyphens,"
                    + " such as " + suggestion(id), 2);
        }
        Path folder = dir != null ? dir : ScenarioLibrary.ownFolder(env);
        Path file = folder.resolve(id + ".yaml");
        if (Files.exists(file)) {
            throw new CommandFailure(file + ": already exists — edit it, or choose another id");
        }
        String shown = file.toString();
        String text = template().replace("__ID__", id).replace("__FILE__", shown);
        try {
            Files.createDirectories(folder);
            writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
            Path schema = folder.resolve("hotseat.schema.json");
            byte[] schemaBytes = ScenarioLibrary.schema();
            if (schemaBytes != null && !Files.exists(schema)) {
                writeAtomically(schema, schemaBytes);
            }
        } catch (IOException e) {
            throw new CommandFailure(file + ": cannot be written (" + e.getMessage() + ")");
        }
        out.println("Wrote " + shown);
        out.println("Edit it (every field is explained beside it), then:");
        out.println("  hotseat validate " + shown);
        out.println("  hotseat check " + shown);
        out.println("  hotseat play " + id + (dir != null ? "      (with " + ScenarioLibrary.ENV + "=" + folder
                + ", or play the file)" : ""));
        out.flush();
        return 0;
    }

    private static String suggestion(String id) {
        String s = id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "broken-kettle" : s;
    }

    private static String template() {
        try (InputStream in = NewCommand.class.getClassLoader().getResourceAsStream("hotseat/new/scenario.yaml")) {
            if (in == null) {
                throw new CommandFailure("this build has no scenario template — rebuild with make build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandFailure("the scenario template cannot be read (" + e.getMessage() + ")");
        }
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName() + "-", ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
