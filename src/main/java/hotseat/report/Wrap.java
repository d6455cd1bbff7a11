package hotseat.report;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for plain-text output. */
public final class Wrap {
    private Wrap() {}

    /** {@code text} wrapped to {@code width}, every line after the first indented by {@code indent}. */
    public static String wrap(String text, int width, String indent) {
        List<String> lines = new ArrayList<>();
        String stripped = text.stripTrailing();
        String leading = stripped.substring(0, stripped.length() - stripped.stripLeading().length());
        for (String paragraph : stripped.strip().split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                int limit = lines.isEmpty() ? width - leading.length() : width - indent.length();
                if (line.length() > 0 && line.length() + 1 + word.length() > limit) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return leading + String.join("\n" + indent, lines);
    }
}
