package hotseat.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import hotseat.serve.PlainPlay;
import hotseat.session.Playable;

/**
 * The parts `hotseat serve` hands the workshop server, for tests and benchmarks that run the
 * server in their own process: the command line's own line-by-line player and scenario lookup.
 */
public final class ServeParts {
    private ServeParts() {}

    /** Plain play as {@link ServeCommand} gives it to the server. */
    public static PlainPlay plainPlay() {
        return ServeCommand.plainPlay();
    }

    /** The whole built-in library, as offered when no scenario is named. */
    public static java.util.List<Playable> library() {
        return ServeCommand.builtIn();
    }

    /** A built-in scenario (or a file) as `--scenario ID` resolves it. */
    public static Playable scenario(String id) {
        return ScenarioResolver.resolve(id, new PrintWriter(new StringWriter()));
    }
}
