package hotseat.cli;

import java.io.PrintWriter;

import hotseat.load.CheckResult;
import hotseat.load.Diagnostic;
import hotseat.load.ScenarioChecker;
import hotseat.load.ScenarioLibrary;
import hotseat.session.Playable;

/**
 * Finds the scenario a command names — a path to a YAML file, or the id of a built-in one — and
 * makes sure it can be played: it is read safely and validated, and its errors are reported the
 * way `hotseat validate` reports them.
 */
final class ScenarioResolver {

    private ScenarioResolver() {}

    static Playable resolve(String arg, PrintWriter err) {
        CheckResult result = check(Arguments.named(arg, "the scenario", Arguments.SCENARIO_FIX));
        if (!result.playable()) {
            long errors = result.errors();
            if (errors == 1) {
                Diagnostic only = result.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
                throw new CommandFailure(only.prefix() + only.message()
                        + (only.location() == null ? "" : " (check the scenario with: hotseat validate " + result.file() + ")"));
            }
            for (Diagnostic d : result.diagnostics()) {
                if (d.isError()) {
                    err.println(d.format());
                }
            }
            err.flush();
            throw new CommandFailure(result.file() + ": cannot be played (" + errors + (errors == 1 ? " error" : " errors")
                    + " above) — fix it, then check with: hotseat validate " + result.file());
        }
        return new Playable(result.loaded().scenario(), result.file(), result.loaded().sha256(), result.loaded().text());
    }

    /** The scenario an argument names when it can be played; null otherwise (nothing is reported). */
    static Playable resolveQuietly(String arg) {
        CheckResult result = check(arg);
        return result.playable() ? new Playable(result.loaded().scenario(), result.file(), result.loaded().sha256(),
                result.loaded().text()) : null;
    }

    /** A scenario from the text of its file, kept with a run; null when it no longer loads. */
    static Playable fromText(String source, String text) {
        CheckResult result = new ScenarioChecker().check(source == null ? "kept scenario" : source,
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return result.playable() ? new Playable(result.loaded().scenario(), result.file(), result.loaded().sha256(),
                result.loaded().text()) : null;
    }

    private static CheckResult check(String arg) {
        return ScenarioLibrary.builtIn().resolve(arg);
    }
}
