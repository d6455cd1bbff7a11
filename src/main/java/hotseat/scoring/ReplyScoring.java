package hotseat.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One reply being scored with a compiled rubric: find every phrase, drop the negated and the
 * overridden, add up each rule once (or up to its hits), run the detectors, then take back what
 * a "but" takes back. Used once and thrown away.
 */
final class ReplyScoring {
    /** Words that open a real question ("Are the kids okay?"), not a complaint thrown back ("Three days?"). */
    private static final Set<String> QUESTION_WORDS = Set.of("are", "is", "was", "were", "do", "does", "did", "can",
            "could", "would", "will", "have", "has", "how", "what", "when", "where", "which", "who", "shall", "should", "may");

    /** How far back in its clause a negator still reaches a match. */
    private static final int NEGATION_REACH = 6;
    /** Words that open a new clause, which a negator or a "you" before them does not reach across. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("but", "and", "so", "because", "although", "though",
            "while", "whereas", "yet", "or", "which", "then", "however");
    /** "if you would / want / prefer / like..." offers a choice rather than setting a condition. */
    private static final Set<String> CHOICE_VERBS = Set.of("would", "want", "prefer", "like", "wish", "need", "rather",
            "choose", "are", "do");
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "yourself", "yourselves");
    private static final Set<String> TOWARDS = Set.of("of", "at", "to", "for", "from");
    /** Verbs that report what someone else said: words after them in the clause are quoted, not said to the customer. */
    private static final Set<String> REPORTING = Set.of("told", "said", "saying", "telling", "claimed", "claiming",
            "suggested", "suggesting", "implied", "implying", "accused", "blamed", "insisted");
    /** Words that apologise for what follows: "I'm so sorry you were told the wrong date" is no blame. */
    private static final Set<String> APOLOGISING = Set.of("sorry", "apologise", "apologize");
    /** Words of an agent at work, which make praise before them sincere ("Great, let me sort it", "Perfect, thank you"). */
    private static final Set<String> HELPING = Set.of("i", "we", "me", "let", "sorry", "apologise", "apologize", "apologies",
            "thank", "thanks", "please", "glad", "happy");
    /** How far back in its clause a reporting verb still reaches a penalised phrase. */
    private static final int REPORTED_REACH = 5;

    /** A phrase that matched: rule, tokens [start, end). */
    private static final class Hit {
        final int rule, start, end;
        boolean negated, suppressed;
        String negator;

        Hit(int rule, int start, int end) {
            this.rule = rule;
            this.start = start;
            this.end = end;
        }
    }

    /** Evidence with the token where it was found, to list evidence in reading order. */
    private record Placed(int position, Evidence evidence) {}

    private final CompiledRubric c;
    private final Tokens t;
    private final ScoringContext ctx;
    private final List<Hit> hits = new ArrayList<>();
    private final List<Placed> placed = new ArrayList<>();
    private final int[] totals = new int[3];
    /** Per sentence, whether it sets a condition; worked out on first use. */
    private boolean[] conditionalSentences;
    /** Whether a rule marked {@code floor} has taken points away. */
    private boolean floored;
    /** Per rule that echoes the customer, their words as that rule reads them. */
    private Map<Integer, Set<String>> customerStems;
    /** The customer's line cut into tokens, once for every rule that reads it. */
    private Tokens customerTokens;
    /**
     * Per token of the reply and of the customer's line, whether it is a content word before any
     * rule's exceptions: worked out once instead of by every rule that asks.
     */
    private boolean[] replyContent, customerContent;

    ReplyScoring(CompiledRubric c, Tokens t, ScoringContext ctx) {
        this.c = c;
        this.t = t;
        this.ctx = ctx;
    }

    ReplyScore run() {
        findPhrases(c.phrases);
        findPhrases(c.phrasesOf(ctx.vocabulary()));
        markNegated();
        markReported();
        markSuppressed();
        List<List<Hit>> byRule = new ArrayList<>(c.rules.length);
        for (int r = 0; r < c.rules.length; r++) {
            byRule.add(List.of());
        }
        for (Hit h : hits) {
            if (byRule.get(h.rule).isEmpty()) {
                byRule.set(h.rule, new ArrayList<>(2));
            }
            byRule.get(h.rule).add(h);
        }
        for (int r = 0; r < c.rules.length; r++) {
            RubricRule rule = c.rules[r];
            String d = rule.detect();
            if (d == null || d.startsWith("scenario_")) {
                applyPhraseRule(r, byRule.get(r));
            }
        }
        for (int r = 0; r < c.rules.length; r++) {
            RubricRule rule = c.rules[r];
            String d = rule.detect();
            if (d == null) {
                continue;
            }
            switch (d) {
                case CompiledRubric.Detector.ALL_CAPS -> allCaps(r);
                case CompiledRubric.Detector.PUNCTUATION_RUN -> punctuationRun(r);
                case CompiledRubric.Detector.ECHO -> echo(r);
                case CompiledRubric.Detector.SPECIFIC_APOLOGY -> specificApology(r, byRule.get(r));
                case CompiledRubric.Detector.CURT -> curt(r);
                case CompiledRubric.Detector.INCREDULOUS_ECHO -> incredulousEcho(r);
                case CompiledRubric.Detector.PRAISE_OVER_TROUBLE -> praiseOverTrouble(r, byRule.get(r));
                case CompiledRubric.Detector.SCARE_QUOTES -> scareQuotes(r);
                default -> { }
            }
        }
        // Taking back acts on what the other rules gave, so it comes last; then the calm earned by
        // what is left, and padding after it.
        for (int r = 0; r < c.rules.length; r++) {
            if (CompiledRubric.Detector.TAKE_BACK.equals(c.rules[r].detect())) {
                takeBack(r, byRule.get(r));
            }
        }
        for (int r = 0; r < c.rules.length; r++) {
            if (CompiledRubric.Detector.EARNED_CALM.equals(c.rules[r].detect())) {
                earnedCalm(r);
            }
        }
        for (int r = 0; r < c.rules.length; r++) {
            if (CompiledRubric.Detector.PADDING.equals(c.rules[r].detect())) {
                padding(r);
            }
        }
        placed.sort((a, b) -> a.position != b.position ? Integer.compare(a.position, b.position)
                : Integer.compare(a.evidence.dimension().ordinal(), b.evidence.dimension().ordinal()));
        List<Evidence> evidence = new ArrayList<>(placed.size());
        for (Placed p : placed) {
            evidence.add(p.evidence);
        }
        return new ReplyScore(clamp(Dimension.CALMNESS), clamp(Dimension.ACKNOWLEDGMENT), clamp(Dimension.RESOLUTION),
                evidence);
    }

    private int clamp(Dimension d) {
        int v = c.rubric.baseFor(d) + totals[d.ordinal()];
        return Math.max(0, Math.min(100, v));
    }

    private void findPhrases(PhraseIndex index) {
        if (index.isEmpty()) {
            return;
        }
        for (int i = 0; i < t.size; i++) {
            if (t.kind[i] == Tokens.WORD) {
                String w = t.word[i];
                PhraseIndex.FirstWord first = index.byFirstWord.get(w);
                if (first != null) {
                    tryAll(first.any(), i, true);
                    int next = i + 1;
                    while (next < t.size && t.kind[next] == Tokens.PAUSE) {
                        next++;
                    }
                    if (next < t.size && t.kind[next] == Tokens.WORD && !first.bySecond().isEmpty()) {
                        PhraseIndex.Candidate[] cands = first.bySecond().get(t.word[next]);
                        if (cands != null) {
                            tryAll(cands, i, true);
                        }
                    }
                }
                if (w.length() >= 3 && !index.byPrefix.isEmpty()) {
                    PhraseIndex.Candidate[] cands = index.byPrefix.get(w.substring(0, 3));
                    if (cands != null) {
                        tryAll(cands, i, false);
                    }
                }
            }
            for (PhraseIndex.Group group : index.everywhere) {
                if (group.startsAt(t, i)) {
                    tryAll(group.candidates(), i, false);
                }
            }
        }
    }

    /** Tries phrases at token {@code i}; {@code firstMatched} when the index has already matched their first word there. */
    private void tryAll(PhraseIndex.Candidate[] cands, int i, boolean firstMatched) {
        for (PhraseIndex.Candidate cand : cands) {
            int end = firstMatched ? cand.phrase().matchAfterFirst(t, i) : cand.phrase().matchAt(t, i);
            if (end > i) {
                addHit(cand.rule(), i, end);
            }
        }
    }

    /** Keeps one hit per rule per place: the longest of overlapping matches. */
    private void addHit(int rule, int start, int end) {
        for (int k = hits.size() - 1; k >= 0; k--) {
            Hit h = hits.get(k);
            if (h.rule == rule && h.start < end && start < h.end) {
                if (end - start > h.end - h.start) {
                    hits.set(k, new Hit(rule, Math.min(start, h.start), Math.max(end, h.end)));
                }
                return;
            }
        }
        hits.add(new Hit(rule, start, end));
    }

    private boolean negatable(RubricRule r) {
        return r.negatable() != null ? r.negatable() : r.netEffect() > 0 || r.detect() != null
                && r.detect().equals(CompiledRubric.Detector.SPECIFIC_APOLOGY);
    }

    /**
     * A negator ("not", "never", "nothing"...) earlier in the match's clause, at most
     * {@link #NEGATION_REACH} words before it, or "not" right after it: "there's nothing I can
     * do" owns nothing, and "I'm not going to be able to refund it" refunds nothing.
     */
    private void markNegated() {
        for (Hit h : hits) {
            if (!negatable(c.rules[h.rule])) {
                continue;
            }
            int from = Math.max(clauseStart(h.start), h.start - NEGATION_REACH);
            for (int k = h.start - 1; k >= from; k--) {
                if (c.negators.contains(t.word[k])) {
                    h.negated = true;
                    h.negator = t.quote(k, h.end - 1);
                    break;
                }
            }
            if (!h.negated && h.end < t.size && t.kind[h.end] == Tokens.WORD
                    && t.sentence[h.end] == t.sentence[h.start]
                    && (t.word[h.end].equals("not") || t.word[h.end].equals("never"))) {
                h.negated = true;
                h.negator = t.quote(h.start, h.end);
            }
        }
    }

    /**
     * The first word of the clause holding token {@code i}: back to a pause, the start of the
     * sentence, or a word that opens a new clause ("but", "so", "because"...).
     */
    private int clauseStart(int i) {
        int k = i;
        while (k > 0 && t.kind[k - 1] == Tokens.WORD && t.sentence[k - 1] == t.sentence[i]
                && !CLAUSE_OPENERS.contains(t.word[k - 1])) {
            k--;
        }
        return k;
    }

    /**
     * True when the sentence of token {@code i} makes what it says depend on a condition
     * ("if it turns out to be our fault", "unless the carrier finds it"); an offer that waits on
     * the customer's wish ("if you'd prefer") is a choice, not a condition.
     */
    private boolean conditional(int i) {
        if (conditionalSentences == null) {
            conditionalSentences = new boolean[t.sentence[t.size - 1] + 1];
            for (int k = 0; k < t.size; k++) {
                if (t.kind[k] != Tokens.WORD) {
                    continue;
                }
                boolean choice = t.word[k].equals("if") && k + 2 < t.size && "you".equals(t.word[k + 1])
                        && t.word[k + 2] != null && CHOICE_VERBS.contains(t.word[k + 2]);
                if (t.word[k].equals("unless") || t.word[k].equals("if") && !choice) {
                    conditionalSentences[t.sentence[k]] = true;
                }
            }
        }
        return conditionalSentences[t.sentence[i]];
    }

    /**
     * True when words at tokens [start, end) are said to or about the customer: "you", "your" or
     * "yourself" within three words before them in the clause, or "you" right after them or after
     * "of", "at", "to" ("stupid of you"). "What a rubbish week you've had" is about the week, and
     * "you're not stupid" denies the word rather than aiming it.
     */
    private boolean aimedAtCustomer(int start, int end) {
        for (int k = start - 1; k >= Math.max(clauseStart(start), start - 3); k--) {
            if (c.negators.contains(t.word[k])) {
                return false; // "you're not stupid" denies it
            }
            if (SECOND_PERSON.contains(t.word[k])) {
                return true;
            }
        }
        boolean next = end < t.size && t.kind[end] == Tokens.WORD;
        if (next && SECOND_PERSON.contains(t.word[end])) {
            return true;
        }
        return next && end + 1 < t.size && t.kind[end + 1] == Tokens.WORD && TOWARDS.contains(t.word[end])
                && SECOND_PERSON.contains(t.word[end + 1]);
    }

    /**
     * Penalised words the reply reports or apologises for rather than says: "you were told it was
     * your own fault — that was wrong" quotes the blame in order to own it, and "I'm sorry you were
     * told the wrong date" apologises for it. A reporting verb earlier in the clause, at most
     * {@link #REPORTED_REACH} words back and not the agent's own report ("I told you"), marks them;
     * so does an apology, before the words of a rule marked floor (blame, dismissal, insult).
     */
    private void markReported() {
        for (Hit h : hits) {
            if (c.rules[h.rule].netEffect() >= 0) {
                continue;
            }
            int from = Math.max(clauseStart(h.start), h.start - REPORTED_REACH);
            boolean escalating = c.rules[h.rule].isFloor();
            for (int k = h.start - 1; k >= from; k--) {
                if (REPORTING.contains(t.word[k]) && !(k > 0 && "i".equals(t.word[k - 1]))
                        || escalating && APOLOGISING.contains(t.word[k])) {
                    h.suppressed = true;
                    break;
                }
            }
        }
    }

    /**
     * A reward inside a penalised phrase does not count: "sorry" in "sorry you feel that way".
     * A rule's {@code overrides} silence the named rules where they match within its words.
     */
    private void markSuppressed() {
        // Mockery turns its sentence's kind and helpful words into their opposite: none counts.
        for (Hit mock : hits) {
            if (!c.rules[mock.rule].mocksItsSentence()) {
                continue;
            }
            for (Hit other : hits) {
                if (c.rules[other.rule].netEffect() > 0 && t.sentence[other.start] == t.sentence[mock.start]) {
                    other.suppressed = true;
                }
            }
        }
        for (Hit over : hits) {
            for (int s : c.overridesAfter[over.rule]) {
                for (Hit other : hits) {
                    if (other.rule == s && other.start >= over.start && t.sentence[other.start] == t.sentence[over.start]) {
                        other.suppressed = true;
                    }
                }
            }
        }
        for (Hit over : hits) {
            int[] silenced = c.overrides[over.rule];
            if (silenced.length == 0) {
                continue;
            }
            for (Hit other : hits) {
                if (other != over && over.start <= other.start && other.end <= over.end) {
                    for (int s : silenced) {
                        if (other.rule == s) {
                            other.suppressed = true;
                        }
                    }
                }
            }
        }
        for (Hit bad : hits) {
            if (c.rules[bad.rule].netEffect() >= 0) {
                continue;
            }
            for (Hit good : hits) {
                if (good != bad && bad.start <= good.start && good.end <= bad.end
                        && (c.rules[good.rule].netEffect() > 0 || isDetector(good.rule))) {
                    good.suppressed = true;
                }
            }
        }
    }

    private boolean isDetector(int rule) {
        return c.rules[rule].detect() != null;
    }

    private void applyPhraseRule(int r, List<Hit> ruleHits) {
        if (ruleHits.isEmpty()) {
            return;
        }
        RubricRule rule = c.rules[r];
        int maxHits = rule.maxHits() == null ? 1 : Math.max(1, rule.maxHits());
        List<String> quotes = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        int first = -1;
        Hit negatedHit = null;
        boolean onlyIf = false;
        for (Hit h : ruleHits) {
            if (h.suppressed || rule.aimedAtCustomer() && !aimedAtCustomer(h.start, h.end)) {
                continue;
            }
            if (h.negated) {
                if (negatedHit == null) {
                    negatedHit = h;
                }
                continue;
            }
            String q = t.quote(h.start, h.end - 1);
            if (quotes.size() < maxHits && distinct.add(q.toLowerCase(java.util.Locale.ROOT))) {
                quotes.add(q);
                if (first < 0) {
                    first = h.start;
                    onlyIf = conditional(h.start);
                }
            }
        }
        if (quotes.isEmpty()) {
            if (negatedHit != null) {
                Dimension d = mainDimension(rule);
                placed.add(new Placed(negatedHit.start, new Evidence(d, rule.name(), negatedHit.negator, 0,
                        "Not counted: negated. " + rule.note())));
            }
            return;
        }
        int percent = 100 + (quotes.size() - 1) * (rule.eachExtra() == null ? 100 : rule.eachExtra());
        String matched = String.join("; ", quotes);
        for (Dimension d : Dimension.values()) {
            int e = rule.effect(d);
            if (e == 0) {
                continue;
            }
            if (onlyIf && d == Dimension.RESOLUTION && e > 0) {
                // A promise that holds only if something else happens is half a promise.
                int half = e * percent / 200;
                totals[d.ordinal()] += half;
                placed.add(new Placed(first, new Evidence(d, rule.name(), matched, half,
                        "Counted at half: it depends on a condition. " + rule.note())));
                continue;
            }
            award(first, d, rule, matched, e * percent / 100);
        }
    }

    private void award(int position, Dimension d, RubricRule rule, String matched, int effect) {
        totals[d.ordinal()] += effect;
        floored |= effect < 0 && rule.isFloor();
        placed.add(new Placed(position, new Evidence(d, rule.name(), matched, effect, rule.note())));
    }

    private static Dimension mainDimension(RubricRule rule) {
        Dimension best = Dimension.CALMNESS;
        for (Dimension d : Dimension.values()) {
            if (Math.abs(rule.effect(d)) > Math.abs(rule.effect(best))) {
                best = d;
            }
        }
        return best;
    }

    private void awardAll(int position, RubricRule rule, String matched, int percent) {
        for (Dimension d : Dimension.values()) {
            int e = rule.effect(d);
            if (e != 0) {
                award(position, d, rule, matched, e * percent / 100);
            }
        }
    }

    /**
     * Calm shown rather than assumed: {@code percent} of the acknowledgment and resolution the
     * reply earned, after negation and taking back, up to the rule's calmness. Nothing after a
     * floor rule — a fix shouted or wrapped in blame is not composed.
     */
    private void earnedCalm(int r) {
        RubricRule rule = c.rules[r];
        int earned = totals[Dimension.ACKNOWLEDGMENT.ordinal()] + totals[Dimension.RESOLUTION.ordinal()];
        if (floored || earned <= 0) {
            return;
        }
        int share = rule.percent() == null ? 25 : rule.percent();
        int effect = Math.min(rule.effect(Dimension.CALMNESS), earned * share / 100);
        if (effect <= 0) {
            return;
        }
        // Quote the two rules that earned most, in reading order, so the trainee sees where it came from.
        List<Placed> givers = new ArrayList<>();
        for (Placed p : placed) {
            if (p.evidence.dimension() != Dimension.CALMNESS && p.evidence.effect() > 0) {
                givers.add(p);
            }
        }
        givers.sort((a, b) -> Integer.compare(b.evidence.effect(), a.evidence.effect()));
        List<Placed> shown = new ArrayList<>(givers.subList(0, Math.min(2, givers.size())));
        shown.sort((a, b) -> Integer.compare(a.position, b.position));
        List<String> names = new ArrayList<>();
        for (Placed p : shown) {
            if (!names.contains(p.evidence.rule())) {
                names.add(p.evidence.rule());
            }
        }
        award(shown.isEmpty() ? 0 : shown.get(0).position, Dimension.CALMNESS, rule, String.join(" · ", names), effect);
    }

    /**
     * A word in capitals that reads as a name rather than a raised voice: three letters or fewer
     * and not an everyday word ("PCN", "MOT"), a code with a digit ("XKP4TZ"), or no vowel ("HMRC").
     */
    private boolean acronym(String w) {
        boolean digit = false, vowel = false;
        for (int k = 0; k < w.length(); k++) {
            char ch = w.charAt(k);
            digit |= Character.isDigit(ch);
            vowel |= "aeiouy".indexOf(ch) >= 0;
        }
        return digit || !vowel || w.length() <= 3 && !c.stopWords.contains(w) && !c.negators.contains(w);
    }

    /** Two or more words in capitals (acronyms aside), or a reply written mostly in capitals. */
    private void allCaps(int r) {
        RubricRule rule = c.rules[r];
        Set<String> ex = c.except.get(r);
        int caps = 0, words = 0, first = -1, last = -1;
        boolean longCaps = false;
        for (int i = 0; i < t.size; i++) {
            if (t.kind[i] != Tokens.WORD) {
                continue;
            }
            if (i > 0 && t.from[i] == t.from[i - 1]) {
                continue; // the second half of an expanded contraction
            }
            words++;
            if (t.caps[i] && !ex.contains(t.word[i]) && !acronym(t.word[i])) {
                caps++;
                longCaps |= t.word[i].length() >= 6; // "UNBELIEVABLE" on its own is shouting
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        int needed = rule.minWords() == null ? 2 : rule.minWords();
        if (caps >= needed || caps > 0 && caps * 2 >= words || longCaps) {
            award(first, Dimension.CALMNESS, rule, t.quote(first, last), rule.effect(Dimension.CALMNESS));
            for (Dimension d : new Dimension[] {Dimension.ACKNOWLEDGMENT, Dimension.RESOLUTION}) {
                if (rule.effect(d) != 0) {
                    award(first, d, rule, t.quote(first, last), rule.effect(d));
                }
            }
        }
    }

    /** "!!", "??", "?!" and longer runs. */
    private void punctuationRun(int r) {
        String text = t.text;
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i);
            if ((a == '!' || a == '?') && (text.charAt(i + 1) == '!' || text.charAt(i + 1) == '?')) {
                int j = i;
                while (j < text.length() && (text.charAt(j) == '!' || text.charAt(j) == '?')) {
                    j++;
                }
                int position = t.size;
                for (int k = 0; k < t.size; k++) {
                    if (t.from[k] >= i) {
                        position = k;
                        break;
                    }
                }
                awardAll(position, c.rules[r], text.substring(i, j), 100);
                return;
            }
        }
    }

    /** The customer's own content words said back to them. */
    private void echo(int r) {
        RubricRule rule = c.rules[r];
        if (ctx.customerLine().isBlank()) {
            return;
        }
        Set<String> theirs = customerStems(r);
        int maxHits = rule.maxHits() == null ? 3 : rule.maxHits();
        List<String> echoed = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int first = -1;
        for (int i = 0; i < t.size && echoed.size() < maxHits; i++) {
            if (!isContentWord(t, i, r)) {
                continue;
            }
            String s = Stem.of(t.word[i]);
            if (theirs.contains(s) && used.add(s)) {
                echoed.add(t.quote(i, i));
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (!echoed.isEmpty()) {
            awardAll(first, rule, String.join(", ", echoed), 100 * echoed.size());
        }
    }

    private boolean isContentWord(Tokens tk, int i, int r) {
        return contentFlags(tk)[i] && !c.except.get(r).contains(tk.word[i]);
    }

    private boolean[] contentFlags(Tokens tk) {
        if (tk == t) {
            return replyContent == null ? replyContent = contentFlagsOf(t) : replyContent;
        }
        if (tk == customerTokens) {
            return customerContent == null ? customerContent = contentFlagsOf(tk) : customerContent;
        }
        return contentFlagsOf(tk);
    }

    /** A word of three letters or more that is neither a stop word nor a negator. */
    private boolean[] contentFlagsOf(Tokens tk) {
        boolean[] content = new boolean[tk.size];
        for (int i = 0; i < tk.size; i++) {
            String w = tk.word[i];
            content[i] = tk.kind[i] == Tokens.WORD && w.length() >= 3 && !c.stopWords.contains(w)
                    && !c.negators.contains(w);
        }
        return content;
    }

    /**
     * Praise said over the customer's trouble — "Great, so it's lost.", "Perfect. Another cancelled
     * flight." — is sarcasm without a cue phrase. The rule's phrases find praise used as an
     * exclamation at the start of a sentence; what it is said over is the rest of that sentence, or
     * the next one when the praise stands alone. It mocks when that names trouble (one of the rule's
     * words) and the agent neither apologises, thanks, nor does anything there ("Great, I'll rebook
     * you now" is no sarcasm). The customer's own words are no sign: "Lovely, your refund has gone
     * through" says their word back in earnest.
     */
    private void praiseOverTrouble(int r, List<Hit> ruleHits) {
        RubricRule rule = c.rules[r];
        for (Hit h : ruleHits) {
            if (h.negated || h.suppressed) {
                continue;
            }
            boolean standsAlone = t.kind[h.end - 1] != Tokens.WORD && t.kind[h.end - 1] != Tokens.PAUSE;
            int over = t.sentence[h.start] + (standsAlone ? 1 : 0);
            boolean trouble = false, helping = false;
            int first = -1, last = h.end - 1;
            for (int i = h.end; i < t.size && t.sentence[i] <= over && !helping; i++) {
                if (t.sentence[i] != over || !t.isWord(i)) {
                    continue;
                }
                first = first < 0 ? i : first;
                String w = t.word[i];
                helping = HELPING.contains(w);
                // "nothing was damaged" is good news, not trouble
                trouble |= c.words.get(r).contains(w) && !negatedInClause(i);
                last = i;
            }
            if (trouble && !helping && !movesTheProblem(first, last)) {
                awardAll(h.start, rule, t.quote(h.start, last), 100);
                return;
            }
        }
    }

    /** Whether a negator comes before token {@code i} in its clause. */
    private boolean negatedInClause(int i) {
        for (int k = clauseStart(i); k < i; k++) {
            if (t.kind[k] == Tokens.WORD && c.negators.contains(t.word[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a rule already credited resolution between tokens {@code from} and {@code to}: a fix
     * reported ("your refund for the cancelled order has gone through") makes praise sincere.
     */
    private boolean movesTheProblem(int from, int to) {
        for (Placed p : placed) {
            if (p.position >= from && p.position <= to && p.evidence.dimension() == Dimension.RESOLUTION
                    && p.evidence.effect() > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Scare quotes: a word or two of the customer's put in quotation marks to doubt it — "your
     * "missing" parcel", "the "faulty" charger" when they said it was faulty. The quoted words must
     * follow "your" (and not be a capitalised label: "your "Spam" folder"), or one of the rule's
     * {@code words} (the, this…) and be the customer's own. A label ("logged as "missing"") or a
     * sentence quoted back is no doubt.
     */
    private void scareQuotes(int r) {
        RubricRule rule = c.rules[r];
        for (int i = 1; i < t.size; i++) {
            if (!t.isWord(i) || !t.inClosedQuote(i) || t.quoteSpan[i - 1] == t.quoteSpan[i] || !t.isWord(i - 1)) {
                continue; // not the first word of a closed span, or no word just before it
            }
            int end = i;
            while (end + 1 < t.size && t.quoteSpan[end + 1] == t.quoteSpan[i]) {
                end++;
            }
            if (end - i + 1 > 2) {
                continue;
            }
            String before = t.word[i - 1];
            // A name written with a capital is a label on a screen ("your "Spam" folder"), not a doubt.
            boolean label = Character.isUpperCase(t.text.charAt(t.from[i]));
            boolean doubted = before.equals("your") && !label;
            if (!doubted && c.words.get(r).contains(before) && !ctx.customerLine().isBlank()) {
                for (int k = i; k <= end && !doubted; k++) {
                    doubted = isContentWord(t, k, r) && customerStems(r).contains(Stem.of(t.word[k]));
                }
            }
            if (doubted) {
                awardAll(i - 1, rule, t.quote(i - 1, end), 100);
                return;
            }
        }
    }

    /** A reply of a word or two ("Ok.", "Fine.") with nothing kind in it reads as curt. */
    private void curt(int r) {
        RubricRule rule = c.rules[r];
        int words = 0;
        for (int i = 0; i < t.size; i++) {
            if (t.kind[i] == Tokens.WORD && (i == 0 || t.from[i] != t.from[i - 1])) {
                words++;
            }
        }
        int limit = rule.minWords() == null ? 2 : rule.minWords();
        if (words == 0 || words > limit) {
            return;
        }
        for (Placed p : placed) {
            if (p.evidence.effect() > 0 && p.evidence.dimension() == Dimension.CALMNESS) {
                return; // "Sorry." or "Thank you!" is short but not curt
            }
        }
        awardAll(0, rule, t.quote(0, t.size - 1), 100);
    }

    /**
     * The customer's complaint thrown back as a short question ("Nobody called?", "Cold? Really?"),
     * which sounds like disbelief.
     */
    private void incredulousEcho(int r) {
        if (ctx.customerLine().isBlank()) {
            return;
        }
        RubricRule rule = c.rules[r];
        int limit = rule.minWords() == null ? 4 : rule.minWords();
        Set<String> theirs = null;
        int start = 0;
        for (int i = 0; i < t.size; i++) {
            if (t.kind[i] == Tokens.WORD) {
                continue;
            }
            if (t.kind[i] == Tokens.QUESTION) {
                int words = 0, echoed = 0;
                for (int k = start; k < i; k++) {
                    if (t.kind[k] != Tokens.WORD) {
                        continue;
                    }
                    words++;
                    if (isContentWord(t, k, r)) {
                        if (theirs == null) {
                            theirs = customerStems(r);
                        }
                        if (theirs.contains(Stem.of(t.word[k]))) {
                            echoed++;
                        }
                    }
                }
                boolean realQuestion = start < i && QUESTION_WORDS.contains(t.word[firstWord(start, i)]);
                if (words > 0 && words <= limit && echoed > 0 && !realQuestion) {
                    awardAll(start, rule, t.quote(start, i), 100);
                    return;
                }
            }
            if (t.kind[i] != Tokens.PAUSE) {
                start = i + 1;
            }
        }
    }

    /** The customer's content words, stemmed, as rule {@code r} reads them; worked out on first use. */
    private Set<String> customerStems(int r) {
        if (customerStems == null) {
            customerStems = new HashMap<>(4);
        }
        if (customerTokens == null) {
            customerTokens = c.tokenizer.tokenize(ctx.customerLine());
        }
        return customerStems.computeIfAbsent(r, k -> contentStems(customerTokens, k));
    }

    private int firstWord(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.kind[k] == Tokens.WORD) {
                return k;
            }
        }
        return from;
    }

    private Set<String> contentStems(Tokens said, int r) {
        Set<String> stems = new HashSet<>();
        for (int i = 0; i < said.size; i++) {
            if (isContentWord(said, i, r)) {
                stems.add(Stem.of(said.word[i]));
            }
        }
        return stems;
    }

    /** An apology followed by what it is for, in the customer's terms, not a generic "for any inconvenience". */
    private void specificApology(int r, List<Hit> ruleHits) {
        RubricRule rule = c.rules[r];
        int needed = rule.minWords() == null ? 2 : rule.minWords();
        for (Hit h : ruleHits) {
            if (h.negated || h.suppressed) {
                continue;
            }
            int content = 0, last = h.end - 1;
            boolean started = false;
            for (int i = h.end; i < t.size && t.sentence[i] == t.sentence[h.start]; i++) {
                if (t.kind[i] != Tokens.WORD) {
                    if (started) {
                        break; // the clause the apology is about ends at the next pause
                    }
                    continue;
                }
                started = true;
                String w = t.word[i];
                if (w.equals("but") || w.equals("however") || w.equals("let") || w.equals("please")
                        || (w.equals("i") || w.equals("we")) && i + 1 < t.size
                        && (t.word[i + 1].equals("will") || t.word[i + 1].equals("can"))) {
                    break; // "sorry, let me ..." and "sorry, I'll ..." move on to the fix
                }
                last = i;
                if (isContentWord(t, i, r)) {
                    content++;
                }
            }
            if (content >= needed && !penalisedWithin(h.end, last)) {
                String q = t.quote(h.start, Math.min(last, h.start + 8));
                awardAll(h.start, rule, q, 100);
                return;
            }
        }
    }

    /** True when a rule that takes points away matched between tokens {@code from} and {@code to}: an excuse, not an apology. */
    private boolean penalisedWithin(int from, int to) {
        for (Hit h : hits) {
            if (h.start >= from && h.start <= to && c.rules[h.rule].netEffect() < 0) {
                return true;
            }
        }
        return false;
    }

    /** "I understand, but …": part of the acknowledgment earned before the "but" is taken back. */
    /**
     * Padding: a content word said {@code min_words} times or more (3 unless set), or a sentence
     * of four words or more said twice. What such a reply earns is capped at {@code percent}
     * points (50 unless set) on every dimension: repeating the right words is not saying them.
     */
    private boolean contentWord(int i) {
        return contentFlags(t)[i];
    }

    private void padding(int r) {
        RubricRule rule = c.rules[r];
        int times = rule.minWords() == null ? 3 : rule.minWords();
        int cap = rule.percent() == null ? 50 : rule.percent();
        // A content word said `times` times counts when it is a fifth or more of the reply's
        // content words: "refund today, refund today" pads, a long answer that names the lab
        // three times does not. Negators are how a kind "no" is said, never padding.
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        int content = 0;
        for (int i = 0; i < t.size; i++) {
            if (contentWord(i)) {
                content++;
                counts.merge(t.word[i], 1, Integer::sum);
            }
        }
        String repeated = null;
        int position = 0;
        for (int i = 0; i < t.size && repeated == null; i++) {
            if (contentWord(i)) {
                int n = counts.get(t.word[i]);
                if (n >= times && n * 5 >= content) {
                    repeated = t.quote(i, i) + " ×" + n;
                    position = i;
                }
            }
        }
        if (repeated == null) {
            java.util.Map<String, Integer> sentences = new java.util.HashMap<>();
            StringBuilder sentence = new StringBuilder();
            int words = 0;
            for (int i = 0; i < t.size && repeated == null; i++) {
                if (t.kind[i] == Tokens.WORD) {
                    sentence.append(t.word[i]).append(' ');
                    words++;
                }
                boolean end = i == t.size - 1 || t.sentence[i + 1] != t.sentence[i];
                if (end) {
                    if (words >= 4 && sentences.merge(sentence.toString(), 1, Integer::sum) >= 2) {
                        repeated = "a sentence said twice";
                        position = i;
                    }
                    sentence.setLength(0);
                    words = 0;
                }
            }
        }
        if (repeated == null) {
            return;
        }
        for (Dimension d : Dimension.values()) {
            int over = c.rubric.baseFor(d) + totals[d.ordinal()] - cap;
            if (over > 0) {
                award(position, d, rule, repeated, -over);
            }
        }
    }

    private void takeBack(int r, List<Hit> ruleHits) {
        RubricRule rule = c.rules[r];
        int percent = rule.percent() == null ? 50 : rule.percent();
        for (Hit h : ruleHits) {
            if (h.suppressed) {
                continue;
            }
            int sentence = t.sentence[h.start];
            boolean initial = t.initial[h.start];
            int wordsAfter = 0;
            for (int i = h.end; i < t.size && t.sentence[i] == sentence; i++) {
                if (t.kind[i] == Tokens.WORD) {
                    wordsAfter++;
                }
            }
            if (wordsAfter < 2) {
                continue;
            }
            int earned = 0;
            int acks = Dimension.ACKNOWLEDGMENT.ordinal();
            for (Placed p : placed) {
                Evidence e = p.evidence;
                if (e.dimension().ordinal() != acks || e.effect() <= 0 || p.position >= h.start) {
                    continue;
                }
                int s = p.position < t.size ? t.sentence[p.position] : -1;
                if (s == sentence || initial && s == sentence - 1) {
                    earned += e.effect();
                }
            }
            if (earned > 0) {
                int back = -earned * percent / 100;
                award(h.start, Dimension.ACKNOWLEDGMENT, rule, t.quote(h.start, h.end - 1), back);
                return;
            }
        }
    }
}
