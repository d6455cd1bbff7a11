package hotseat.cli;

import hotseat.load.Diagnostic;

/**
 * Colour for terminal output: used only when standard output is a terminal (not TERM=dumb) and
 * NO_COLOR is unset or empty (https://no-color.org). Words always carry the meaning; colour only helps the eye.
 */
final class Style {
    static final Style PLAIN = new Style(false);

    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private final boolean colour;

    private Style(boolean colour) {
        this.colour = colour;
    }

    /** The style for this process's standard output: colour only on a terminal that says what it is and is not "dumb". */
    static Style detect() {
        return of(Terminal.fullScreen(), System.getenv("NO_COLOR"));
    }

    static Style of(boolean terminal, String noColor) {
        return new Style(terminal && (noColor == null || noColor.isEmpty()));
    }

    boolean colour() {
        return colour;
    }

    /** A diagnostic as one line, with its severity word coloured. */
    String diagnostic(Diagnostic d) {
        String word = d.severity().word();
        String painted = !colour ? word : (d.isError() ? RED : YELLOW) + word + RESET;
        return d.prefix() + painted + ": " + d.message();
    }

    String bold(String s) {
        return colour ? BOLD + s + RESET : s;
    }
}
