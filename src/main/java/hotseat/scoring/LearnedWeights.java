package hotseat.scoring;

import java.util.HashMap;
import java.util.Map;

/**
 * The learned layer's weights: for each feature (see {@link ReplyFeatures}), the points it adds to
 * or takes from each dimension on top of the rules. Kept as a tab-separated text file that a
 * trainer can read — {@code feature, calmness, acknowledgment, resolution} — and rebuilt from the
 * labelled corpus with {@code make weights}. Immutable.
 */
public final class LearnedWeights {
    /** No learned layer: the rules alone. */
    public static final LearnedWeights NONE = new LearnedWeights(Map.of());

    private final Map<String, float[]> weights;
    /**
     * The word features indexed by the reply's own words, so scoring looks a word up as the
     * tokenizer made it instead of building "w:word" for every word of every reply.
     */
    final Map<String, float[]> byWord = new HashMap<>(), byInitial = new HashMap<>(), byRule = new HashMap<>();
    final Map<String, Map<String, float[]>> byPair = new HashMap<>();

    public LearnedWeights(Map<String, float[]> weights) {
        this.weights = Map.copyOf(weights);
        this.weights.forEach((name, w) -> {
            String rest = name.substring(Math.min(2, name.length()));
            if (name.startsWith("w:")) {
                byWord.put(rest, w);
            } else if (name.startsWith("i:")) {
                byInitial.put(rest, w);
            } else if (name.startsWith("r:")) {
                byRule.put(rest, w);
            } else if (name.startsWith("b:") && rest.indexOf(' ') > 0) {
                int space = rest.indexOf(' ');
                byPair.computeIfAbsent(rest.substring(0, space), k -> new HashMap<>()).put(rest.substring(space + 1), w);
            }
        });
    }

    /** Every feature's weights by its name ({@code w:sorry}, {@code b:shall i}, {@code r:calm down}, {@code s:short}). */
    public Map<String, float[]> weights() {
        return weights;
    }
}
