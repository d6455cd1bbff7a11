package hotseat.conversation;

import java.util.List;
import java.util.Optional;

/**
 * Compares a typed reply with texts by meaning. The engine asks it how close a reply is to each
 * of a node's options; what a "close" reply does is decided in the core ({@link MeaningMatch}).
 * The sentence-embedding model is one implementation (an edge); tests use scripted ones, and a
 * replayed run uses the similarities it recorded.
 */
public interface ReplyMatcher {

    /**
     * The similarity of {@code reply} to each of {@code texts}, in their order, each from −1 to 1
     * (cosine similarity; 1 for the same meaning). Empty when this matcher cannot compare (the
     * model could not be loaded); the reply then follows the node's routes.
     */
    Optional<double[]> similarities(String reply, List<String> texts);

    /**
     * Gets ready to compare (a model starts loading), without waiting; called when a run that
     * may compare begins. Comparing works without it, only the first comparison waits longer.
     */
    default void prepare() {}

    /** Why this matcher cannot compare, for people; empty while it can (or may yet). */
    default Optional<String> unavailable() {
        return Optional.empty();
    }

    /** A matcher that never compares: every typed reply follows the node's routes. */
    ReplyMatcher NONE = new ReplyMatcher() {
        @Override
        public Optional<double[]> similarities(String reply, List<String> texts) {
            return Optional.empty();
        }
    };
}
