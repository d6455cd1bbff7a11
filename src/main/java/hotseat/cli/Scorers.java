package hotseat.cli;

import java.util.concurrent.CompletableFuture;

import hotseat.load.ScoringFiles;
import hotseat.scoring.ReplyScorer;

/**
 * The scorer commands use: the built-in rubric with the learned layer on top (a scenario's
 * vocabulary reaches it through the scoring context).
 */
final class Scorers {
    private Scorers() {}

    static ReplyScorer standard() {
        return ScoringFiles.standardScorer();
    }

    /**
     * The standard scorer, read on another thread from now on: the full-screen interface draws
     * its first frame while the rubric loads, and the first reply waits for it only if it must.
     */
    static ReplyScorer inBackground() {
        CompletableFuture<ReplyScorer> loading = CompletableFuture.supplyAsync(Scorers::standard);
        return (reply, context) -> loading.join().score(reply, context);
    }
}
