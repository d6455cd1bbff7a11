package hotseat.cli;

/** What the process is connected to, for choosing plain output and (through {@link Style}) colour. */
final class Terminal {
    private Terminal() {}

    /** True when both standard input and output are a terminal. */
    static boolean interactive() {
        return System.console() != null;
    }

    /**
     * True when the full-screen interface may be tried: input and output are a terminal, and
     * TERM names one that is not "dumb". (Whether it answers as a full-screen terminal must is
     * found out when the interface opens it.)
     */
    static boolean fullScreen() {
        String term = System.getenv("TERM");
        return !unanswering && interactive() && term != null && !term.isBlank() && !term.strip().equals("dumb");
    }

    /** Set once the terminal has not answered as a full-screen terminal must: it is plain from then on. */
    private static volatile boolean unanswering;

    /** Notes that the terminal did not answer: no full screen, and no colour, for the rest of the process. */
    static void didNotAnswer() {
        unanswering = true;
    }
}
