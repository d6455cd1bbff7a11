package hotseat.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import hotseat.scenario.Vocabulary;

/** A rubric ready to match: its phrases compiled and indexed, its rule names resolved. Immutable. */
final class CompiledRubric {
    final Rubric rubric;
    final RubricRule[] rules;
    final Tokenizer tokenizer;
    final Set<String> negators;
    final Set<String> stopWords;
    /** Every rule's own phrases. */
    final PhraseIndex phrases;
    /** The rules a scenario's vocabulary adds phrases to: actions, words to avoid, feelings. */
    private final int actionsRule, avoidRule, feelingsRule;

    /** Per rule, the words its detector leaves alone, and the words it looks for. */
    final List<Set<String>> except, words;
    /** Per rule, the indexes of the rules it overrides where they overlap, and to the end of its sentence. */
    final int[][] overrides, overridesAfter;

    CompiledRubric(Rubric rubric) {
        this.rubric = rubric;
        this.rules = rubric.rules().toArray(RubricRule[]::new);
        Map<String, String[]> spellings = new HashMap<>();
        rubric.spellings().forEach((k, v) -> spellings.put(k.toLowerCase(java.util.Locale.ROOT), v.strip().split("\\s+")));
        this.tokenizer = new Tokenizer(spellings);
        this.negators = Set.copyOf(rubric.negators());
        this.stopWords = Set.copyOf(rubric.stopWords());
        List<PhraseIndex.Candidate> candidates = new ArrayList<>();
        List<Set<String>> exceptions = new ArrayList<>(), lookedFor = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int r = 0; r < this.rules.length; r++) {
            RubricRule rule = this.rules[r];
            if (rule.name() == null || rule.name().isBlank()) {
                throw new IllegalArgumentException("rule " + (r + 1) + " has no name — give every rule a name");
            }
            if (!names.add(rule.name())) {
                throw new IllegalArgumentException("rule '" + rule.name() + "' is defined twice — rule names must be unique");
            }
            if (rule.detect() != null && !Detector.NAMES.contains(rule.detect())) {
                throw new IllegalArgumentException("rule '" + rule.name() + "': unknown detect '" + rule.detect()
                        + "' — use one of " + Detector.NAMES);
            }
            if (rule.target() != null && !rule.aimedAtCustomer()) {
                throw new IllegalArgumentException("rule '" + rule.name() + "': unknown target '" + rule.target()
                        + "' — the only target is customer");
            }
            Set<String> ex = new HashSet<>();
            for (String e : rule.except()) {
                ex.add(e.toLowerCase(java.util.Locale.ROOT));
            }
            exceptions.add(ex);
            Set<String> ws = new HashSet<>();
            for (String w : rule.words()) {
                ws.add(w.toLowerCase(java.util.Locale.ROOT));
            }
            lookedFor.add(ws);
            for (String source : rule.phrases()) {
                List<Phrase> compiled;
                try {
                    compiled = Phrase.compile(source, tokenizer);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("rule '" + rule.name() + "', phrase '" + source + "': " + e.getMessage(), e);
                }
                for (Phrase p : compiled) {
                    candidates.add(new PhraseIndex.Candidate(r, p));
                }
            }
        }
        this.phrases = new PhraseIndex(candidates);
        this.except = List.copyOf(exceptions);
        this.words = List.copyOf(lookedFor);
        this.overrides = new int[this.rules.length][];
        this.overridesAfter = new int[this.rules.length][];
        Map<String, Integer> byName = new HashMap<>();
        for (int r = 0; r < this.rules.length; r++) {
            byName.put(this.rules[r].name(), r);
        }
        this.actionsRule = ruleWith(Detector.SCENARIO_ACTIONS);
        this.avoidRule = ruleWith(Detector.SCENARIO_AVOID);
        this.feelingsRule = ruleWith(Detector.SCENARIO_FEELINGS);
        for (int r = 0; r < this.rules.length; r++) {
            overrides[r] = ruleIds(this.rules[r], this.rules[r].overrides(), byName);
            overridesAfter[r] = ruleIds(this.rules[r], this.rules[r].overridesAfter(), byName);
        }
    }

    private int ruleWith(String detector) {
        for (int r = 0; r < rules.length; r++) {
            if (detector.equals(rules[r].detect())) {
                return r;
            }
        }
        return -1;
    }

    /**
     * A scenario's words as phrases of the rubric's scenario rules. Compiled for each reply rather
     * than kept: a vocabulary is a few dozen plain words, and the scorer then holds no state.
     */
    PhraseIndex phrasesOf(Vocabulary vocabulary) {
        if (vocabulary.isEmpty()) {
            return PhraseIndex.EMPTY;
        }
        List<PhraseIndex.Candidate> candidates = new ArrayList<>();
        addLiterals(candidates, actionsRule, vocabulary.actions());
        addLiterals(candidates, avoidRule, vocabulary.avoid());
        addLiterals(candidates, feelingsRule, vocabulary.feelings());
        return candidates.isEmpty() ? PhraseIndex.EMPTY : new PhraseIndex(candidates);
    }

    private void addLiterals(List<PhraseIndex.Candidate> into, int rule, List<String> words) {
        if (rule < 0) {
            return;
        }
        for (String w : words) {
            String literal = literal(w);
            if (!literal.isEmpty()) {
                for (Phrase p : Phrase.compile(literal, tokenizer)) {
                    into.add(new PhraseIndex.Candidate(rule, p));
                }
            }
        }
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

    private static int[] ruleIds(RubricRule rule, List<String> named, Map<String, Integer> byName) {
        int[] ids = new int[named.size()];
        for (int k = 0; k < ids.length; k++) {
            Integer id = byName.get(named.get(k));
            if (id == null) {
                throw new IllegalArgumentException("rule '" + rule.name() + "' overrides '" + named.get(k)
                        + "', which is not a rule — check the spelling of the rule's name");
            }
            ids[k] = id;
        }
        return ids;
    }

    /** The names detectors answer to in the rubric's {@code detect} key. */
    static final class Detector {
        static final String ALL_CAPS = "all_caps", PUNCTUATION_RUN = "punctuation_run", ECHO = "echo",
                SPECIFIC_APOLOGY = "specific_apology", TAKE_BACK = "take_back",
                SCENARIO_ACTIONS = "scenario_actions", SCENARIO_AVOID = "scenario_avoid",
                SCENARIO_FEELINGS = "scenario_feelings", CURT = "curt", INCREDULOUS_ECHO = "incredulous_echo",
                PADDING = "padding", EARNED_CALM = "earned_calm", PRAISE_OVER_TROUBLE = "praise_over_trouble",
                SCARE_QUOTES = "scare_quotes";
        static final Set<String> NAMES = Set.of(ALL_CAPS, PUNCTUATION_RUN, ECHO, SPECIFIC_APOLOGY, TAKE_BACK,
                SCENARIO_ACTIONS, SCENARIO_AVOID, SCENARIO_FEELINGS, CURT, INCREDULOUS_ECHO, PADDING, EARNED_CALM,
                PRAISE_OVER_TROUBLE, SCARE_QUOTES);

        private Detector() {}
    }
}
