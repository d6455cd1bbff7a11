package hotseat.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** Receives each feature of a reply once, with the tokens that carry it (-1 when none do). */
    interface Visitor {
        void feature(String name, int first, int last);
    }

    /** Visits every feature of a reply once, in reading order, shapes last. */
    static void visit(Tokens t, ReplyScore rubric, Visitor visitor) {
        Set<String> seen = new HashSet<>();
        Visitor once = (name, first, last) -> {
            if (seen.add(name)) {
                visitor.feature(name, first, last);
            }
        };
        once.feature(BIAS, -1, -1);
        int words = 0;
        int distinct = 0;
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
            String word = "w:" + w;
            if (seen.add(word)) {
                distinct++;
                visitor.feature(word, i, i);
            }
            if (t.initial[i]) {
                once.feature("i:" + w, i, i);
            }
            if (previous >= 0) {
                once.feature("b:" + t.word[previous] + " " + w, previous, i);
            }
            previous = i;
        }
        for (Evidence e : rubric.evidence()) {
            if (e.effect() != 0 && seen.add("r:" + e.rule())) {
                visitor.feature("r:" + e.rule(), -1, -1);
            }
        }
        for (String shape : shapes(words, distinct, question, rubric.evidence().isEmpty())) {
            once.feature(shape, -1, -1);
        }
    }

    /** The shapes of a reply: its length, whether it repeats itself, asks, or fired no rule. */
    static List<String> shapes(int words, int distinct, boolean question, boolean noRuleFired) {
        List<String> shapes = new ArrayList<>(3);
        if (words <= 3) {
            shapes.add("s:three words or fewer");
        } else if (words <= 8) {
            shapes.add("s:four to eight words");
        } else if (words > 60) {
            shapes.add("s:over sixty words");
        }
        // Padding and repetition: many words, few of them different.
        if (words >= 8 && distinct < words * 0.6) {
            shapes.add("s:repeats itself");
        }
        if (question) {
            shapes.add("s:asks a question");
        }
        if (noRuleFired) {
            shapes.add("s:no rule fired");
        }
        return shapes;
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
