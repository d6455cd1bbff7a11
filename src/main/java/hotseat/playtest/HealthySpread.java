package hotseat.playtest;

import java.util.Locale;

import hotseat.scenario.Outcome;

/**
 * What share of random walks should end in each outcome for a scenario's difficulty — the yardstick
 * {@code hotseat check} prints beside the endings table. A random walk is an untrained trainee: at
 * every turn it picks any option, or types a reply drawn from a pool that mixes strong, middling
 * and clearly poor ones, so even a gentle scenario loses many walks. The ranges are drawn from the
 * built-in library's own scenarios (1,000 walks each), widened a little: a gentle scenario (1)
 * resolves for about half the walks, a very hard one (5) for one in ten, where more are handed to a
 * manager. A share outside its range is worth a look, not a fault: nothing fails on it. Every ending
 * should be reached by at least {@value #RARE_PERCENT}% of walks, or trainees will hardly ever see it.
 */
public record HealthySpread(int difficulty, Range resolved, Range escalated, Range lost) {
    /** Below this share of walks an ending is reported as rarely reached. */
    public static final int RARE_PERCENT = 2;

    /** A share of walks, in whole percent. */
    public record Range(int low, int high) {
        public boolean holds(double rate) {
            double percent = rate * 100;
            return percent >= low - 0.05 && percent <= high + 0.05;
        }

        @Override
        public String toString() {
            return low + "–" + high + "%";
        }
    }

    /** The yardstick for difficulty 1–5 (values outside are taken as the nearest). */
    public static HealthySpread forDifficulty(int difficulty) {
        int d = Math.max(1, Math.min(5, difficulty));
        return switch (d) {
            case 1 -> new HealthySpread(d, new Range(30, 70), new Range(0, 35), new Range(10, 50));
            case 2 -> new HealthySpread(d, new Range(20, 60), new Range(0, 50), new Range(20, 65));
            case 3 -> new HealthySpread(d, new Range(20, 55), new Range(5, 40), new Range(20, 55));
            case 4 -> new HealthySpread(d, new Range(10, 40), new Range(5, 55), new Range(25, 60));
            default -> new HealthySpread(d, new Range(3, 25), new Range(5, 65), new Range(25, 65));
        };
    }

    public Range of(Outcome outcome) {
        return switch (outcome) {
            case RESOLVED -> resolved;
            case ESCALATED -> escalated;
            case LOST -> lost;
        };
    }

    /** "ok", "low" or "high" for an outcome's share of walks. */
    public String verdict(Outcome outcome, double rate) {
        Range r = of(outcome);
        if (r.holds(rate)) {
            return "ok";
        }
        return rate * 100 < r.low() ? "low" : "high";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "resolved %s, escalated %s, lost %s", resolved, escalated, lost);
    }
}
