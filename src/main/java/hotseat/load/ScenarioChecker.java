package hotseat.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import hotseat.scenario.Problem;
import hotseat.scenario.Validator;

/** Loads a scenario file and validates it, giving every problem a line and column. */
public final class ScenarioChecker {

    private final ScenarioLoader loader;
    private final Validator validator = new Validator();

    public ScenarioChecker() {
        this(new ScenarioLoader());
    }

    public ScenarioChecker(ScenarioLoader loader) {
        this.loader = loader;
    }

    public CheckResult check(Path path, String file) {
        try {
            return validated(loader.load(path, file));
        } catch (LoadFailure f) {
            return new CheckResult(file, null, f.diagnostics());
        }
    }

    public CheckResult check(String file, byte[] bytes) {
        try {
            return validated(loader.load(file, bytes));
        } catch (LoadFailure f) {
            return new CheckResult(file, null, f.diagnostics());
        }
    }

    /** Validates a loaded scenario and locates each problem through its source map. */
    public CheckResult validated(LoadedScenario loaded) {
        List<Diagnostic> out = new ArrayList<>();
        for (Problem p : validator.validate(loaded.scenario())) {
            out.add(new Diagnostic(loaded.file(), loaded.sourceMap().locate(p.path()), p.severity(), p.message()));
        }
        out.sort(Comparator.comparing(Diagnostic::location)); // stable: same place keeps model order
        return new CheckResult(loaded.file(), loaded, out);
    }
}
