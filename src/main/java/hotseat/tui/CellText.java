package hotseat.tui;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import com.googlecode.lanterna.TextCharacter;

/**
 * Text measured in terminal cells rather than in Java chars: a CJK character or an emoji takes two
 * columns, a surrogate pair is one character. Everything the interface draws is split and wrapped
 * here, so that wide characters in scenario text never push the layout out of line; plain mode
 * measures with it too.
 */
public final class CellText {
    private CellText() {}

    /**
     * The characters of {@code text} as Lanterna will draw them. The text is composed (NFC) first
     * so that an accent written as a combining mark joins its letter in one narrow cell; control
     * characters become spaces.
     */
    static List<TextCharacter> characters(String text) {
        if (text != null && printableAscii(text)) {
            // Most of what is drawn; one narrow cell per char, so it is spared normalising and
            // segmenting, which are most of a redraw's work.
            List<TextCharacter> out = new ArrayList<>(text.length());
            for (int i = 0; i < text.length(); i++) {
                out.add(ASCII[text.charAt(i)]);
            }
            return out;
        }
        String composed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            clean.append(Character.isISOControl(c) ? ' ' : c);
        }
        return List.of(TextCharacter.fromString(clean.toString()));
    }

    /** The printable ASCII characters, each as the one narrow cell Lanterna would make of it. */
    private static final TextCharacter[] ASCII = new TextCharacter[0x7F];

    static {
        for (char c = 0x20; c < 0x7F; c++) {
            ASCII[c] = TextCharacter.fromCharacter(c)[0];
        }
    }

    /** Whether every char of {@code text} is printable ASCII (space to tilde). */
    static boolean printableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    static int width(TextCharacter c) {
        return c.isDoubleWidth() ? 2 : 1;
    }

    /** How many columns {@code text} takes on a terminal. */
    public static int width(String text) {
        if (text != null && printableAscii(text)) {
            return text.length();
        }
        int w = 0;
        for (TextCharacter c : characters(text)) {
            w += width(c);
        }
        return w;
    }

    /** The longest start of {@code text} that fits in {@code columns}, with "…" when cut. */
    static String fit(String text, int columns) {
        if (columns <= 0) {
            return "";
        }
        if (width(text) <= columns) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (TextCharacter c : characters(text)) {
            if (used + width(c) > columns - 1) {
                break;
            }
            out.append(c.getCharacterString());
            used += width(c);
        }
        return out.append('…').toString();
    }

    /**
     * Word-wraps {@code text} to lines of at most {@code columns} cells. Explicit line breaks are
     * kept, and so is a line's indentation (its wrapped lines keep it); a word longer than a line
     * is broken wherever it must be.
     */
    static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        int limit = Math.max(1, columns);
        for (String paragraph : (text == null ? "" : text).split("\r?\n", -1)) {
            if (width(paragraph.stripTrailing()) <= limit) {
                // A line that fits is kept as written, spacing and alignment included.
                lines.add(paragraph.stripTrailing());
                continue;
            }
            String body = paragraph.strip();
            int indent = body.isEmpty() ? 0 : Math.min(paragraph.indexOf(body.charAt(0)), limit / 2);
            List<String> wrapped = new ArrayList<>();
            wrapParagraph(body, limit - indent, wrapped);
            String pad = " ".repeat(indent);
            wrapped.forEach(l -> lines.add(l.isEmpty() ? l : pad + l));
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, int limit, List<String> lines) {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        for (String word : paragraph.split(" +")) {
            int w = width(word);
            if (lineWidth > 0 && lineWidth + 1 + w <= limit) {
                line.append(' ').append(word);
                lineWidth += 1 + w;
                continue;
            }
            if (lineWidth > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            // A word wider than the line is broken into pieces that fit.
            for (TextCharacter c : characters(word)) {
                if (lineWidth + width(c) > limit) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                line.append(c.getCharacterString());
                lineWidth += width(c);
            }
        }
        lines.add(line.toString());
    }
}
