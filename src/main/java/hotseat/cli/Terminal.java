package hotseat.cli;

/** What the process is connected to, for choosing plain output and colour. */
final class Terminal {
    private Terminal() {}

    /** True when both standard input and output are a terminal. */
    static boolean interactive() {
        return System.console() != null;
    }

    /** Colour only on a terminal, and never when NO_COLOR is set to anything. */
    static boolean colour() {
        String noColor = System.getenv("NO_COLOR");
        return interactive() && (noColor == null || noColor.isEmpty());
    }
}
