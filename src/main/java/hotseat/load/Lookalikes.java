package hotseat.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.tokens.KeyToken;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.Token;

/**
 * Characters that look like YAML's own but are not: invisible spaces (a no-break space copied
 * from a word processor, a zero-width space from a web page) in a key or where a key's colon
 * needs its space, and typographic quotes (“ ” ‘ ’) where YAML needs straight ones. YAML reads
 * each of them as an ordinary letter, so the file means something else than it shows, and the
 * parser's own complaint, if any, names the wrong cause. Each finding names the character, its
 * code and its column.
 */
final class Lookalikes {
    private Lookalikes() {}

    private static final Map<Integer, String> INVISIBLE = Map.ofEntries(
            Map.entry(0x00A0, "a no-break space"),
            Map.entry(0x00AD, "a soft hyphen"),
            Map.entry(0x1680, "an Ogham space mark"),
            Map.entry(0x180E, "a Mongolian vowel separator"),
            Map.entry(0x2000, "an en quad space"),
            Map.entry(0x2001, "an em quad space"),
            Map.entry(0x2002, "an en space"),
            Map.entry(0x2003, "an em space"),
            Map.entry(0x2004, "a three-per-em space"),
            Map.entry(0x2005, "a four-per-em space"),
            Map.entry(0x2006, "a six-per-em space"),
            Map.entry(0x2007, "a figure space"),
            Map.entry(0x2008, "a punctuation space"),
            Map.entry(0x2009, "a thin space"),
            Map.entry(0x200A, "a hair space"),
            Map.entry(0x200B, "a zero-width space"),
            Map.entry(0x200C, "a zero-width non-joiner"),
            Map.entry(0x200D, "a zero-width joiner"),
            Map.entry(0x202F, "a narrow no-break space"),
            Map.entry(0x205F, "a medium mathematical space"),
            Map.entry(0x2060, "a word joiner"),
            Map.entry(0x3000, "an ideographic space"),
            Map.entry(0xFEFF, "a zero-width no-break space"));

    private static final String OPENING_QUOTES = "\u201C\u2018\u201E\u00AB";
    private static final String CLOSING_QUOTES = "\u201D\u2019\u00BB\u201C";

    /** True when the text holds any character this class looks for (most files hold none). */
    static boolean suspicious(char[] text) {
        for (char c : text) {
            if (c >= 0x00A0 && (INVISIBLE.containsKey((int) c) || OPENING_QUOTES.indexOf(c) >= 0
                    || CLOSING_QUOTES.indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** Every look-alike in the file's structure: errors where it changes the meaning, warnings where it may. */
    static List<Diagnostic> check(String file, String text) {
        YamlTokens scanned = YamlTokens.scan(text);
        int[][] lines = YamlTokens.lines(text);
        List<Token> tokens = scanned.tokens();
        List<Diagnostic> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof ScalarToken s) || !s.getPlain()) {
                continue;
            }
            int line = s.getStartMark().getLine();
            if (line >= lines.length) {
                continue;
            }
            int[] cps = lines[line];
            int from = s.getStartMark().getColumn();
            int to = s.getEndMark().getLine() == line ? Math.min(cps.length, s.getEndMark().getColumn()) : cps.length;
            boolean key = i > 0 && tokens.get(i - 1) instanceof KeyToken;
            Diagnostic d = key ? inKey(file, line, cps, from, to) : inValue(file, line, cps, from, to, s);
            if (d != null) {
                out.add(d);
            }
        }
        if (scanned.stoppedAt() != null && scanned.stoppedAt().getLine() < lines.length) {
            // the scanner stopped before handing over the text it was reading: look at that line itself
            int line = scanned.stoppedAt().getLine();
            int[] cps = lines[line];
            int from = 0;
            while (from < cps.length && (cps[from] == ' ' || cps[from] == '-')) {
                from++;
            }
            Diagnostic d = inValue(file, line, cps, from, cps.length, null);
            if (d != null && d.isError() && !out.contains(d)) {
                out.add(d);
                return out;
            }
        }
        if (scanned.stoppedAt() != null) {
            Diagnostic quote = quoteBeforeStop(file, lines, tokens, scanned.stoppedAt());
            if (quote != null) {
                out.add(quote);
            }
        }
        return out;
    }

    private static Diagnostic inKey(String file, int line, int[] cps, int from, int to) {
        for (int j = from; j < to; j++) {
            String name = INVISIBLE.get(cps[j]);
            if (name == null) {
                continue;
            }
            String word = visible(cps, from, to).strip();
            Location at = new Location(line + 1, j + 1);
            if (j == from) {
                return Diagnostic.error(file, at, name + " (" + code(cps[j]) + ") at column " + (j + 1) + " comes before the key \""
                        + word + "\": YAML does not count it as indentation, so the key is read as \"" + word
                        + "\" with an invisible character in front, at the wrong level — replace it with ordinary spaces");
            }
            return Diagnostic.error(file, at, "the key \"" + word + "\" has " + name + " (" + code(cps[j]) + ") at column "
                    + (j + 1) + " hidden in it, so it is not the key it looks like — delete that character"
                    + " (retype the key)");
        }
        return null;
    }

    private static Diagnostic inValue(String file, int line, int[] cps, int from, int to, ScalarToken s) {
        // "key:" + an invisible space: YAML needs an ordinary space after a key's colon.
        int j = from;
        while (j < to && (Character.isLetterOrDigit(cps[j]) || cps[j] == '_' || cps[j] == '-')) {
            j++;
        }
        if (j > from && j + 1 < to && cps[j] == ':' && INVISIBLE.containsKey(cps[j + 1])) {
            String key = new String(cps, from, j - from);
            return Diagnostic.error(file, new Location(line + 1, j + 2), "the colon after \"" + key + "\" is followed by "
                    + INVISIBLE.get(cps[j + 1]) + " (" + code(cps[j + 1]) + ") at column " + (j + 2)
                    + ", not an ordinary space, so YAML does not read \"" + key + ":\" as a key — replace it with an ordinary space");
        }
        if (s != null && to - from >= 2 && s.getEndMark().getLine() == line && OPENING_QUOTES.indexOf(cps[from]) >= 0
                && CLOSING_QUOTES.indexOf(cps[to - 1]) >= 0 && noQuoteInside(cps, from + 1, to - 1)) {
            return new Diagnostic(file, new Location(line + 1, from + 1), hotseat.scenario.Severity.WARNING,
                    "this text is wrapped in the typographic quotes " + new String(cps, from, 1) + " " + new String(cps, to - 1, 1)
                            + " (" + code(cps[from]) + ", " + code(cps[to - 1]) + "), which YAML does not read as quotes, so"
                            + " trainees will see them — if you meant to quote the text, use straight quotes \"...\"");
        }
        return null;
    }

    /** Where scanning stopped just after a text that opens with a typographic quote, that quote is the cause. */
    private static Diagnostic quoteBeforeStop(String file, int[][] lines, List<Token> tokens, Mark stop) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            int line = t.getStartMark().getLine();
            if (line < stop.getLine() - 1) {
                return null;
            }
            if (t instanceof ScalarToken s && s.getPlain() && line < lines.length) {
                int[] cps = lines[line];
                int col = s.getStartMark().getColumn();
                if (col < cps.length && OPENING_QUOTES.indexOf(cps[col]) >= 0) {
                    return Diagnostic.error(file, new Location(line + 1, col + 1), "this text starts with the typographic quote "
                            + new String(cps, col, 1) + " (" + code(cps[col]) + ") at column " + (col + 1)
                            + ", which YAML does not read as a quote, so the text is read as plain words and the \": \""
                            + " or \" #\" inside it breaks the line — use straight double quotes \"...\" around the text");
                }
            }
        }
        return null;
    }

    private static boolean noQuoteInside(int[] cps, int from, int to) {
        for (int j = from; j < to; j++) {
            if (OPENING_QUOTES.indexOf(cps[j]) >= 0 || CLOSING_QUOTES.indexOf(cps[j]) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String visible(int[] cps, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int j = from; j < to; j++) {
            if (!INVISIBLE.containsKey(cps[j])) {
                sb.appendCodePoint(cps[j]);
            }
        }
        return sb.toString();
    }

    static String code(int cp) {
        return String.format("U+%04X", cp);
    }
}
