package hotseat.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A matcher for engine tests: the similarities of each reply to the options are written by the
 * test; a reply it has no numbers for compares with nothing. Counts its calls.
 */
public final class ScriptedMatcher implements ReplyMatcher {
    private final Map<String, double[]> similarities = new HashMap<>();
    public final List<String> asked = new ArrayList<>();
    private final String unavailable;

    public ScriptedMatcher() {
        this(null);
    }

    private ScriptedMatcher(String unavailable) {
        this.unavailable = unavailable;
    }

    /** A matcher whose model could not be loaded, for {@code why}. */
    public static ScriptedMatcher unavailable(String why) {
        return new ScriptedMatcher(why);
    }

    public ScriptedMatcher with(String reply, double... toEachOption) {
        similarities.put(reply, toEachOption);
        return this;
    }

    @Override
    public Optional<double[]> similarities(String reply, List<String> texts) {
        asked.add(reply);
        if (unavailable != null) {
            return Optional.empty();
        }
        return Optional.ofNullable(similarities.get(reply));
    }

    @Override
    public Optional<String> unavailable() {
        return Optional.ofNullable(unavailable);
    }
}
