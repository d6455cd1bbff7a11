package hotseat.scoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The learned layer's weights: for each feature (see {@link ReplyFeatures}), the points it adds to
 * or takes from each dimension on top of the rules. Kept as a tab-separated text file that a
 * trainer can read — {@code feature, calmness, acknowledgment, resolution} — and rebuilt from the
 * labelled corpus with {@code make weights}.
 */
public record LearnedWeights(Map<String, float[]> weights) {

    /** The weights file inside the jar. */
    public static final String BUILT_IN = "/hotseat/scoring/learned-weights.tsv";

    /** No learned layer: the rules alone. */
    public static final LearnedWeights NONE = new LearnedWeights(Map.of());

    public LearnedWeights {
        weights = Map.copyOf(weights);
    }

    /** Reads the weights file: comment lines start with '#', then a header, then one feature a line. */
    public static LearnedWeights read(InputStream tsv, String name) throws IOException {
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
                String[] cells = line.split("\t", -1);
                if (!header) {
                    if (!line.equals("feature\tcalmness\tacknowledgment\tresolution")) {
                        throw new IOException(name + ":" + number + ": expected the header"
                                + " 'feature<TAB>calmness<TAB>acknowledgment<TAB>resolution'");
                    }
                    header = true;
                    continue;
                }
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

    /** The weights shipped in the jar. */
    public static LearnedWeights builtIn() {
        try (InputStream in = LearnedWeights.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the learned weights " + BUILT_IN + " are missing from the build");
            }
            return read(in, BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in learned weights: " + e.getMessage(), e);
        }
    }
}
