package hotseat.tui;

import java.util.List;

/**
 * Which part of a long list of lines fits in a pane of {@code height} rows. {@code top} is the
 * first line shown; it is clamped so the pane never scrolls past either end.
 */
record Scroll(int top, int height, int total) {

    /** The window that starts {@code fromTop} lines down. */
    static Scroll fromTop(int fromTop, int height, int total) {
        int max = Math.max(0, total - height);
        return new Scroll(Math.max(0, Math.min(fromTop, max)), height, total);
    }

    /** The window that ends {@code fromBottom} lines above the last line (0 follows the end). */
    static Scroll fromBottom(int fromBottom, int height, int total) {
        int max = Math.max(0, total - height);
        return fromTop(max - Math.max(0, Math.min(fromBottom, max)), height, total);
    }

    <T> List<T> visible(List<T> lines) {
        return lines.subList(top, Math.min(lines.size(), top + height));
    }

    boolean moreAbove() {
        return top > 0;
    }

    boolean moreBelow() {
        return top + height < total;
    }

    /** The largest sensible offset for a pane this size, for clamping scroll keys. */
    int maxOffset() {
        return Math.max(0, total - height);
    }
}
