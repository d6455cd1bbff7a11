package hotseat.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;

/**
 * The text grid a view draws on: a Lanterna {@link TextGraphics} plus whether colour is wanted.
 * Text is written cell by cell with {@link TextCharacter}s, so wide characters and emoji take
 * their two columns and anything past the right edge is clipped instead of wrapping around.
 */
final class Canvas {
    private final TextGraphics graphics;
    private final boolean colour;
    private TerminalPosition cursor;

    Canvas(TextGraphics graphics, boolean colour) {
        this.graphics = graphics;
        this.colour = colour;
    }

    TerminalSize size() {
        return graphics.getSize();
    }

    int columns() {
        return size().getColumns();
    }

    int rows() {
        return size().getRows();
    }

    /** Where the view wants the terminal's cursor (in a text box being edited), or null. */
    TerminalPosition cursor() {
        return cursor;
    }

    void placeCursor(int column, int row) {
        cursor = new TerminalPosition(column, row);
    }

    void hideCursor() {
        cursor = null;
    }

    void clear() {
        fill(0, 0, columns(), rows(), Look.PLAIN);
    }

    /** Fills a rectangle with blanks in {@code look} (for bars drawn in reverse). */
    void fill(int column, int row, int width, int height, Look look) {
        TextCharacter blank = cell(" ", look);
        for (int r = row; r < Math.min(rows(), row + height); r++) {
            for (int c = column; c < Math.min(columns(), column + width); c++) {
                graphics.setCharacter(c, r, blank);
            }
        }
    }

    /**
     * Writes {@code text} from {@code column} on {@code row}, at most {@code limit} cells; returns
     * the columns used. Text that does not fit is cut with "…", so a cut never looks like the end.
     */
    int text(int column, int row, String text, Look look, int limit) {
        if (row < 0 || row >= rows()) {
            return 0;
        }
        int end = Math.min(columns(), column + Math.max(0, limit));
        int c = column;
        for (TextCharacter ch : CellText.characters(CellText.fit(text, end - column))) {
            int w = CellText.width(ch);
            if (c + w > end) {
                break;
            }
            graphics.setCharacter(c, row, style(ch, look));
            c += w;
        }
        return c - column;
    }

    int text(int column, int row, String text, Look look) {
        return text(column, row, text, look, columns() - column);
    }

    /** A frame of box-drawing lines around a rectangle. */
    void box(int column, int row, int width, int height, Look look) {
        int right = column + width - 1;
        int bottom = row + height - 1;
        for (int c = column + 1; c < right; c++) {
            graphics.setCharacter(c, row, cell("─", look));
            graphics.setCharacter(c, bottom, cell("─", look));
        }
        for (int r = row + 1; r < bottom; r++) {
            graphics.setCharacter(column, r, cell("│", look));
            graphics.setCharacter(right, r, cell("│", look));
        }
        graphics.setCharacter(column, row, cell("┌", look));
        graphics.setCharacter(right, row, cell("┐", look));
        graphics.setCharacter(column, bottom, cell("└", look));
        graphics.setCharacter(right, bottom, cell("┘", look));
    }

    /** A horizontal rule across the width, with an optional title set into it. */
    void rule(int row, String title) {
        fill(0, row, columns(), 1, Look.PLAIN);
        for (int c = 0; c < columns(); c++) {
            graphics.setCharacter(c, row, cell("─", Look.RULE));
        }
        if (title != null && !title.isEmpty()) {
            text(2, row, " " + title + " ", Look.TITLE, columns() - 4);
        }
    }

    private TextCharacter cell(String s, Look look) {
        return style(TextCharacter.fromString(s)[0], look);
    }

    /**
     * Styled printable ASCII cells, made once: a frame draws thousands, and making each anew was
     * a good part of a redraw. TextCharacter is immutable, so the cells are shared between
     * terminals and threads; two threads racing to fill a slot make equal cells.
     */
    private static final TextCharacter[][] STYLED = new TextCharacter[2 * Look.values().length][0x7F];

    private TextCharacter style(TextCharacter ch, Look look) {
        String s = ch.getCharacterString();
        if (s.length() == 1 && s.charAt(0) >= 0x20 && s.charAt(0) < 0x7F
                && ch.getForegroundColor() == TextColor.ANSI.DEFAULT && ch.getBackgroundColor() == TextColor.ANSI.DEFAULT
                && ch.getModifiers().isEmpty()) {
            TextCharacter[] row = STYLED[(colour ? Look.values().length : 0) + look.ordinal()];
            TextCharacter styled = row[s.charAt(0)];
            if (styled == null) {
                styled = styled(ch, look);
                row[s.charAt(0)] = styled;
            }
            return styled;
        }
        return styled(ch, look);
    }

    private TextCharacter styled(TextCharacter ch, Look look) {
        return ch.withForegroundColor(look.foreground(colour))
                .withBackgroundColor(look.background(colour))
                .withModifiers(look.styles());
    }
}
