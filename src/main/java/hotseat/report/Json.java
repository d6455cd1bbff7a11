package hotseat.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The one JSON configuration: indented output for people and diffs, and unknown fields ignored
 * when reading, so a file written by a newer Hotseat still reads. Saved runs, the debrief's JSON
 * and the play-test report are all written with it. Made when first used (making it takes a new
 * JVM about a tenth of a second), so nothing that only starts up pays for it.
 */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Json() {}
}
