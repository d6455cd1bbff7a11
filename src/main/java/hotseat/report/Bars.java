package hotseat.report;

import java.util.List;

/** Bars and sparklines drawn with block characters, each always shown beside its number. */
final class Bars {
    private static final String SPARKS = "▁▂▃▄▅▆▇█";

    private Bars() {}

    /** A bar {@code width} cells wide for a value 0–100: filled cells, then light shade. */
    static String bar(int value, int width) {
        int filled = (int) Math.round(Math.max(0, Math.min(100, value)) * width / 100.0);
        return "█".repeat(filled) + "░".repeat(width - filled);
    }

    /** One block per value 0–100, higher values taller. */
    static String sparkline(List<Integer> values) {
        StringBuilder sb = new StringBuilder();
        for (int v : values) {
            int i = (int) Math.round(Math.max(0, Math.min(100, v)) * (SPARKS.length() - 1) / 100.0);
            sb.append(SPARKS.charAt(i));
        }
        return sb.toString();
    }

    /** "70 → 62 → 51". */
    static String series(List<Integer> values) {
        return String.join(" → ", values.stream().map(String::valueOf).toList());
    }
}
