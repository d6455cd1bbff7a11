package hotseat.cli;

import hotseat.load.Diagnostic;
import hotseat.report.Ansi;

/**
 * The one place that decides colour, for every command and the full-screen interface: colour
 * only when standard input and output are a terminal that says what it is (TERM set, not
 * "dumb") and has answered as a terminal must, and NO_COLOR is unset or empty
 * (https://no-color.org). Words always carry the meaning; colour only helps the eye.
 */
final class Style {
    static final Style PLAIN = new Style(false);

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
        String painted = (d.isError() ? Ansi.RED : Ansi.YELLOW).paint(word, colour);
        return d.prefix() + painted + ": " + d.message();
    }

    String bold(String s) {
        return Ansi.BOLD.paint(s, colour);
    }
}
