package hotseat.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import hotseat.scenario.Vocabulary;
import hotseat.scoring.ReplyScore;
import hotseat.scoring.ReplyScorer;
import hotseat.scoring.ScoringContext;

class ReplyBatchTest {
    /** Scores a reply by the length of its context's customer line, so the test sees which context was used. */
    private static final ReplyScorer BY_CONTEXT = (reply, ctx) ->
            new ReplyScore(ctx.customerLine().length(), ctx.vocabulary().actions().size(), reply.length(), List.of());

    private final List<String> asked = new ArrayList<>();
    private final ReplyBatch batch = new ReplyBatch(BY_CONTEXT, (scenario, node, customer) -> {
        asked.add(scenario + "#" + node);
        if (scenario.equals("missing.yaml")) {
            throw new ReplyBatch.NoContext("missing.yaml: error: no such file");
        }
        return new ScoringContext(customer != null ? customer : "the node's line",
                new Vocabulary(List.of("refund"), List.of()));
    });

    @Test
    void aReplyAloneIsScoredAgainstItsCustomerLine() {
        var out = batch.score(new ReplyBatch.Request("Sorry.", "You lost it!", null, null));
        ReplyScore s = assertInstanceOf(ReplyBatch.Scored.class, out).score();
        assertEquals(List.of(12, 0, 6), List.of(s.calmness(), s.acknowledgment(), s.resolution()));
        assertEquals(List.of(), asked);
    }

    @Test
    void aScenarioNodeGivesTheLineAndVocabulary() {
        var out = batch.score(new ReplyBatch.Request("Sorry.", null, "double-charge.yaml", "opening"));
        ReplyScore s = assertInstanceOf(ReplyBatch.Scored.class, out).score();
        assertEquals("the node's line".length(), s.calmness());
        assertEquals(1, s.acknowledgment());
        assertEquals(List.of("double-charge.yaml#opening"), asked);
    }

    @Test
    void whatCannotBeScoredSaysWhyAndHowToFixIt() {
        assertEquals("missing \"reply\" — add the trainee's reply as \"reply\": \"...\"",
                assertInstanceOf(ReplyBatch.Unscored.class, batch.score(new ReplyBatch.Request(null, "Hi", null, null))).reason());
        assertEquals("\"node\" needs \"scenario\": the node is looked up in that scenario file",
                assertInstanceOf(ReplyBatch.Unscored.class, batch.score(new ReplyBatch.Request("Hi", null, null, "opening"))).reason());
        assertEquals("missing.yaml: error: no such file",
                assertInstanceOf(ReplyBatch.Unscored.class, batch.score(new ReplyBatch.Request("Hi", null, "missing.yaml", null))).reason());
    }
}
