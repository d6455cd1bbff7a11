package hotseat.load;

import java.util.List;

/**
 * A scenario file could not be read or bound; {@code diagnostics} holds every problem found,
 * each one line for the person who wrote the file.
 */
public final class LoadFailure extends Exception {
    private final transient List<Diagnostic> diagnostics;

    public LoadFailure(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "could not load" : diagnostics.get(0).format(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public LoadFailure(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
