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
