package hotseat.authoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an option's authored feedback says of it, read from a small list of words, and the words
 * that said it.
 *
 * <p>The feedback is read a sentence at a time, and the first sentence that holds any of the
 * words below decides. After the first sentence only criticism is read: later sentences mostly
 * advise ("a sincere thank-you would win him back"), and their kind words describe the reply the
 * trainee should have given. Quoted words ("It should be fine") are the option's own and are
 * skipped. A praise word just after "not", "no", "never" or "n't" counts as criticism ("not
 * true here").
 *
 * <ul>
 *   <li>praise: {@value #PRAISE_WORDS}, and "good" or "great" opening the feedback ("Good recovery")
 *   <li>faint praise: {@value #FAINT_PRAISE_WORDS}
 *   <li>mild criticism: {@value #MILD_CRITICISM_WORDS}
 *   <li>criticism: {@value #CRITICISM_WORDS}
 * </ul>
 *
 * The deciding sentence reads {@link Judgement#GOOD} when it praises with no "but", and either
 * opens with the praise — the author's headline ("Good recovery: you admitted the wrong
 * priority") — or holds no criticism of either kind ("A warm, specific close");
 * {@link Judgement#POOR} when it criticises with no praise, or with faint praise but no "but"
 * ("Accurate and cold"); and {@link Judgement#FAIR} otherwise ("Fine, but flat", "Polite, but
 * thin", "Correct and quick"). Feedback with none of the words is {@link Judgement#UNKNOWN}.
 */
public record FeedbackReading(Judgement judgement, List<String> cues) {

    static final String PRAISE_WORDS = "strong, excellent, well done, exactly right, beautifully, right call, warm, "
            + "gracious, specific, concrete, proactive, generous, sincere, dignified, dignity, respected, courteous, "
            + "kindly, with care, personal, clear";
    static final String FAINT_PRAISE_WORDS = "fine, polite, accurate, correct, reasonable, useful, practical, fair, "
            + "efficient, quick, true, honest, kind, calm, understandable, better than nothing, right";
    static final String MILD_CRITICISM_WORDS = "thin, flat, flatly, brisk, abrupt, brief, generic, general, "
            + "automatic, scripted, misses, undersells, passes up";
    static final String CRITICISM_WORDS = "poor, cold, blame, blames, blaming, dismiss, dismisses, dismissive, "
            + "dismissing, lecture, sounds like, sound like, looks like, leaves, ends badly, nothing to hold on to, "
            + "hides, hiding, defensive, defends, defence, defending, excuse, refusal, refusing, blocking, ultimatum, "
            + "insults, humiliates, scolding, shrugging, minimising, crushing, abandons, stranded, untrue, wrong, "
            + "worst, lose, loses, without trying, giving up, non-apology, case number, a wall, foolish, the problem "
            + "is, puts the problem, policing, mocking, cover-up, betrays, fuel, vague, fight, argument, arguing, "
            + "instead of, failed, fails, ignores, ignoring, not listening, weren't listening, more of the same, "
            + "can't help, cannot help, don't help, doesn't help, doesn't matter, takes away, nowhere to go, "
            + "adds nothing, push out, insult, shame, accused, judged, liar, on trial, wastes, skipped, about you, "
            + "villain, undermines, not your problem, matters more than";

    /** How strongly a word speaks for or against the option. */
    private enum Kind { PRAISE, FAINT_PRAISE, MILD_CRITICISM, CRITICISM }

    private record Cue(String words, Kind kind, Pattern pattern) {}

    /** Every word, longest first: a phrase is read before the words inside it ("exactly right" before "right"). */
    private static final List<Cue> CUES = lexicon();
    private static final List<String> OPENING_PRAISE = List.of("good", "great");

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”|(?<![\\p{L}])'[^']*'(?![\\p{L}])|‘[^’]*’");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern NEGATION = Pattern.compile("(?:\\b(?:not|no|never)|n't)(?:\\s+\\S+)?\\s*$");

    public FeedbackReading {
        cues = List.copyOf(cues);
    }

    /** Feedback that says nothing we can read. */
    public static final FeedbackReading UNCLEAR = new FeedbackReading(Judgement.UNKNOWN, List.of());

    public static FeedbackReading of(String feedback) {
        if (feedback == null || feedback.isBlank()) {
            return UNCLEAR;
        }
        String text = QUOTED.matcher(feedback).replaceAll(" … ").replace('’', '\'');
        boolean first = true;
        for (String sentence : SENTENCE_END.split(text.strip())) {
            FeedbackReading reading = sentence(sentence.toLowerCase(Locale.ROOT), first);
            if (reading != null) {
                return reading;
            }
            first = false;
        }
        return UNCLEAR;
    }

    /**
     * The reading of one sentence, or null when it holds none of the words. After the first
     * sentence only criticism is read: later sentences mostly advise, and their kind words are
     * about the reply the trainee should have given.
     */
    private static FeedbackReading sentence(String s, boolean first) {
        /** One word found: where, how it speaks, and as what it is shown. */
        record Found(int at, Kind kind, String words) {}
        List<Found> found = new ArrayList<>();
        String opening = s.replaceFirst("^\\W+", "").split("\\W", 2)[0];
        boolean headline = first && OPENING_PRAISE.contains(opening);
        if (headline) {
            found.add(new Found(s.indexOf(opening), Kind.PRAISE, opening));
        }
        StringBuilder rest = new StringBuilder(s);
        for (Cue cue : CUES) {
            boolean praise = cue.kind() == Kind.PRAISE || cue.kind() == Kind.FAINT_PRAISE;
            if (!first && cue.kind() != Kind.CRITICISM) {
                continue;
            }
            Matcher m = cue.pattern().matcher(rest);
            while (m.find()) {
                boolean not = praise && NEGATION.matcher(rest.substring(0, m.start())).find();
                headline |= first && cue.kind() == Kind.PRAISE && rest.substring(0, m.start()).isBlank();
                found.add(not ? new Found(m.start(), Kind.CRITICISM, "not " + cue.words())
                        : new Found(m.start(), cue.kind(), cue.words()));
                // Blanked, so that the words inside a phrase are not read again on their own.
                for (int i = m.start(); i < m.end(); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        found.sort(Comparator.comparingInt(Found::at));
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        found.forEach(f -> kinds.add(f.kind()));
        boolean praise = kinds.contains(Kind.PRAISE);
        boolean criticism = kinds.contains(Kind.CRITICISM);
        boolean but = s.matches(".*\\bbut\\b.*");
        Judgement j;
        if (praise && !but && (headline || !criticism && !kinds.contains(Kind.MILD_CRITICISM))) {
            j = Judgement.GOOD;
        } else if (criticism && !praise && !(but && kinds.contains(Kind.FAINT_PRAISE))) {
            j = Judgement.POOR;
        } else {
            j = Judgement.FAIR;
        }
        return new FeedbackReading(j, found.stream().map(Found::words).distinct().toList());
    }

    private static List<Cue> lexicon() {
        List<Cue> all = new ArrayList<>();
        Map<Kind, String> lists = Map.of(Kind.PRAISE, PRAISE_WORDS, Kind.FAINT_PRAISE, FAINT_PRAISE_WORDS,
                Kind.MILD_CRITICISM, MILD_CRITICISM_WORDS, Kind.CRITICISM, CRITICISM_WORDS);
        lists.forEach((kind, words) -> {
            for (String w : words.split(",\\s*")) {
                all.add(new Cue(w, kind, Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(w) + "(?![\\p{L}-])")));
            }
        });
        all.sort(Comparator.comparingInt((Cue c) -> -c.words().length()).thenComparing(Cue::words));
        return List.copyOf(all);
    }
}
