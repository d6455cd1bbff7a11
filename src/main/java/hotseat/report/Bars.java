package hotseat.report;

import java.util.List;

/**
 * Bars and sparklines drawn with block characters, each always shown beside its number: the one
 * bar renderer, for the debrief's formats and the full-screen interface's mood meter.
 */
public final class Bars {
    private static final String SPARKS = "▁▂▃▄▅▆▇█";

    private Bars() {}

    /** A bar for a value 0–100, in two parts that can be drawn in different colours: filled cells, then light shade. */
    public record Bar(String filled, String empty) {
        @Override
        public String toString() {
            return filled + empty;
        }
    }

    /** A bar {@code width} cells wide for a value 0–100. */
    public static Bar of(int value, int width) {
        int filled = (int) Math.round(Math.max(0, Math.min(100, value)) * width / 100.0);
        return new Bar("█".repeat(filled), "░".repeat(width - filled));
    }

    /** {@link #of} as one string. */
    static String bar(int value, int width) {
        return of(value, width).toString();
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
