package hotseat.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import hotseat.conversation.TriggerReach;
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
        byte[] bytes;
        try {
            bytes = loader.readBytes(path, file);
        } catch (LoadFailure f) {
            return new CheckResult(file, null, f.diagnostics());
        }
        Optional<Diagnostic> schema = SchemaLine.check(path, file, bytes);
        CheckResult result = check(file, bytes);
        if (schema.isEmpty()) {
            return result;
        }
        List<Diagnostic> all = new ArrayList<>(result.diagnostics());
        all.add(schema.get());
        all.sort(Comparator.comparing(Diagnostic::location, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new CheckResult(file, result.loaded(), all);
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
        out.addAll(loaded.warnings());
        List<Problem> problems = new ArrayList<>(validator.validate(loaded.scenario()));
        problems.addAll(TriggerReach.check(loaded.scenario()));
        for (Problem p : problems) {
            out.add(new Diagnostic(loaded.file(), loaded.sourceMap().locate(p.path()), p.severity(), p.message()));
        }
        out.sort(Comparator.comparing(Diagnostic::location)); // stable: same place keeps model order
        return new CheckResult(loaded.file(), loaded, out);
    }
}
