package hotseat.tui;

import java.util.ArrayList;
import java.util.List;

import hotseat.conversation.ReplyLimit;

/**
 * The contents of the reply box and where the cursor is, as an immutable value: every edit
 * returns a new box. {@code cursor} is an index into {@code text} that never splits a surrogate
 * pair. {@link #layout(int)} word-wraps the text to a width and finds the cursor's cell.
 */
record TextBox(String text, int cursor) {
    static final TextBox EMPTY = new TextBox("", 0);

    /** The box takes no more characters than a reply may have. */
    static final int MAX_LENGTH = ReplyLimit.MAX_LENGTH;

    /** From this many characters left, the box shows how many remain. */
    static final int SHOW_REMAINING = 400;

    TextBox {
        text = text == null ? "" : text;
        cursor = Math.max(0, Math.min(cursor, text.length()));
    }

    boolean isBlank() {
        return text.isBlank();
    }

    /** Characters (code points) the box can still take. */
    int remaining() {
        return MAX_LENGTH - ReplyLimit.length(text);
    }

    /**
     * The box with {@code c} typed at the cursor; the same box for a control character or when
     * the box is full. A character outside the Basic Multilingual Plane arrives as two chars:
     * the second half of a pair is always taken, so a full box never keeps half an emoji.
     */
    TextBox insert(char c) {
        boolean completesPair = Character.isLowSurrogate(c) && cursor > 0 && Character.isHighSurrogate(text.charAt(cursor - 1));
        if (Character.isISOControl(c) || remaining() <= 0 && !completesPair) {
            return this;
        }
        return new TextBox(text.substring(0, cursor) + c + text.substring(cursor), cursor + 1);
    }

    TextBox backspace() {
        if (cursor == 0) {
            return this;
        }
        int from = text.offsetByCodePoints(cursor, -1);
        return new TextBox(text.substring(0, from) + text.substring(cursor), from);
    }

    TextBox delete() {
        if (cursor >= text.length()) {
            return this;
        }
        int to = text.offsetByCodePoints(cursor, 1);
        return new TextBox(text.substring(0, cursor) + text.substring(to), cursor);
    }

    TextBox left() {
        return cursor == 0 ? this : new TextBox(text, text.offsetByCodePoints(cursor, -1));
    }

    TextBox right() {
        return cursor >= text.length() ? this : new TextBox(text, text.offsetByCodePoints(cursor, 1));
    }

    TextBox home(int width) {
        Layout l = layout(width);
        return new TextBox(text, l.starts().get(l.cursorLine()));
    }

    TextBox end(int width) {
        Layout l = layout(width);
        int line = l.cursorLine();
        int end = line + 1 < l.starts().size() ? l.starts().get(line + 1) : text.length();
        // Stay before the space the line was broken at, so the cursor stays on this line.
        if (line + 1 < l.starts().size() && end > l.starts().get(line) && text.charAt(end - 1) == ' ') {
            end--;
        }
        return new TextBox(text, end);
    }

    TextBox up(int width) {
        return vertical(width, -1);
    }

    TextBox down(int width) {
        return vertical(width, +1);
    }

    private TextBox vertical(int width, int delta) {
        Layout l = layout(width);
        int target = l.cursorLine() + delta;
        if (target < 0 || target >= l.lines().size()) {
            return this;
        }
        int start = l.starts().get(target);
        String line = l.lines().get(target);
        int column = 0;
        int index = start;
        for (int i = 0; i < line.length(); i = line.offsetByCodePoints(i, 1)) {
            int next = line.offsetByCodePoints(i, 1);
            int w = CellText.width(line.substring(i, next));
            if (column + w > l.cursorColumn()) {
                break;
            }
            column += w;
            index = start + next;
        }
        // The end of a wrapped line is the start of the next: stay on the target line.
        if (target + 1 < l.starts().size() && index >= l.starts().get(target + 1)) {
            index = text.offsetByCodePoints(l.starts().get(target + 1), -1);
        }
        return new TextBox(text, index);
    }

    /** The text wrapped to {@code width} columns, and the cursor's line and column in it. */
    Layout layout(int width) {
        int limit = Math.max(2, width);
        List<Integer> starts = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int lineStart = 0;
        int lineWidth = 0;
        int breakAt = -1; // just after the last space on this line
        int i = 0;
        while (i < text.length()) {
            int next = text.offsetByCodePoints(i, 1);
            int w = CellText.width(text.substring(i, next));
            if (lineWidth + w > limit && text.charAt(i) != ' ') {
                int cut = breakAt > lineStart ? breakAt : i;
                starts.add(lineStart);
                lines.add(text.substring(lineStart, cut));
                lineStart = cut;
                breakAt = -1;
                lineWidth = CellText.width(text.substring(lineStart, i));
            }
            if (text.charAt(i) == ' ') {
                breakAt = next;
            }
            lineWidth += w;
            i = next;
        }
        starts.add(lineStart);
        lines.add(text.substring(lineStart));

        int line = 0;
        for (int k = 0; k < starts.size(); k++) {
            if (starts.get(k) <= cursor) {
                line = k;
            }
        }
        int column = CellText.width(text.substring(starts.get(line), cursor));
        if (column >= limit) {
            // The cursor sits after a full line: show it at the start of the next one.
            if (line == lines.size() - 1) {
                starts.add(cursor);
                lines.add("");
            }
            line++;
            column = 0;
        }
        // Trailing spaces at a break can be wider than the line; they are not drawn.
        List<String> shown = lines.stream().map(s -> CellText.width(s) > limit ? s.stripTrailing() : s).toList();
        return new Layout(shown, starts, line, column);
    }

    /** Wrapped lines, the text index each starts at, and the cursor's cell. */
    record Layout(List<String> lines, List<Integer> starts, int cursorLine, int cursorColumn) {}
}
