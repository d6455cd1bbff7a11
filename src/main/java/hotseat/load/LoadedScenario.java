package hotseat.load;

import hotseat.scenario.Scenario;

/**
 * A scenario read from a file: the model, where each part was written, the file's name as shown
 * in messages, and the SHA-256 of its bytes (a run records it, so a replay can tell whether the
 * scenario changed since). The hash is worked out when first asked for: only runs need it, and
 * for a large file it costs as much as reading it.
 */
public final class LoadedScenario {
    private final Scenario scenario;
    private final SourceMap sourceMap;
    private final String file;
    private final byte[] bytes;
    private String sha256;

    LoadedScenario(Scenario scenario, SourceMap sourceMap, String file, byte[] bytes) {
        this.scenario = scenario;
        this.sourceMap = sourceMap;
        this.file = file;
        this.bytes = bytes;
    }

    public Scenario scenario() {
        return scenario;
    }

    public SourceMap sourceMap() {
        return sourceMap;
    }

    public String file() {
        return file;
    }

    /** The file's text (it was read as UTF-8, so this is exactly its bytes). */
    public String text() {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    public synchronized String sha256() {
        if (sha256 == null) {
            sha256 = ScenarioLoader.sha256(bytes);
        }
        return sha256;
    }
}
