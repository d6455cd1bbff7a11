package hotseat.playtest;

import java.util.HashMap;
import java.util.Map;

import hotseat.scoring.ReplyScore;
import hotseat.scoring.ReplyScorer;
import hotseat.scoring.ScoringContext;

/**
 * Remembers scores. A play-test sends the same few replies against the same few customer lines
 * thousands of times; scoring is pure, so each pair is scored once. Not thread-safe: one per
 * play-test.
 */
final class MemoScorer implements ReplyScorer {
    private record Key(String reply, ScoringContext context) {}

    private final ReplyScorer scorer;
    private final Map<Key, ReplyScore> memo = new HashMap<>();

    MemoScorer(ReplyScorer scorer) {
        this.scorer = scorer;
    }

    @Override
    public ReplyScore score(String reply, ScoringContext context) {
        return memo.computeIfAbsent(new Key(reply, context), k -> scorer.score(k.reply(), k.context()));
    }

    @Override
    public int startsAt(hotseat.scoring.Dimension d) {
        return scorer.startsAt(d);
    }
}
