package hotseat.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * One compiled rubric phrase: a short sequence of elements matched word by word against
 * {@link Tokens}. The phrase language, written in the rubric file:
 * <ul>
 *   <li>{@code calm down} — words in order (case ignored, contractions expanded: "you're" = "you are");
 *       commas and dashes between the words are allowed</li>
 *   <li>{@code sorry|apologies} — either word</li>
 *   <li>{@code frustrat*} — any word that starts so; {@code *ing} — any word that ends so;
 *       {@code *} — any one word; {@code #} — a number, in digits or words ("5", "five")</li>
 *   <li>{@code really?} — an optional word; {@code (so|really)?} — an optional choice</li>
 *   <li>{@code ...} — up to three words of any kind</li>
 *   <li>{@code ^} first — the phrase must start a sentence; {@code ,} a pause (comma, dash, semicolon);
 *       {@code ?} {@code !} {@code .} the end of a sentence</li>
 * </ul>
 * Matching never backtracks more than the three-word gaps allow, so no input can make it slow.
 */
final class Phrase {
    static final byte LITERAL = 0, PREFIX = 1, SUFFIX = 2, ANY = 3, NUMBER = 4, CLOCK = 5, GAP = 6, PAUSE = 7,
            QUESTION = 8, EXCLAMATION = 9, PERIOD = 10;
    /** Words that stand for a number, for {@code #}. */
    static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "ninety", "hundred", "half",
            "few", "couple", "several", "24", "48", "72");
    static final int MAX_GAP = 3;

    record Element(byte type, String[] words, String affix) {
        boolean accepts(String w) {
            return switch (type) {
                case LITERAL -> {
                    for (String x : words) {
                        if (x.equals(w)) {
                            yield true;
                        }
                    }
                    yield false;
                }
                case PREFIX -> w.startsWith(affix);
                case SUFFIX -> w.endsWith(affix) && w.length() > affix.length() + 1;
                case ANY -> true;
                case NUMBER -> !w.isEmpty() && Character.isDigit(w.charAt(0)) || NUMBER_WORDS.contains(w);
                case CLOCK -> isClockTime(w);
                default -> false;
            };
        }

        boolean isWordElement() {
            return type <= CLOCK;
        }

        /** "18:40", "9:05": hours and minutes with a colon. */
        private static boolean isClockTime(String w) {
            int colon = w.indexOf(':');
            if (colon < 1 || colon > 2 || w.length() != colon + 3) {
                return false;
            }
            for (int i = 0; i < w.length(); i++) {
                if (i != colon && !Character.isDigit(w.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    final String source;
    final boolean anchored;
    final Element[] elements;

    private Phrase(String source, boolean anchored, Element[] elements) {
        this.source = source;
        this.anchored = anchored;
        this.elements = elements;
    }

    /**
     * Compiles {@code source}; optional words expand into several phrases.
     *
     * @throws IllegalArgumentException with a message for the rubric's author
     */
    static List<Phrase> compile(String source, Tokenizer tokenizer) {
        String[] parts = source.strip().split("\\s+");
        boolean anchored = false;
        List<List<Element>> variants = new ArrayList<>();
        variants.add(new ArrayList<>());
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p];
            if (part.isEmpty()) {
                continue;
            }
            if (part.equals("^")) {
                if (p != 0) {
                    throw new IllegalArgumentException("'^' (start of a sentence) may only come first");
                }
                anchored = true;
                continue;
            }
            boolean optional = part.length() > 1 && part.endsWith("?");
            if (optional) {
                part = part.substring(0, part.length() - 1);
            }
            if (part.length() > 2 && part.startsWith("(") && part.endsWith(")")) {
                part = part.substring(1, part.length() - 1); // "(so|really)?" reads better than "so|really?"
            }
            List<Element> els = elementsFor(part, tokenizer, source);
            List<List<Element>> next = new ArrayList<>();
            for (List<Element> v : variants) {
                List<Element> with = new ArrayList<>(v);
                with.addAll(els);
                next.add(with);
                if (optional) {
                    next.add(v);
                }
            }
            if (next.size() > 16) {
                throw new IllegalArgumentException("too many optional words (at most four)");
            }
            variants = next;
        }
        List<Phrase> out = new ArrayList<>();
        for (List<Element> v : variants) {
            if (v.isEmpty() || !v.get(0).isWordElement() && v.get(0).type != PAUSE
                    && v.get(0).type != QUESTION && v.get(0).type != EXCLAMATION && v.get(0).type != PERIOD) {
                throw new IllegalArgumentException("a phrase must start with a word");
            }
            if (v.get(0).type == GAP || v.get(v.size() - 1).type == GAP) {
                throw new IllegalArgumentException("'...' must sit between words");
            }
            out.add(new Phrase(source, anchored, v.toArray(Element[]::new)));
        }
        return out;
    }

    private static List<Element> elementsFor(String part, Tokenizer tokenizer, String source) {
        switch (part) {
            case "...": return List.of(new Element(GAP, null, null));
            case ",", ";", ":", "—", "–", "-": return List.of(new Element(PAUSE, null, null));
            case "?": return List.of(new Element(QUESTION, null, null));
            case "!": return List.of(new Element(EXCLAMATION, null, null));
            case ".": return List.of(new Element(PERIOD, null, null));
            case "*": return List.of(new Element(ANY, null, null));
            case "#": return List.of(new Element(NUMBER, null, null));
            case "#:#": return List.of(new Element(CLOCK, null, null));
            default: break;
        }
        if (part.length() > 1 && part.endsWith("*") && part.indexOf('|') < 0) {
            return List.of(new Element(PREFIX, null, part.substring(0, part.length() - 1).toLowerCase(java.util.Locale.ROOT)));
        }
        if (part.length() > 1 && part.startsWith("*") && part.indexOf('|') < 0) {
            return List.of(new Element(SUFFIX, null, part.substring(1).toLowerCase(java.util.Locale.ROOT)));
        }
        if (part.indexOf('|') >= 0) {
            String[] alts = part.split("\\|");
            List<String> words = new ArrayList<>();
            for (String alt : alts) {
                Tokens t = tokenizer.fragment(alt);
                if (t.size != 1 || !t.isWord(0)) {
                    throw new IllegalArgumentException("'" + alt + "' in '" + part
                            + "' is not one word; write alternatives of several words as separate phrases");
                }
                words.add(t.word[0]);
            }
            return List.of(new Element(LITERAL, words.toArray(String[]::new), null));
        }
        Tokens t = tokenizer.fragment(part);
        List<Element> els = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            els.add(switch (t.kind[i]) {
                case Tokens.WORD -> new Element(LITERAL, new String[] {t.word[i]}, null);
                case Tokens.PAUSE -> new Element(PAUSE, null, null);
                case Tokens.QUESTION -> new Element(QUESTION, null, null);
                case Tokens.EXCLAMATION -> new Element(EXCLAMATION, null, null);
                default -> new Element(PERIOD, null, null);
            });
        }
        if (els.isEmpty()) {
            throw new IllegalArgumentException("'" + part + "' has no words in it");
        }
        return els;
    }

    /** The index just past the match when this phrase matches starting at token {@code start}, else -1. */
    int matchAt(Tokens t, int start) {
        if (anchored && !t.initial[start]) {
            return -1;
        }
        return match(t, start, 0, t.sentence[start]);
    }

    /**
     * As {@link #matchAt}, for a phrase found by its first word in an index, which has already
     * compared that word: matching goes on from the second element.
     */
    int matchAfterFirst(Tokens t, int start) {
        if (anchored && !t.initial[start]) {
            return -1;
        }
        return match(t, start + 1, 1, t.sentence[start]);
    }

    private int match(Tokens t, int pos, int e, int sentence) {
        if (e == elements.length) {
            return pos;
        }
        Element el = elements[e];
        switch (el.type) {
            case GAP: {
                int p = pos;
                for (int skipped = 0; ; skipped++) {
                    int end = match(t, p, e + 1, sentence);
                    if (end >= 0) {
                        return end;
                    }
                    if (skipped == MAX_GAP) {
                        return -1;
                    }
                    while (p < t.size && t.kind[p] == Tokens.PAUSE && t.sentence[p] == sentence) {
                        p++;
                    }
                    if (p >= t.size || t.kind[p] != Tokens.WORD || t.sentence[p] != sentence) {
                        return -1;
                    }
                    p++;
                }
            }
            case PAUSE:
                return pos < t.size && t.kind[pos] == Tokens.PAUSE && t.sentence[pos] == sentence
                        ? match(t, pos + 1, e + 1, sentence) : -1;
            case QUESTION:
            case EXCLAMATION:
            case PERIOD: {
                byte want = el.type == QUESTION ? Tokens.QUESTION : el.type == EXCLAMATION ? Tokens.EXCLAMATION : Tokens.PERIOD;
                return pos < t.size && t.kind[pos] == want && t.sentence[pos] == sentence
                        ? match(t, pos + 1, e + 1, sentence) : -1;
            }
            default: {
                int p = pos;
                if (e > 0) {
                    while (p < t.size && t.kind[p] == Tokens.PAUSE && t.sentence[p] == sentence) {
                        p++;
                    }
                }
                if (p < t.size && t.kind[p] == Tokens.WORD && t.sentence[p] == sentence && el.accepts(t.word[p])) {
                    return match(t, p + 1, e + 1, sentence);
                }
                return -1;
            }
        }
    }

    @Override
    public String toString() {
        return source;
    }
}
