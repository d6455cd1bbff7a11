package hotseat.scoring;

import java.util.List;
import java.util.Map;

/**
 * The scoring rubric as written in {@code hotseat/scoring/rubric.yaml}: where each dimension
 * starts, the words that negate, the chat spellings to rewrite, the stop words left out of echoing,
 * and the named rules. Pure data, read by the loading edge; {@link RubricScorer} compiles it.
 */
public record Rubric(
        Map<String, Integer> base,
        List<String> negators,
        Map<String, String> spellings,
        List<String> stopWords,
        List<RubricRule> rules) {

    public Rubric {
        base = base == null ? Map.of() : Map.copyOf(base);
        negators = negators == null ? List.of() : List.copyOf(negators);
        spellings = spellings == null ? Map.of() : Map.copyOf(spellings);
        stopWords = stopWords == null ? List.of() : List.copyOf(stopWords);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    int baseFor(Dimension d) {
        return base.getOrDefault(d.word(), 0);
    }
}
