package hotseat.tui;

import java.util.ArrayList;
import java.util.List;

/** Builds wrapped {@link Line}s: a label on the first line, the text wrapped under it. */
final class Lines {
    private Lines() {}

    /**
     * {@code label} then {@code text}, wrapped to {@code width}; continuation lines are indented
     * by the label's width so the text forms a block.
     */
    static List<Line> labelled(String label, Look labelLook, String text, Look look, int width) {
        int indent = CellText.width(label);
        List<Line> out = new ArrayList<>();
        List<String> wrapped = CellText.wrap(text, Math.max(10, width - indent));
        for (int i = 0; i < wrapped.size(); i++) {
            out.add(new Line(i == 0 ? label : " ".repeat(indent), labelLook, wrapped.get(i), look));
        }
        return out;
    }

    static List<Line> plain(String text, Look look, int width) {
        return labelled("", Look.PLAIN, text, look, width);
    }
}
