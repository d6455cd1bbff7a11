package hotseat.playtest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import hotseat.load.ScoringFiles;
import hotseat.scoring.ReplyScore;
import hotseat.scoring.RubricScorer;
import hotseat.scoring.ScoringContext;

class PoorRepliesTest {

    @Test
    void anOptionIsClearlyPoorWhenItsCalmnessIsEscalating() {
        assertTrue(PoorReplies.isClearlyPoor(Move.option(1), new ReplyScore(39, 90, 90, List.of())));
        assertFalse(PoorReplies.isClearlyPoor(Move.option(1), new ReplyScore(40, 0, 0, List.of())),
                "a courteous closing line is not poor for lacking a fix");
    }

    @Test
    void aTypedReplyIsPoorWhenThePoolSaysSo() {
        ReplyScore calm = new ReplyScore(90, 90, 90, List.of());
        assertTrue(PoorReplies.isClearlyPoor(Move.typed("x", Quality.POOR), calm));
        assertFalse(PoorReplies.isClearlyPoor(Move.typed("x", Quality.MIDDLING), new ReplyScore(0, 0, 0, List.of())));
        assertFalse(PoorReplies.isClearlyPoor(Move.typed("x", null), new ReplyScore(0, 0, 0, List.of())));
    }

    @Test
    void theScorerAgreesWithThePoolLabels() {
        // The option rule and the pool's labels must tell the same story, or checks would contradict each other.
        RubricScorer scorer = ScoringFiles.builtInRules();
        ReplyPool pool = ScoringFiles.builtInReplyPool();
        ScoringContext context = new ScoringContext("You charged me twice and nobody has called me back!", null);
        for (ReplyPool.Entry e : pool.of(Quality.POOR)) {
            assertTrue(PoorReplies.isPoorScore(scorer.score(e.text(), context)), e.text());
        }
        for (Quality q : List.of(Quality.STRONG, Quality.MIDDLING)) {
            for (ReplyPool.Entry e : pool.of(q)) {
                assertFalse(PoorReplies.isPoorScore(scorer.score(e.text(), context)), e.text());
            }
        }
    }
}
