package hotseat.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import hotseat.playtest.ReplyPool;
import hotseat.scoring.BlendedScorer;
import hotseat.scoring.LearnedWeights;
import hotseat.scoring.ReplyScorer;
import hotseat.scoring.Rubric;
import hotseat.scoring.RubricScorer;

/**
 * Reads what the scorer and the play-tester work from — the rubric (YAML), the learned weights
 * (tab-separated text) and the reply pool — and the copies shipped in the jar. The scoring
 * package itself reads nothing: it is handed these values.
 */
public final class ScoringFiles {
    /** The rubric inside the jar. */
    public static final String RUBRIC = "/hotseat/scoring/rubric.yaml";
    /** The learned layer's weights inside the jar, rebuilt by {@code make weights}. */
    public static final String WEIGHTS = "/hotseat/scoring/learned-weights.tsv";
    /** Replies of known quality that {@code check} plays into typed nodes. */
    public static final String REPLY_POOL = "/hotseat/playtest/reply-pool.txt";

    private static final String WEIGHTS_HEADER = "feature\tcalmness\tacknowledgment\tresolution";

    private ScoringFiles() {}

    /** Reads a rubric from YAML; unknown and repeated keys are mistakes, not silently ignored. */
    public static Rubric readRubric(InputStream yaml) throws IOException {
        ObjectMapper mapper = JsonMapper.builder(new YAMLFactory())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return mapper.readValue(yaml, Rubric.class);
    }

    /**
     * Reads a weights file: comment lines start with '#', then the header, then one feature a
     * line with its three weights. Errors name {@code name} and the line.
     */
    public static LearnedWeights readWeights(InputStream tsv, String name) throws IOException {
        Map<String, float[]> weights = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean header = false;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!header) {
                    if (!line.equals(WEIGHTS_HEADER)) {
                        throw new IOException(name + ":" + number + ": expected the header"
                                + " 'feature<TAB>calmness<TAB>acknowledgment<TAB>resolution'");
                    }
                    header = true;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 4) {
                    throw new IOException(name + ":" + number + ": expected 4 tab-separated cells, found " + cells.length);
                }
                try {
                    weights.put(cells[0], new float[] {
                        Float.parseFloat(cells[1]), Float.parseFloat(cells[2]), Float.parseFloat(cells[3])});
                } catch (NumberFormatException e) {
                    throw new IOException(name + ":" + number + ": a weight is not a number: " + line);
                }
            }
        }
        return new LearnedWeights(weights);
    }

    /** The rubric shipped in the jar. */
    public static Rubric builtInRubric() {
        try (InputStream in = open(RUBRIC)) {
            return readRubric(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in rubric " + RUBRIC + ": " + e.getMessage(), e);
        }
    }

    /** The learned weights shipped in the jar. */
    public static LearnedWeights builtInWeights() {
        try (InputStream in = open(WEIGHTS)) {
            return readWeights(in, WEIGHTS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in learned weights: " + e.getMessage(), e);
        }
    }

    /** The reply pool shipped in the jar. */
    public static ReplyPool builtInReplyPool() {
        try (InputStream in = open(REPLY_POOL)) {
            return ReplyPool.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in reply pool: " + e.getMessage(), e);
        }
    }

    /** The built-in rubric's rules alone, compiled once for the process. */
    public static RubricScorer builtInRules() {
        return Standard.RULES;
    }

    /** The standard scorer — the built-in rules with the learned layer on top — made once for the process. */
    public static ReplyScorer standardScorer() {
        return Standard.BLENDED;
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = ScoringFiles.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource + " is missing from the build");
        }
        return in;
    }

    /** Loaded on first use (the class is initialised once, by the JVM's own locking). */
    private static final class Standard {
        static final RubricScorer RULES = new RubricScorer(builtInRubric());
        static final BlendedScorer BLENDED = new BlendedScorer(RULES, builtInWeights());
    }
}
