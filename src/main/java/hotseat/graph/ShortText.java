package hotseat.graph;

/**
 * Shortens authored text for a label: whitespace collapsed to single spaces, control characters
 * dropped, and anything longer than the limit cut at a word boundary with an ellipsis. Lengths
 * count code points, and a cut never splits a surrogate pair, a combining mark or an emoji
 * sequence (skin tones, variation selectors, zero-width joiners).
 */
public final class ShortText {
    private ShortText() {}

    public static String of(String text, int maxCodePoints) {
        String flat = flatten(text);
        int length = flat.codePointCount(0, flat.length());
        if (length <= maxCodePoints) {
            return flat;
        }
        int cut = flat.offsetByCodePoints(0, Math.max(1, maxCodePoints - 1));
        // Prefer the last space, unless that throws away more than a third of the room.
        int space = flat.lastIndexOf(' ', cut);
        if (space > 0 && flat.codePointCount(0, space) >= (maxCodePoints * 2) / 3) {
            cut = space;
        }
        while (cut > 0 && !safeCut(flat, cut)) {
            cut = flat.offsetByCodePoints(cut, -1);
        }
        String head = flat.substring(0, cut).stripTrailing();
        while (!head.isEmpty() && ",;:-–—".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).stripTrailing();
        }
        return head + "…";
    }

    /**
     * The text flattened and wrapped at word boundaries into lines of at most {@code width} code
     * points, so that a map's boxes stay narrow at their natural size. A word longer than a line
     * is left whole on a line of its own.
     */
    private static final java.util.Set<String> COMPARISONS = java.util.Set.of("≥", "≤", "<", ">", "=", "<=", ">=");

    public static java.util.List<String> wrap(String text, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        java.util.List<String> words = new java.util.ArrayList<>();
        boolean glue = false;
        for (String word : flatten(text).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            // a comparison stays whole: "res ≥ 50", never "res" and "≥ 50" on two lines
            int last = words.size() - 1;
            if (last >= 0 && (COMPARISONS.contains(word) || glue)) {
                words.set(last, words.get(last) + " " + word);
                glue = COMPARISONS.contains(word);
            } else {
                words.add(word);
                glue = COMPARISONS.contains(word);
            }
        }
        for (String word : words) {
            int lineLength = line.codePointCount(0, line.length());
            if (lineLength > 0 && lineLength + 1 + word.codePointCount(0, word.length()) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Every line of {@code lines} wrapped at {@code width}, in order. */
    public static java.util.List<String> wrapAll(java.util.List<String> lines, int width) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String l : lines) {
            out.addAll(wrap(l, width));
        }
        return out;
    }

    /** One line: runs of whitespace become one space, other control characters disappear. */
    static String flatten(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.FORMAT && cp != 0x200D) {
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** False when cutting before {@code index} would break a character people see as one. */
    private static boolean safeCut(String s, int index) {
        if (index >= s.length()) {
            return true;
        }
        int next = s.codePointAt(index);
        int previous = s.codePointBefore(index);
        boolean insideFlag = isRegionalIndicator(next) && regionalIndicatorsBefore(s, index) % 2 == 1;
        return !joinsPrevious(next) && previous != 0x200D && !insideFlag;
    }

    /** Flags are pairs of regional indicators; an odd count before a cut means mid-flag. */
    private static int regionalIndicatorsBefore(String s, int index) {
        int n = 0;
        while (index > 0 && isRegionalIndicator(s.codePointBefore(index))) {
            n++;
            index = s.offsetByCodePoints(index, -1);
        }
        return n;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static boolean joinsPrevious(int cp) {
        int type = Character.getType(cp);
        return cp == 0x200D                                   // zero-width joiner
                || (cp >= 0xFE00 && cp <= 0xFE0F)             // variation selectors
                || (cp >= 0x1F3FB && cp <= 0x1F3FF)           // skin-tone modifiers
                || (cp >= 0xE0020 && cp <= 0xE007F)           // tag characters (flags)
                || cp == 0x20E3                               // keycap
                || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
