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

    /** Receives each feature of a reply once, by name, with the tokens that carry it (-1 when none do). */
    interface Visitor {
        void feature(String name, int first, int last);
    }

    /**
     * Receives a reply's features as they are met, by their parts and possibly more than once: a
     * scorer looks them up without building their names.
     */
    interface Walker {
        /** A word at token {@code i}; {@code initial} when it opens a sentence. */
        void word(String w, int i, boolean initial);

        /** Two words in a row, with no pause between them. */
        void pair(String first, String second, int a, int b);

        /** A rubric rule that moved a score. */
        void rule(String name);

        /** A shape of the whole reply ({@link #BIAS} first). */
        void shape(String name);
    }

    /** Walks a reply's features in reading order: the bias, its words and pairs, the rules that fired, its shapes. */
    static void walk(Tokens t, ReplyScore rubric, Walker walker) {
        walker.shape(BIAS);
        Set<String> distinct = new HashSet<>();
        int words = 0;
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
            distinct.add(w);
            walker.word(w, i, t.initial[i]);
            if (previous >= 0) {
                walker.pair(t.word[previous], w, previous, i);
            }
            previous = i;
        }
        for (Evidence e : rubric.evidence()) {
            if (e.effect() != 0) {
                walker.rule(e.rule());
            }
        }
        for (String shape : shapes(words, distinct.size(), question, rubric.evidence().isEmpty())) {
            walker.shape(shape);
        }
    }

    /** Visits every feature of a reply once, by name, in the order {@link #walk} meets them. */
    static void visit(Tokens t, ReplyScore rubric, Visitor visitor) {
        Set<String> seen = new HashSet<>();
        Visitor once = (name, first, last) -> {
            if (seen.add(name)) {
                visitor.feature(name, first, last);
            }
        };
        walk(t, rubric, new Walker() {
            @Override
            public void word(String w, int i, boolean initial) {
                once.feature("w:" + w, i, i);
                if (initial) {
                    once.feature("i:" + w, i, i);
                }
            }

            @Override
            public void pair(String first, String second, int a, int b) {
                once.feature("b:" + first + " " + second, a, b);
            }

            @Override
            public void rule(String name) {
                once.feature("r:" + name, -1, -1);
            }

            @Override
            public void shape(String name) {
                once.feature(name, -1, -1);
            }
        });
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
