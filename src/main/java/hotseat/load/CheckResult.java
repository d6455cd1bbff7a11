package hotseat.load;

import java.util.List;

/**
 * What checking one file found: the scenario when it could be loaded (null otherwise) and every
 * problem, in the order they appear in the file.
 */
public record CheckResult(String file, LoadedScenario loaded, List<Diagnostic> diagnostics) {

    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }

    /** True when the scenario can be played: it loaded and the validator found no error. */
    public boolean playable() {
        return loaded != null && errors() == 0;
    }
}
