package hotseat.cli;

import hotseat.session.PlaySession;

/**
 * How a play ends, as its exit code — the same in plain mode and in the full-screen interface.
 * 1 (failure) and 2 (usage mistake) are every command's, and not decided here.
 */
final class PlayExit {
    /** The conversation reached an ending, or nothing was played (left at the picker or the briefing). */
    static final int ENDED = 0;
    /** Stopped before an ending (q, end of input, an answers file that ran out); the run is saved unfinished. */
    static final int UNFINISHED = 3;
    /**
     * Ctrl-C: 128 + SIGINT, as shells expect and as the JVM itself exits on the signal in plain
     * mode. A run begun is saved unfinished.
     */
    static final int INTERRUPTED = 130;

    private PlayExit() {}

    /** {@link #ENDED} or {@link #UNFINISHED}, by whether the run (null: none was begun) reached an ending. */
    static int of(PlaySession session) {
        return session == null || session.state().isOver() ? ENDED : UNFINISHED;
    }
}
