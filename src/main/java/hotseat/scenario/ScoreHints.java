package hotseat.scenario;

/** Authored scores (0–100) for an option; a null dimension is left to the scoring engine. */
public record ScoreHints(Integer calmness, Integer acknowledgment, Integer resolution) {
    public static final ScoreHints NONE = new ScoreHints(null, null, null);
}
