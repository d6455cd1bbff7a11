package hotseat.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private record Part(String prefix, String rest, int first, int last, float[] points) {
        String feature() {
            return prefix + rest;
        }
    }

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

    /**
     * The reply's features that carry weights, each once, in the order {@link ReplyFeatures#visit}
     * gives them (which the trainer uses): the same features, found by looking the reply's own
     * words up rather than by building every feature's name.
     */
    private List<Part> features(Tokens t, ReplyScore byRules) {
        List<Part> parts = new ArrayList<>();
        Set<float[]> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, float[]> named = learned.weights();
        ReplyFeatures.walk(t, byRules, new ReplyFeatures.Walker() {
            @Override
            public void word(String w, int i, boolean initial) {
                add(parts, seen, "w:", w, i, i, learned.byWord.get(w));
                if (initial) {
                    add(parts, seen, "i:", w, i, i, learned.byInitial.get(w));
                }
            }

            @Override
            public void pair(String first, String second, int a, int b) {
                Map<String, float[]> next = learned.byPair.get(first);
                if (next != null) {
                    add(parts, seen, "b:", first + " " + second, a, b, next.get(second));
                }
            }

            @Override
            public void rule(String name) {
                add(parts, seen, "r:", name, -1, -1, named.get("r:" + name));
            }

            @Override
            public void shape(String name) {
                add(parts, seen, "s:", name.substring(2), -1, -1, named.get(name));
            }
        });
        return parts;
    }

    private static void add(List<Part> parts, Set<float[]> seen, String prefix, String rest, int first, int last,
            float[] w) {
        if (w != null && seen.add(w)) {
            parts.add(new Part(prefix, rest, first, last, w));
        }
    }
}
