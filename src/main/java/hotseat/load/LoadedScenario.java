package hotseat.load;

import hotseat.scenario.Scenario;

/**
 * A scenario read from a file: the model, where each part was written, the file's name as shown
 * in messages, and the SHA-256 of its bytes (a run records it, so a replay can tell whether the
 * scenario changed since).
 */
public record LoadedScenario(Scenario scenario, SourceMap sourceMap, String file, String sha256) {}
