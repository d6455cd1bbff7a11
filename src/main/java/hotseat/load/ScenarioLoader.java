package hotseat.load;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import hotseat.scenario.Scenario;

/** Reads a scenario file safely and binds it to the model. Does not validate the story itself. */
public final class ScenarioLoader {

    private static final java.util.Set<String> SCENARIO_KEYS = java.util.Arrays.stream(Scenario.class.getRecordComponents())
            .map(c -> RecordBinder.keyOf(c.getName())).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final SafeYamlReader reader;

    public ScenarioLoader() {
        this(ReadLimits.DEFAULT);
    }

    public ScenarioLoader(ReadLimits limits) {
        this.reader = new SafeYamlReader(limits);
    }

    /** Loads {@code path}; messages name it as {@code file} (usually the path as the user typed it). */
    public LoadedScenario load(Path path, String file) throws LoadFailure {
        return load(file, reader.readBytes(path, file));
    }

    /** The bytes of a file, checked to be a readable file within the size limit. */
    public byte[] readBytes(Path path, String file) throws LoadFailure {
        return reader.readBytes(path, file);
    }

    public LoadedScenario load(Path path) throws LoadFailure {
        return load(path, path.toString());
    }

    /** Loads a scenario from bytes already read (a built-in one, or a test's). */
    public LoadedScenario load(String file, byte[] bytes) throws LoadFailure {
        SafeYamlReader.Parsed parsed = reader.read(file, bytes);
        YamlNode root = parsed.root();
        if (!(root instanceof YamlNode.Mapping)) {
            String found = root instanceof YamlNode.Sequence ? "a list" : root.describe();
            throw new LoadFailure(Diagnostic.error(file, root.location(), "the file holds " + found
                    + " at the top level, but a scenario is a set of fields — start with id:, title:, briefing: ..."));
        }
        YamlNode.Mapping top = (YamlNode.Mapping) root;
        if (!top.isEmpty() && top.entries().stream().map(YamlNode.Entry::key).noneMatch(SCENARIO_KEYS::contains)) {
            throw new LoadFailure(Diagnostic.error(file, root.location(), "this does not look like a scenario:"
                    + " none of its keys is a scenario field — a scenario starts with id:, title:, briefing: ..."));
        }
        RecordBinder.Bound<Scenario> bound = RecordBinder.bind(file, root, Scenario.class);
        return new LoadedScenario(bound.value(), bound.sourceMap(), file, bytes, parsed.warnings());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
