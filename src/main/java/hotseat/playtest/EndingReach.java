package hotseat.playtest;

import java.util.List;

import hotseat.scenario.Outcome;

/**
 * How often the random walks reached one ending, and what the runs that reached it looked like:
 * each dimension is the run's average over its replies, then the minimum, median and maximum
 * over those runs; {@code mood} is the customer's mood at the end; {@code turns} the run's length.
 * {@code explored} says whether exploring every choice reached it at all, and {@code shortest}
 * is a shortest path of replies that does (empty when none did), written as a test's replies.
 */
public record EndingReach(
        String id,
        Outcome outcome,
        boolean explored,
        List<String> shortest,
        int walks,
        double rate,
        Spread calmness,
        Spread acknowledgment,
        Spread resolution,
        Spread mood,
        Spread turns) {

    public EndingReach {
        shortest = List.copyOf(shortest);
    }
}
