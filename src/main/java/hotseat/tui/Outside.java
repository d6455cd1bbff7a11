package hotseat.tui;

/**
 * What reaches the full-screen interface from outside its terminal, looked at before every
 * frame: a workshop's room holding the run, and the connection the terminal runs over closing.
 */
public interface Outside {

    /** The message that holds the run now (shown over every screen; keys wait), or null. */
    String hold();

    /** True once the terminal's connection is gone: the interface then leaves, as from a closed terminal. */
    boolean gone();

    /** How long to wait between looks at a local keyboard when nothing happens; bounds key latency. */
    long POLL_MILLIS = 8;

    /**
     * Waits while nothing happens, until a key may have come or it is time to look at the hold
     * and the connection again. A local terminal can only be polled, so by default this is a
     * short sleep; a terminal over a connection can wake as soon as a key arrives.
     */
    default void idle() throws InterruptedException {
        Thread.sleep(POLL_MILLIS);
    }

    /** Nothing from outside: a terminal of the process's own. */
    Outside NONE = new Outside() {
        @Override
        public String hold() {
            return null;
        }

        @Override
        public boolean gone() {
            return false;
        }
    };
}
