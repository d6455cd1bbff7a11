package hotseat.playtest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Options reworded the way a trainee who read them might type them: everyday equivalents swapped
 * in ("I'm sorry" for "I apologise", "straight away" for "right now", "I'll" for "let me"),
 * contractions opened or closed, and the last sentence of a long option left out. Each option has
 * a few fixed variants, so the same seed plays the same words. They are not real paraphrases —
 * the wording stays close — but they are typed replies that mean an option, which is what
 * matching by meaning must send down the option's branch.
 */
final class Paraphrases {
    /** Pairs of phrases read the same; either may replace the other (whole words, any case). */
    private static final String[][] EQUIVALENTS = {
            {"I'm sorry", "I apologise"}, {"I am sorry", "I apologise"}, {"I'm so sorry", "I'm really sorry"},
            {"I'm really sorry", "I'm very sorry"}, {"really", "truly"}, {"right now", "straight away"},
            {"now", "at once"}, {"Let me", "I'll"}, {"I will", "I'll"}, {"I am", "I'm"}, {"you are", "you're"},
            {"Could you", "Can you"}, {"Could I", "Can I"}, {"check", "look at"}, {"can't", "cannot"},
            {"don't", "do not"}, {"won't", "will not"}, {"that's", "that is"}, {"it's", "it is"},
            {"Okay", "Right"}, {"Thank you", "Thanks"}, {"I understand", "I see"}, {"please", ""},
            {"I'm afraid", "Unfortunately"}, {"awful", "terrible"}, {"quick", "fast"}, {"today", "this afternoon"},
    };
    static final int VARIANTS = 3;

    private Paraphrases() {}

    /** Up to {@link #VARIANTS} rewordings of {@code option}, each different from it; fewer when little can change. */
    static List<String> of(String option) {
        Set<String> out = new LinkedHashSet<>();
        for (int v = 0; v < VARIANTS; v++) {
            String s = swap(option, v);
            if (v == 2) {
                s = dropLastSentence(s);
            }
            s = tidy(s);
            if (!s.isBlank() && !s.equals(option.strip())) {
                out.add(s);
            }
        }
        return new ArrayList<>(out);
    }

    /** Swaps every other equivalent that occurs, starting at {@code offset}, each in the direction it can go. */
    private static String swap(String text, int offset) {
        String s = text;
        int n = 0;
        for (String[] pair : EQUIVALENTS) {
            for (int dir = 0; dir < 2; dir++) {
                String from = pair[dir];
                String to = pair[1 - dir];
                if (from.isEmpty()) {
                    continue;
                }
                Pattern p = Pattern.compile("(?<![\\w'])" + Pattern.quote(from) + "(?![\\w'])", Pattern.CASE_INSENSITIVE);
                Matcher m = p.matcher(s);
                if (m.find()) {
                    if ((n++ + offset) % 2 == 0) {
                        s = m.replaceFirst(Matcher.quoteReplacement(matchCase(m.group(), to)));
                    }
                    break;
                }
            }
        }
        return s;
    }

    private static String matchCase(String found, String replacement) {
        if (replacement.isEmpty() || found.isEmpty()) {
            return replacement;
        }
        boolean upper = Character.isUpperCase(found.charAt(0));
        String first = replacement.substring(0, 1);
        return (upper ? first.toUpperCase(Locale.ROOT) : replacement.startsWith("I") ? first : first.toLowerCase(Locale.ROOT))
                + replacement.substring(1);
    }

    private static String dropLastSentence(String s) {
        String[] sentences = s.strip().split("(?<=[.!?])\\s+");
        if (sentences.length < 3) {
            return s;
        }
        return String.join(" ", java.util.Arrays.copyOf(sentences, sentences.length - 1));
    }

    private static String tidy(String s) {
        return s.replaceAll("\\s+([,.!?;])", "$1").replaceAll(",\\s*,", ",").replaceAll("\\s{2,}", " ").strip();
    }
}
