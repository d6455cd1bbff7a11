package hotseat.report;

/**
 * The terminal styles text output uses, and the one place their escape codes are written. Whether
 * output gets them is decided once, by the command line (on a terminal, never with NO_COLOR set),
 * and handed to each renderer as a flag; the words always carry the meaning on their own.
 */
public enum Ansi {
    BOLD("1"), DIM("2"), RED("31"), GREEN("32"), YELLOW("33");

    private static final String RESET = "\u001b[0m";

    private final String start;

    Ansi(String code) {
        this.start = "\u001b[" + code + "m";
    }

    /** {@code text} in this style when {@code colour} is on; else {@code text} as it is. */
    public String paint(String text, boolean colour) {
        return colour ? start + text + RESET : text;
    }
}
