package hotseat.cli;

import hotseat.conversation.ReplyMatcher;
import hotseat.meaning.Caches;
import hotseat.meaning.ModelMatcher;

/**
 * The matcher commands route typed replies with: the sentence-embedding model, loaded once per
 * process on a background thread from the first time a command asks for it, and shared by every
 * run in the process (each comparison holds it briefly; the model uses one thread).
 */
final class Matchers {
    private static ModelMatcher shared;

    private Matchers() {}

    /** The model's matcher; its loading starts now if it has not yet, and nothing here waits for it. */
    static synchronized ReplyMatcher inBackground() {
        if (shared == null) {
            shared = ModelMatcher.loadInBackground(Caches.folder());
        }
        return shared;
    }
}
