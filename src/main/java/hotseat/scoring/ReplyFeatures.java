package hotseat.scoring;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The interpretable features the learned layer weighs, each with the words of the reply that
 * carry it: words ({@code w:sorry}), word pairs ({@code b:shall i}), the word that opens a
 * sentence ({@code i:please}), the rubric rules that fired ({@code r:calm down}), and a few
 * shapes of the reply ({@code s:short}, {@code s:repeats}). A feature counts once per reply.
 */
final class ReplyFeatures {
    private ReplyFeatures() {}

    /** Every reply has this one, so the learned layer can move a dimension as a whole. */
    static final String BIAS = "s:any reply";

    /** Feature name to the words of the reply it came from (the first place it was seen). */
    static Map<String, String> of(Tokens t, ReplyScore rubric) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(BIAS, "");
        int words = 0;
        int distinct = 0;
        Map<String, Integer> seen = new LinkedHashMap<>();
        int previous = -1;
        boolean question = false;
        for (int i = 0; i < t.size; i++) {
            if (!t.isWord(i)) {
                question |= t.kind[i] == Tokens.QUESTION;
                // A pause or a sentence end breaks a pair.
                previous = -1;
                continue;
            }
            String w = t.word[i];
            words++;
            if (seen.merge(w, 1, Integer::sum) == 1) {
                distinct++;
            }
            f.putIfAbsent("w:" + w, t.quote(i, i));
            if (t.initial[i]) {
                f.putIfAbsent("i:" + w, t.quote(i, i));
            }
            if (previous >= 0) {
                f.putIfAbsent("b:" + t.word[previous] + " " + w, t.quote(previous, i));
            }
            previous = i;
        }
        for (Evidence e : rubric.evidence()) {
            if (e.effect() != 0) {
                f.putIfAbsent("r:" + e.rule(), e.matched());
            }
        }
        if (words <= 3) {
            f.put("s:three words or fewer", "");
        } else if (words <= 8) {
            f.put("s:four to eight words", "");
        } else if (words > 60) {
            f.put("s:over sixty words", "");
        }
        // Padding and repetition: many words, few of them different.
        if (words >= 8 && distinct < words * 0.6) {
            f.put("s:repeats itself", "");
        }
        if (question) {
            f.put("s:asks a question", "");
        }
        if (rubric.evidence().isEmpty()) {
            f.put("s:no rule fired", "");
        }
        return f;
    }

    /** A feature as a trainee reads it in the evidence: the reply's own words where it has some. */
    static String describe(String feature, String words) {
        String rest = feature.substring(2);
        return switch (feature.substring(0, 2)) {
            case "w:", "b:", "r:" -> words.isEmpty() ? rest : words;
            case "i:" -> (words.isEmpty() ? rest : words) + " (opening a sentence)";
            default -> "(" + rest + ")";
        };
    }
}
