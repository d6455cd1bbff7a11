package hotseat.scoring;

import java.util.Map;

/**
 * The learned layer's weights: for each feature (see {@link ReplyFeatures}), the points it adds to
 * or takes from each dimension on top of the rules. Kept as a tab-separated text file that a
 * trainer can read — {@code feature, calmness, acknowledgment, resolution} — and rebuilt from the
 * labelled corpus with {@code make weights}.
 */
public record LearnedWeights(Map<String, float[]> weights) {

    /** No learned layer: the rules alone. */
    public static final LearnedWeights NONE = new LearnedWeights(Map.of());

    public LearnedWeights {
        weights = Map.copyOf(weights);
    }
}
