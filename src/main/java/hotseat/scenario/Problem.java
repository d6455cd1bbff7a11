package hotseat.scenario;

/**
 * Something wrong with a scenario, found by the {@link Validator}. {@code path} names the place
 * in the model the way the file spells it ({@code nodes.opening.options[0].next}); the loader's
 * source map turns it into a line and column. {@code message} says what is wrong and, after a
 * dash, how to fix it.
 */
public record Problem(Severity severity, String path, String message) {

    public static Problem error(String path, String message) {
        return new Problem(Severity.ERROR, path, message);
    }

    public static Problem warning(String path, String message) {
        return new Problem(Severity.WARNING, path, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
