package hotseat.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The scoring rubric as written in {@code hotseat/scoring/rubric.yaml}: where each dimension
 * starts, the words that negate, the chat spellings to rewrite, the stop words left out of echoing,
 * and the named rules. Pure data; {@link RubricScorer} compiles it.
 */
public record Rubric(
        Map<String, Integer> base,
        List<String> negators,
        Map<String, String> spellings,
        List<String> stopWords,
        List<RubricRule> rules) {

    /** The rubric file inside the jar. */
    public static final String BUILT_IN = "/hotseat/scoring/rubric.yaml";

    public Rubric {
        base = base == null ? Map.of() : Map.copyOf(base);
        negators = negators == null ? List.of() : List.copyOf(negators);
        spellings = spellings == null ? Map.of() : Map.copyOf(spellings);
        stopWords = stopWords == null ? List.of() : List.copyOf(stopWords);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** Reads a rubric from YAML text; unknown keys are mistakes, not silently ignored. */
    public static Rubric read(InputStream yaml) throws IOException {
        ObjectMapper mapper = JsonMapper.builder(new YAMLFactory())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return mapper.readValue(yaml, Rubric.class);
    }

    /** The rubric shipped in the jar. */
    public static Rubric builtIn() {
        try (InputStream in = Rubric.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in rubric " + BUILT_IN + " is missing from the build");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in rubric: " + e.getMessage(), e);
        }
    }

    int baseFor(Dimension d) {
        return base.getOrDefault(d.word(), 0);
    }
}
