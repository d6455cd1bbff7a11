package hotseat.scenario;

/**
 * Bounds in a scenario test, each 0–100 and each optional: a dimension bounds the run's average
 * score on that dimension over all its replies; {@code mood} bounds the customer's mood at the end.
 */
public record ScoreBounds(Integer calmness, Integer acknowledgment, Integer resolution, Integer mood) {
    public static final ScoreBounds NONE = new ScoreBounds(null, null, null, null);
}
