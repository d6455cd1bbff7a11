package hotseat.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules, then a learned layer on top: the rubric scores the reply and explains every point,
 * and a linear model over the reply's words, word pairs, shape and the rules that fired — trained
 * on labelled replies — moves each dimension by what the rules tend to miss. Its move is evidence
 * like any rule's, quoting the words that carried most of it. When a rule marked {@code floor}
 * fires (shouting, insults, "calm down", blame, policy as a wall), the learned layer may lower
 * the scores but never raise them: escalation stays where the rules put it.
 */
public final class BlendedScorer implements ReplyScorer {
    /** The name the learned layer's evidence goes by. */
    public static final String RULE = "learned from labelled replies";

    private static final int WORDS_SHOWN = 3;

    private final RubricScorer rules;
    private final LearnedWeights learned;

    public BlendedScorer(RubricScorer rules, LearnedWeights learned) {
        this.rules = rules;
        this.learned = learned;
    }

    /** The rules under the learned layer. */
    public RubricScorer rules() {
        return rules;
    }

    /**
     * The rules' score moved by the learned layer, within 0–100; after a floor rule, never above
     * the rules' score.
     */
    static int blend(int ruled, double move, boolean floored) {
        int blended = Math.max(0, Math.min(100, (int) Math.round(ruled + move)));
        return floored ? Math.min(blended, ruled) : blended;
    }

    @Override
    public int startsAt(Dimension d) {
        return rules.startsAt(d);
    }

    @Override
    public ReplyScore score(String reply, ScoringContext context) {
        Tokens tokens = rules.tokens(reply);
        ReplyScore byRules = rules.score(tokens, context);
        boolean floored = rules.floorFired(byRules);
        record Part(String feature, int first, int last, float[] points) {}
        List<Part> parts = new ArrayList<>();
        double[] move = new double[3];
        ReplyFeatures.visit(tokens, byRules, (name, first, last) -> {
            float[] w = learned.weights().get(name);
            if (w != null) {
                parts.add(new Part(name, first, last, w));
                for (int d = 0; d < 3; d++) {
                    move[d] += w[d];
                }
            }
        });
        int[] scores = new int[3];
        List<Evidence> evidence = new ArrayList<>(byRules.evidence());
        for (Dimension d : Dimension.values()) {
            int i = d.ordinal();
            int ruled = byRules.get(d);
            int blended = blend(ruled, move[i], floored);
            scores[i] = blended;
            int effect = blended - ruled;
            if (effect == 0) {
                continue;
            }
            // The words that pushed the way the score moved, strongest first.
            List<String> shown = parts.stream()
                    .filter(p -> Math.signum(p.points()[i]) == Math.signum(effect) && !p.feature().equals(ReplyFeatures.BIAS))
                    .sorted(Comparator.comparingDouble((Part p) -> -Math.abs(p.points()[i])))
                    .limit(WORDS_SHOWN)
                    .map(p -> ReplyFeatures.describe(p.feature(), p.first() < 0 ? "" : tokens.quote(p.first(), p.last())))
                    .toList();
            evidence.add(new Evidence(d, RULE, String.join(" · ", shown), effect,
                    "Replies labelled by trainers that share these features scored "
                            + (effect > 0 ? "higher" : "lower") + " than the rules alone would say."));
        }
        return new ReplyScore(scores[0], scores[1], scores[2], evidence);
    }
}
