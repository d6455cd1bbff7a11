package hotseat.playtest;

/**
 * How hard to play-test.
 *
 * @param walks     random walks per scenario
 * @param seed      the seed every random choice derives from; the same seed gives the same report
 * @param maxTurns  a walk that has not ended after this many replies is reported
 * @param maxStates exploration stops after this many distinct states (and says so)
 */
public record CheckSettings(int walks, long seed, int maxTurns, int maxStates) {
    public static final int DEFAULT_WALKS = 1000;
    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_MAX_TURNS = 50;
    public static final int DEFAULT_MAX_STATES = 20_000;

    public static final CheckSettings DEFAULT =
            new CheckSettings(DEFAULT_WALKS, DEFAULT_SEED, DEFAULT_MAX_TURNS, DEFAULT_MAX_STATES);

    public CheckSettings {
        if (walks < 0) {
            throw new IllegalArgumentException("the number of walks cannot be negative");
        }
        if (maxTurns < 1) {
            throw new IllegalArgumentException("the turn limit must be at least 1");
        }
        if (maxStates < 1) {
            throw new IllegalArgumentException("the state limit must be at least 1");
        }
    }
}
