package hotseat.tui;

/** A scenario's difficulty (1–5) drawn as a small bar with its number, e.g. {@code ##--- 2/5}. */
final class Difficulty {
    private Difficulty() {}

    static String of(int level) {
        int d = Math.max(0, Math.min(5, level));
        return "#".repeat(d) + "-".repeat(5 - d) + " " + d + "/5";
    }
}
