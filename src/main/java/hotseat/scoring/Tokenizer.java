package hotseat.scoring;

import java.util.Map;
import java.util.Set;

/**
 * Cuts text into {@link Tokens}. Contractions are expanded ("I'm" becomes "i am", "don't" becomes
 * "do not") so that a rubric phrase matches however the trainee wrote it, and chat spellings
 * ("dont", "u", "pls") are rewritten from the rubric's {@code spellings} table. One pass over the
 * characters, no regular expressions.
 */
final class Tokenizer {
    /** Words before "'s" that mean "is" rather than a possessive. */
    private static final Set<String> IS_BEFORE_S = Set.of(
            "it", "that", "there", "here", "what", "who", "where", "how", "he", "she", "this",
            "everything", "nothing", "something", "someone", "everyone", "nobody", "somebody", "everybody",
            "which", "when", "why", "today", "tonight");

    private final Map<String, String[]> spellings;

    Tokenizer(Map<String, String[]> spellings) {
        this.spellings = spellings;
    }

    /** Tokens of a whole reply: the end of the text also ends the last sentence. */
    Tokens tokenize(String text) {
        return tokenize(text, true);
    }

    /** Tokens of a piece of a rubric phrase, which does not end a sentence. */
    Tokens fragment(String text) {
        return tokenize(text, false);
    }

    private Tokens tokenize(String text, boolean whole) {
        Tokens t = new Tokens(text);
        int n = text.length();
        int sentence = 0;
        boolean atSentenceStart = true;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                int letters = 0;
                int upper = 0;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        if (Character.isLetter(d) && i > start && Character.isDigit(text.charAt(i - 1))) {
                            break; // "5pm" is "5" and "pm"
                        }
                        if (Character.isLetter(d)) {
                            letters++;
                            if (Character.isUpperCase(d)) {
                                upper++;
                            }
                        }
                        i++;
                    } else if (isApostrophe(d) && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                        i++;
                    } else if ((d == '.' || d == ':' || d == ',') && i + 1 < n
                            && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i - 1))) {
                        i++; // 5.30, 11:00, 1,000
                    } else {
                        break;
                    }
                }
                boolean caps = letters >= 2 && upper == letters;
                emitWord(t, text.substring(start, i), sentence, start, i, atSentenceStart, caps);
                atSentenceStart = false;
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                int start = i;
                boolean question = false, exclamation = false;
                int dots = 0;
                while (i < n && ".!?…".indexOf(text.charAt(i)) >= 0) {
                    char d = text.charAt(i);
                    question |= d == '?';
                    exclamation |= d == '!';
                    dots += d == '.' ? 1 : d == '…' ? 3 : 0;
                    i++;
                }
                if (!question && !exclamation && dots >= 2) {
                    t.add(",", Tokens.PAUSE, sentence, start, i, false, false); // an ellipsis trails off
                } else {
                    byte kind = question ? Tokens.QUESTION : exclamation ? Tokens.EXCLAMATION : Tokens.PERIOD;
                    t.add(question ? "?" : exclamation ? "!" : ".", kind, sentence, start, i, false, false);
                    sentence++;
                    atSentenceStart = true;
                }
            } else if (c == ',' || c == ';' || c == ':' || c == '—' || c == '–' || c == '(' || c == ')'
                    || (c == '-' && (i + 1 >= n || Character.isWhitespace(text.charAt(i + 1))
                        || i == 0 || Character.isWhitespace(text.charAt(i - 1))))) {
                if (!atSentenceStart) {
                    t.add(",", Tokens.PAUSE, sentence, i, i + 1, false, false);
                }
                i++;
            } else if (c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»') {
                // Straight marks open or close by turn; typographic ones say which they are.
                t.quoteMark(c != '”' && c != '»', c != '“' && c != '„' && c != '«');
                i++;
            } else if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                sentence++; // a blank line ends a sentence even without a full stop
                atSentenceStart = true;
                i += 2;
            } else {
                i++;
            }
        }
        if (whole && t.size > 0 && t.kind[t.size - 1] != Tokens.PERIOD && t.kind[t.size - 1] != Tokens.QUESTION
                && t.kind[t.size - 1] != Tokens.EXCLAMATION) {
            t.add(".", Tokens.PERIOD, sentence, n, n, false, false); // the end of the text ends a sentence
        }
        return t;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == '`';
    }

    private void emitWord(Tokens t, String surface, int sentence, int from, int to, boolean initial, boolean caps) {
        String w = lower(surface);
        int apostrophe = -1;
        for (int k = 0; k < w.length(); k++) {
            if (isApostrophe(w.charAt(k))) {
                apostrophe = k;
                break;
            }
        }
        if (apostrophe >= 0) {
            String base = w.substring(0, apostrophe);
            String tail = w.substring(apostrophe + 1);
            if (tail.equals("t") && base.endsWith("n")) {
                String stem = base.substring(0, base.length() - 1);
                String verb = switch (stem) {
                    case "ca" -> "can";
                    case "wo" -> "will";
                    case "sha" -> "shall";
                    case "ai" -> "is";
                    default -> stem;
                };
                t.add(verb, Tokens.WORD, sentence, from, to, initial, caps);
                t.add("not", Tokens.WORD, sentence, from, to, false, caps);
                return;
            }
            String second = switch (tail) {
                case "m" -> "am";
                case "re" -> "are";
                case "ve" -> "have";
                case "ll" -> "will";
                case "d" -> "would";
                case "s" -> base.equals("let") ? "us" : IS_BEFORE_S.contains(base) ? "is" : null;
                default -> null;
            };
            if (second == null && !tail.equals("s")) {
                emitPlain(t, base + tail, sentence, from, to, initial, caps); // o'clock, y'all
                return;
            }
            emitPlain(t, base, sentence, from, to, initial, caps);
            if (second != null) {
                t.add(second, Tokens.WORD, sentence, from, to, false, caps);
            }
            return;
        }
        emitPlain(t, w, sentence, from, to, initial, caps);
    }

    private void emitPlain(Tokens t, String w, int sentence, int from, int to, boolean initial, boolean caps) {
        String[] rewrite = spellings.get(w);
        if (rewrite == null) {
            t.add(w, Tokens.WORD, sentence, from, to, initial, caps);
            return;
        }
        for (int k = 0; k < rewrite.length; k++) {
            t.add(rewrite[k], Tokens.WORD, sentence, from, to, initial && k == 0, caps);
        }
    }

    private static String lower(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isUpperCase(s.charAt(k))) {
                return s.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return s;
    }
}
