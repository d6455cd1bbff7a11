package hotseat.authoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import hotseat.conversation.ConversationEngine;
import hotseat.conversation.ModelAnswers;
import hotseat.scenario.Node;
import hotseat.scenario.Option;
import hotseat.scenario.Scenario;
import hotseat.scenario.ScoreHints;
import hotseat.scoring.Dimension;
import hotseat.scoring.ReplyScore;
import hotseat.scoring.ReplyScorer;
import hotseat.scoring.ScoringContext;

/**
 * Scores every authored option of a scenario as the conversation engine would — against the
 * node's customer line (at the customer's starting mood) and the scenario's vocabulary, with the
 * option's {@code scores} hints replacing the dimensions they rate — and sets each beside what
 * its author says of it ({@link AuthorView}), so a trainer sees where the two disagree:
 *
 * <ul>
 *   <li>{@link Disagreement.Kind#SCORED_HIGH}: the author's view is poor, yet the played mean is
 *       {@value #HIGH_MEAN} or more;
 *   <li>{@link Disagreement.Kind#SCORED_LOW}: the author's view is good, or the option is the
 *       node's best, yet the played mean is {@value #LOW_MEAN} or less;
 *   <li>{@link Disagreement.Kind#HINT_OVERRIDES}: a hint is {@value #HINT_GAP} points or more
 *       from the scorer's own figure for that dimension.
 * </ul>
 */
public final class OptionReviewer {
    static final int HIGH_MEAN = 60;
    static final int LOW_MEAN = 40;
    static final int HINT_GAP = 30;

    private final ReplyScorer scorer;

    public OptionReviewer(ReplyScorer scorer) {
        this.scorer = scorer;
    }

    /** Every node of the scenario that offers options, in the order they are written. */
    public List<NodeReview> review(Scenario scenario) {
        List<NodeReview> out = new ArrayList<>();
        scenario.nodes().forEach((id, node) -> {
            if (!node.options().isEmpty()) {
                out.add(review(scenario, id));
            }
        });
        return out;
    }

    /**
     * One node's options.
     *
     * @throws IllegalArgumentException when the scenario has no node {@code id}
     */
    public NodeReview review(Scenario scenario, String id) {
        Node node = scenario.nodes().get(id);
        if (node == null) {
            throw new IllegalArgumentException("no node '" + id + "'");
        }
        int mood = scenario.customer() == null ? 50 : scenario.customer().mood();
        String line = node.says() == null ? "" : node.says().forMood(mood);
        ScoringContext context = new ScoringContext(line, scenario.vocabulary());
        Optional<Option> strongest = ModelAnswers.strongestOption(node);
        List<OptionReview> options = new ArrayList<>();
        for (int i = 0; i < node.options().size(); i++) {
            Option option = node.options().get(i);
            ReplyScore own = scorer.score(option.text(), context);
            ReplyScore played = ConversationEngine.withHints(own, option.scores());
            int mean = mean(played);
            boolean best = strongest.isPresent() && strongest.get() == option;
            AuthorView author = AuthorView.of(scenario, node, option, best);
            options.add(new OptionReview(i + 1, option, own, played, mean, author,
                    disagreements(author, own, option.scores(), mean)));
        }
        return new NodeReview(id, line, options);
    }

    static int mean(ReplyScore s) {
        return (int) Math.round((s.calmness() + s.acknowledgment() + s.resolution()) / 3.0);
    }

    private static List<Disagreement> disagreements(AuthorView author, ReplyScore own, ScoreHints hints, int mean) {
        List<Disagreement> out = new ArrayList<>();
        if (author.judgement() == Judgement.POOR && mean >= HIGH_MEAN) {
            out.add(new Disagreement(Disagreement.Kind.SCORED_HIGH, author.why() + ", yet it scores " + mean + " on average",
                    "if the scorer misreads it, add " + hintFor(own, hints, true) + ", or reword it so the fault shows"));
        }
        boolean praised = author.judgement() == Judgement.GOOD;
        if ((praised || author.best()) && mean <= LOW_MEAN) {
            String why = praised ? author.why() : "it is the option closest to the model answer";
            out.add(new Disagreement(Disagreement.Kind.SCORED_LOW, why + ", yet it scores " + mean + " on average",
                    "if the scorer misreads it, add " + hintFor(own, hints, false) + " so picking it is not marked down"));
        }
        List<String> gaps = new ArrayList<>();
        hinted(hints).forEach((d, hint) -> {
            if (Math.abs(hint - own.get(d)) >= HINT_GAP) {
                gaps.add(String.format(Locale.ROOT, "%s hint %d, scorer %d", d.word(), hint, own.get(d)));
            }
        });
        if (!gaps.isEmpty()) {
            out.add(new Disagreement(Disagreement.Kind.HINT_OVERRIDES, String.join("; ", gaps),
                    "the hint, not the scorer, rates this option: keep it only if you meant it"));
        }
        return out;
    }

    /**
     * The {@code scores:} to suggest: each dimension not already hinted that the scorer rates on the
     * wrong side of the middle — high ones when the author finds fault, low ones when the author praises.
     */
    private static String hintFor(ReplyScore own, ScoreHints hints, boolean tooHigh) {
        List<String> dims = new ArrayList<>();
        Map<Dimension, Integer> given = hinted(hints);
        for (Dimension d : Dimension.values()) {
            int v = own.get(d);
            if (!given.containsKey(d) && (tooHigh ? v >= 50 : v < 50)) {
                dims.add(d.word() + ": …");
            }
        }
        return dims.isEmpty() ? "scores: hints" : "scores: {" + String.join(", ", dims) + "}";
    }

    /** The dimensions an option's {@code scores} hints rate, in order, with their values; empty for none. */
    public static Map<Dimension, Integer> hinted(ScoreHints hints) {
        Map<Dimension, Integer> out = new EnumMap<>(Dimension.class);
        if (hints != null) {
            Integer[] values = {hints.calmness(), hints.acknowledgment(), hints.resolution()};
            for (Dimension d : Dimension.values()) {
                if (values[d.ordinal()] != null) {
                    out.put(d, values[d.ordinal()]);
                }
            }
        }
        return out;
    }
}
