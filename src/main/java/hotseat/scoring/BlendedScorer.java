package hotseat.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** A feature of the reply that has weights: how it reads in the evidence, and the weights. */
    private record Part(String feature, int first, int last, float[] points) {}

    @Override
    public ReplyScore score(String reply, ScoringContext context) {
        Tokens tokens = rules.tokens(reply);
        ReplyScore byRules = rules.score(tokens, context);
        boolean floored = rules.floorFired(byRules);
        List<Part> parts = features(tokens, byRules);
        double[] move = new double[3];
        for (Part p : parts) {
            for (int d = 0; d < 3; d++) {
                move[d] += p.points()[d];
            }
        }
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
            List<String> shown = new ArrayList<>(WORDS_SHOWN);
            for (Part p : strongest(parts, i, effect)) {
                shown.add(ReplyFeatures.describe(p.feature(), p.first() < 0 ? "" : tokens.quote(p.first(), p.last())));
            }
            evidence.add(new Evidence(d, RULE, String.join(" · ", shown), effect,
                    "Replies labelled by trainers that share these features scored "
                            + (effect > 0 ? "higher" : "lower") + " than the rules alone would say."));
        }
        return new ReplyScore(scores[0], scores[1], scores[2], evidence);
    }

    /**
     * The reply's features that carry weights, each once, in the order {@link ReplyFeatures#visit}
     * gives them (which the trainer uses): the same features, found by looking the reply's own
     * words up rather than by building every feature's name.
     */
    private List<Part> features(Tokens t, ReplyScore byRules) {
        List<Part> parts = new ArrayList<>();
        ReplyFeatures.walk(t, byRules, new ReplyFeatures.Walker() {
            @Override
            public void word(String w, int i, boolean initial) {
                add(parts, "w:", w, i, i, learned.byWord.get(w));
                if (initial) {
                    add(parts, "i:", w, i, i, learned.byInitial.get(w));
                }
            }

            @Override
            public void pair(String first, String second, int a, int b) {
                Map<String, float[]> next = learned.byPair.get(first);
                float[] w = next == null ? null : next.get(second);
                if (w != null) {
                    add(parts, "b:", first + " " + second, a, b, w);
                }
            }

            @Override
            public void rule(String name) {
                add(parts, "r:", name, -1, -1, learned.byRule.get(name));
            }

            @Override
            public void shape(String name) {
                float[] w = learned.weights().get(name);
                if (w != null) {
                    add(parts, "s:", name.substring(2), -1, -1, w);
                }
            }
        });
        return parts;
    }

    /**
     * The {@link #WORDS_SHOWN} features that pushed dimension {@code d} hardest the way it moved,
     * strongest first, the earlier one first when two push as hard; never the bias.
     */
    private static List<Part> strongest(List<Part> parts, int d, int effect) {
        List<Part> top = new ArrayList<>(WORDS_SHOWN + 1);
        for (Part p : parts) {
            float points = p.points()[d];
            if (Math.signum(points) != Math.signum(effect) || p.feature().equals(ReplyFeatures.BIAS)) {
                continue;
            }
            int at = top.size();
            while (at > 0 && Math.abs(top.get(at - 1).points()[d]) < Math.abs(points)) {
                at--;
            }
            if (at < WORDS_SHOWN) {
                top.add(at, p);
                if (top.size() > WORDS_SHOWN) {
                    top.remove(WORDS_SHOWN);
                }
            }
        }
        return top;
    }

    /** Adds a feature's part once: a feature met twice in a reply counts once (its weights are one array). */
    private static void add(List<Part> parts, String prefix, String rest, int first, int last, float[] w) {
        if (w == null) {
            return;
        }
        for (Part p : parts) {
            if (p.points() == w) {
                return;
            }
        }
        parts.add(new Part(prefix + rest, first, last, w));
    }
}
