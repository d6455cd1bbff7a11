package hotseat.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a reply contains a phrase: whole words, ignoring case, with the scenario's synonyms.
 * "refund" matches "I'll REFUND you" but not "refunded" or "nonrefundable"; when the scenario
 * lists {@code refund: [money back]}, "money back" counts as "refund" too. Curly apostrophes
 * count as straight ones, so "I’ll" and "I'll" are the same words.
 */
public final class PhraseMatcher {
    private PhraseMatcher() {}

    /** True when {@code reply} contains any of {@code phrases} or one of their synonyms. */
    public static boolean containsAny(String reply, List<String> phrases, Map<String, List<String>> synonyms) {
        List<String> words = words(reply);
        for (String phrase : phrases) {
            for (String candidate : withSynonyms(phrase, synonyms)) {
                if (containsWords(words, words(candidate))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The phrase itself and its synonyms (the synonyms key is matched ignoring case). */
    static List<String> withSynonyms(String phrase, Map<String, List<String>> synonyms) {
        List<String> all = new ArrayList<>();
        all.add(phrase);
        if (synonyms != null) {
            for (Map.Entry<String, List<String>> e : synonyms.entrySet()) {
                if (e.getKey().trim().equalsIgnoreCase(phrase.trim()) && e.getValue() != null) {
                    all.addAll(e.getValue());
                }
            }
        }
        return all;
    }

    static List<String> words(String text) {
        String normal = (text == null ? "" : text).toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || cp == '\'' && w.length() > 0) {
                w.appendCodePoint(cp);
            } else if (w.length() > 0) {
                words.add(trimQuote(w));
                w.setLength(0);
            }
            i += Character.charCount(cp);
        }
        if (w.length() > 0) {
            words.add(trimQuote(w));
        }
        words.removeIf(String::isEmpty);
        return words;
    }

    private static String trimQuote(StringBuilder w) {
        int end = w.length();
        while (end > 0 && w.charAt(end - 1) == '\'') {
            end--;
        }
        return w.substring(0, end);
    }

    private static boolean containsWords(List<String> words, List<String> phrase) {
        if (phrase.isEmpty() || phrase.size() > words.size()) {
            return false;
        }
        outer:
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!words.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
