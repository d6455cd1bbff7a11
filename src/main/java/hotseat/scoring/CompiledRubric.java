package hotseat.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rubric ready to match: every phrase compiled once and indexed by its first word, so scoring
 * a reply costs one hash lookup per word plus the few phrases that start with that word.
 */
final class CompiledRubric {
    /** A phrase and the rule it belongs to. */
    record Candidate(int rule, Phrase phrase) {}

    final Rubric rubric;
    final RubricRule[] rules;
    final Tokenizer tokenizer;
    final Set<String> negators;
    final Set<String> stopWords;
    /** Phrases by their first word, then (where the second element is a word too) by their second. */
    final Map<String, FirstWord> byFirstWord;
    /** Phrases that start with a prefix of three letters or more ("frustrat*"), by those three letters. */
    final Map<String, Candidate[]> byPrefix;
    /** Phrases whose first element is anything else ("*", "#", a short prefix, punctuation). */
    final Candidate[] everywhere;

    /** A customer's line and its content words, stemmed. */
    record CustomerWords(String line, Set<String> stems) {}

    /**
     * Per rule, the last customer line's words. Replacing the whole record is atomic, so threads
     * sharing the scorer see either the old line or the new one, never a mix.
     */
    final CustomerWords[] lastCustomer;

    /** Phrases that start with one word: those to try whatever follows, and those keyed by the next word. */
    record FirstWord(Candidate[] any, Map<String, Candidate[]> bySecond) {}
    /** Per rule, the words its detector leaves alone. */
    final List<Set<String>> except;
    /** Per rule, the indexes of the rules it overrides where they overlap, and to the end of its sentence. */
    final int[][] overrides, overridesAfter;

    CompiledRubric(Rubric rubric, List<RubricRule> rules) {
        this.rubric = rubric;
        this.rules = rules.toArray(RubricRule[]::new);
        Map<String, String[]> spellings = new HashMap<>();
        rubric.spellings().forEach((k, v) -> spellings.put(k.toLowerCase(java.util.Locale.ROOT), v.strip().split("\\s+")));
        this.tokenizer = new Tokenizer(spellings);
        this.negators = Set.copyOf(rubric.negators());
        this.stopWords = Set.copyOf(rubric.stopWords());
        Map<String, List<Candidate>> firstOnly = new HashMap<>();
        Map<String, Map<String, List<Candidate>>> firstAndSecond = new HashMap<>();
        Map<String, List<Candidate>> prefixes = new HashMap<>();
        List<Candidate> anywhere = new ArrayList<>();
        List<Set<String>> exceptions = new ArrayList<>();
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
            for (String source : rule.phrases()) {
                List<Phrase> compiled;
                try {
                    compiled = Phrase.compile(source, tokenizer);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("rule '" + rule.name() + "', phrase '" + source + "': " + e.getMessage(), e);
                }
                for (Phrase p : compiled) {
                    Candidate c = new Candidate(r, p);
                    Phrase.Element first = p.elements[0];
                    Phrase.Element second = p.elements.length > 1 ? p.elements[1] : null;
                    if (first.type() == Phrase.LITERAL) {
                        for (String w : first.words()) {
                            if (second != null && second.type() == Phrase.LITERAL) {
                                Map<String, List<Candidate>> next = firstAndSecond.computeIfAbsent(w, k -> new HashMap<>());
                                for (String w2 : second.words()) {
                                    next.computeIfAbsent(w2, k -> new ArrayList<>()).add(c);
                                }
                            } else {
                                firstOnly.computeIfAbsent(w, k -> new ArrayList<>()).add(c);
                            }
                        }
                    } else if (first.type() == Phrase.PREFIX && first.affix().length() >= 3) {
                        prefixes.computeIfAbsent(first.affix().substring(0, 3), k -> new ArrayList<>()).add(c);
                    } else {
                        anywhere.add(c);
                    }
                }
            }
        }
        this.byFirstWord = new HashMap<>();
        Set<String> firstWords = new HashSet<>(firstOnly.keySet());
        firstWords.addAll(firstAndSecond.keySet());
        for (String w : firstWords) {
            Candidate[] any = firstOnly.getOrDefault(w, List.of()).toArray(Candidate[]::new);
            Map<String, Candidate[]> bySecond = new HashMap<>();
            firstAndSecond.getOrDefault(w, Map.of()).forEach((k, v) -> bySecond.put(k, v.toArray(Candidate[]::new)));
            byFirstWord.put(w, new FirstWord(any, bySecond));
        }
        this.byPrefix = new HashMap<>();
        prefixes.forEach((k, v) -> byPrefix.put(k, v.toArray(Candidate[]::new)));
        this.everywhere = anywhere.toArray(Candidate[]::new);
        this.except = List.copyOf(exceptions);
        this.lastCustomer = new CustomerWords[this.rules.length];
        this.overrides = new int[this.rules.length][];
        this.overridesAfter = new int[this.rules.length][];
        Map<String, Integer> byName = new HashMap<>();
        for (int r = 0; r < this.rules.length; r++) {
            byName.put(this.rules[r].name(), r);
        }
        for (int r = 0; r < this.rules.length; r++) {
            overrides[r] = ruleIds(this.rules[r], this.rules[r].overrides(), byName);
            overridesAfter[r] = ruleIds(this.rules[r], this.rules[r].overridesAfter(), byName);
        }
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
                PADDING = "padding";
        static final Set<String> NAMES = Set.of(ALL_CAPS, PUNCTUATION_RUN, ECHO, SPECIFIC_APOLOGY, TAKE_BACK,
                SCENARIO_ACTIONS, SCENARIO_AVOID, SCENARIO_FEELINGS, CURT, INCREDULOUS_ECHO, PADDING);

        private Detector() {}
    }
}
