package hotseat.cli;

import hotseat.conversation.ReplyMatcher;
import hotseat.load.Caches;
import hotseat.meaning.ModelMatcher;
import hotseat.meaning.NativeGate;

/**
 * The matcher commands route typed replies with: the sentence-embedding model, loaded once per
 * process on a background thread when the first run that may compare begins, and shared by every
 * run in the process (each comparison holds it briefly; the model uses one thread).
 */
final class Matchers {
    private static ModelMatcher shared;

    private Matchers() {}

    /**
     * Lets a model load or comparison under way finish before the process exits, and starts no
     * other ({@link NativeGate}); nothing to do when no command asked for the model.
     */
    static synchronized void beforeExit() {
        if (shared != null) {
            NativeGate.close();
        }
    }

    /** The model's matcher; it loads when a run that may need it begins ({@link ReplyMatcher#prepare}) or at its first use. */
    static synchronized ReplyMatcher inBackground() {
        if (shared == null) {
            Main.exitOnSignals();
            shared = ModelMatcher.onDemand(Caches.folder());
        }
        return shared;
    }
}
