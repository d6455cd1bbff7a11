package hotseat.scoring;

import java.util.Set;
import java.util.stream.Collectors;

import hotseat.scenario.Vocabulary;

/**
 * Scores replies with a {@link Rubric}: each dimension starts at the rubric's base, every rule
 * that fires adds or takes away its points, and the result is clamped to 0–100. Every point comes
 * with an {@link Evidence} item naming the rule and quoting the words that fired it. A scenario's
 * {@link Vocabulary}, in the scoring context, adds its words to the rubric's scenario rules.
 *
 * <p>Immutable, so thread-safe, and deterministic.
 */
public final class RubricScorer implements ReplyScorer {
    private final CompiledRubric compiled;
    private final Set<String> floorRules;

    /**
     * Compiles {@code rubric}.
     *
     * @throws IllegalArgumentException naming the rule and phrase when a phrase cannot be read
     */
    public RubricScorer(Rubric rubric) {
        this.compiled = new CompiledRubric(rubric);
        this.floorRules = rubric.rules().stream().filter(RubricRule::isFloor).map(RubricRule::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Rubric rubric() {
        return compiled.rubric;
    }

    @Override
    public int startsAt(Dimension d) {
        return compiled.rubric.baseFor(d);
    }

    @Override
    public ReplyScore score(String reply, ScoringContext context) {
        return score(tokens(reply), context);
    }

    /** Scores a reply already cut into words by {@link #tokens(String)}. */
    ReplyScore score(Tokens reply, ScoringContext context) {
        return new ReplyScoring(compiled, reply, context == null ? ScoringContext.NONE : context).run();
    }

    /** The reply cut into words as the rules read it. */
    Tokens tokens(String reply) {
        return compiled.tokenizer.tokenize(reply == null ? "" : reply);
    }

    /** True when a rule marked {@code floor} took points away in {@code score}. */
    boolean floorFired(ReplyScore score) {
        for (Evidence e : score.evidence()) {
            if (e.effect() < 0 && floorRules.contains(e.rule())) {
                return true;
            }
        }
        return false;
    }
}
