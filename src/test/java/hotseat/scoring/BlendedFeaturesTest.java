package hotseat.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import hotseat.load.ScoringFiles;
import hotseat.scenario.Vocabulary;

/**
 * The scorer finds the learned layer's features by looking the reply's words up; the trainer
 * learns them from {@link ReplyFeatures#visit}. Both must see the same features, or the weights
 * would be applied to something other than what they were trained on.
 */
class BlendedFeaturesTest {
    @Test
    void theScorerWeighsExactlyTheFeaturesTheTrainerLearnedFrom() throws IOException {
        RubricScorer rules = ScoringFiles.builtInRules();
        LearnedWeights weights = ScoringFiles.builtInWeights();
        BlendedScorer blended = new BlendedScorer(rules, weights);
        List<LabelledCorpus.Row> rows = new ArrayList<>(LabelledCorpus.fit().rows());
        rows.addAll(LabelledCorpus.untouched().rows());
        int moved = 0;
        for (LabelledCorpus.Row row : rows) {
            ScoringContext ctx = new ScoringContext(row.customer(), Vocabulary.NONE);
            Tokens tokens = rules.tokens(row.reply());
            ReplyScore byRules = rules.score(tokens, ctx);
            double[] move = new double[3];
            ReplyFeatures.visit(tokens, byRules, (name, first, last) -> {
                float[] w = weights.weights().get(name);
                if (w != null) {
                    for (int d = 0; d < 3; d++) {
                        move[d] += w[d];
                    }
                }
            });
            ReplyScore scored = blended.score(row.reply(), ctx);
            boolean floored = rules.floorFired(byRules);
            for (Dimension d : Dimension.values()) {
                int expected = BlendedScorer.blend(byRules.get(d), move[d.ordinal()], floored);
                assertEquals(expected, scored.get(d), d.word() + " of \"" + row.reply() + "\"");
                moved += expected != byRules.get(d) ? 1 : 0;
            }
        }
        // The comparison means something only if the learned layer moves scores.
        assertEquals(true, moved > rows.size(), "moved " + moved + " scores over " + rows.size() + " replies");
    }
}
