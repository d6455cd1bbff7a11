package hotseat.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import hotseat.scenario.Vocabulary;

/**
 * Scores replies with a {@link Rubric}: each dimension starts at the rubric's base, every rule
 * that fires adds or takes away its points, and the result is clamped to 0–100. Every point comes
 * with an {@link Evidence} item naming the rule and quoting the words that fired it.
 *
 * <p>Thread-safe and deterministic. A scenario's {@link Vocabulary} is compiled into its own copy
 * of the rubric once and cached.
 */
public final class RubricScorer implements ReplyScorer {
    private static final int CACHED_VOCABULARIES = 64;
    private static volatile RubricScorer builtIn;

    private final Rubric rubric;
    private final CompiledRubric plain;
    private final java.util.Set<String> floorRules;
    private final Map<Vocabulary, CompiledRubric> extended = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Vocabulary, CompiledRubric> eldest) {
            return size() > CACHED_VOCABULARIES;
        }
    };

    /**
     * Compiles {@code rubric}.
     *
     * @throws IllegalArgumentException naming the rule and phrase when a phrase cannot be read
     */
    public RubricScorer(Rubric rubric) {
        this.rubric = rubric;
        this.plain = new CompiledRubric(rubric, rubric.rules());
        this.floorRules = rubric.rules().stream().filter(RubricRule::isFloor).map(RubricRule::name)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The scorer for the rubric shipped in the jar, compiled once. */
    public static RubricScorer builtIn() {
        RubricScorer s = builtIn;
        if (s == null) {
            synchronized (RubricScorer.class) {
                s = builtIn;
                if (s == null) {
                    s = new RubricScorer(Rubric.builtIn());
                    builtIn = s;
                }
            }
        }
        return s;
    }

    public Rubric rubric() {
        return rubric;
    }

    @Override
    public ReplyScore score(String reply, ScoringContext context) {
        return score(tokens(reply), context);
    }

    /** Scores a reply already cut into words by {@link #tokens(String)}. */
    ReplyScore score(Tokens reply, ScoringContext context) {
        ScoringContext ctx = context == null ? ScoringContext.NONE : context;
        return new ReplyScoring(compiledFor(ctx.vocabulary()), reply, ctx).run();
    }

    /** The reply cut into words as the rules read it. */
    Tokens tokens(String reply) {
        return plain.tokenizer.tokenize(reply == null ? "" : reply);
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

    private CompiledRubric compiledFor(Vocabulary v) {
        if (v.isEmpty()) {
            return plain;
        }
        synchronized (extended) {
            CompiledRubric c = extended.get(v);
            if (c == null) {
                c = new CompiledRubric(rubric, withVocabulary(v));
                extended.put(v, c);
            }
            return c;
        }
    }

    /** The rubric's rules with the scenario's words put into its scenario_actions, _avoid and _feelings rules. */
    private List<RubricRule> withVocabulary(Vocabulary v) {
        List<RubricRule> rules = new ArrayList<>();
        for (RubricRule r : rubric.rules()) {
            String d = r.detect();
            List<String> words = CompiledRubric.Detector.SCENARIO_ACTIONS.equals(d) ? v.actions()
                    : CompiledRubric.Detector.SCENARIO_AVOID.equals(d) ? v.avoid()
                    : CompiledRubric.Detector.SCENARIO_FEELINGS.equals(d) ? v.feelings() : null;
            if (words == null) {
                rules.add(r);
                continue;
            }
            List<String> phrases = new ArrayList<>(r.phrases());
            for (String w : words) {
                String literal = literal(w);
                if (!literal.isEmpty()) {
                    phrases.add(literal);
                }
            }
            rules.add(new RubricRule(r.name(), r.family(), r.note(), r.calmness(), r.acknowledgment(), r.resolution(),
                    phrases, r.detect(), r.negatable(), r.maxHits(), r.eachExtra(), r.percent(), r.minWords(), r.except(),
                    r.overrides(), r.overridesAfter(), r.floor(), r.target(), r.mocks(), r.fires(), r.doesNotFire(), r.knownMisses()));
        }
        return rules;
    }

    /** A scenario's word list entry as a plain phrase: words only, no phrase syntax. */
    private static String literal(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            b.append(Character.isLetterOrDigit(ch) || ch == '\'' || ch == '’' ? ch : ' ');
        }
        return b.toString().strip().replaceAll("\\s+", " ");
    }
}
