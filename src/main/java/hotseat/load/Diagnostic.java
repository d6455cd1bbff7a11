package hotseat.load;

import hotseat.scenario.Severity;

/**
 * One problem as a person reads it: {@code file:line:col: error: message}. {@code location} is
 * null when the problem concerns the file as a whole (it does not exist, it is too big).
 */
public record Diagnostic(String file, Location location, Severity severity, String message) {

    public static Diagnostic error(String file, Location location, String message) {
        return new Diagnostic(file, location, Severity.ERROR, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one line printed for this problem. */
    public String format() {
        return prefix() + severity.word() + ": " + message;
    }

    /** {@code file:line:col: } (or {@code file: } without a location). */
    public String prefix() {
        return location == null ? file + ": " : file + ":" + location.line() + ":" + location.column() + ": ";
    }

    @Override
    public String toString() {
        return format();
    }
}
