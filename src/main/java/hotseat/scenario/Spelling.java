package hotseat.scenario;

import java.util.Collection;
import java.util.Optional;

/** Finds the name someone probably meant when they misspelt one ("did you mean ..."). */
public final class Spelling {
    private Spelling() {}

    /**
     * The candidate closest to {@code typed} by edit distance, when it is close enough to be a
     * likely typo: at most one edit per three letters (and always one), where swapping two
     * neighbouring letters counts as one edit.
     */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        if (typed == null || typed.isEmpty()) {
            return Optional.empty();
        }
        String lower = typed.toLowerCase(java.util.Locale.ROOT);
        int limit = Math.max(1, typed.length() / 3);
        String best = null;
        int bestDistance = limit + 1;
        for (String candidate : candidates) {
            if (candidate.equals(typed)) {
                continue;
            }
            int d = distance(lower, candidate.toLowerCase(java.util.Locale.ROOT), bestDistance - 1);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Edit distance (insertions, deletions, substitutions and swaps of neighbours), giving up (returning {@code max + 1}) as soon as it must exceed
     * {@code max}, so that checking against thousands of names stays cheap.
     */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] beforePrevious = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowBest = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, beforePrevious[j - 2] + 1);
                }
                current[j] = d;
                rowBest = Math.min(rowBest, d);
            }
            if (rowBest > max) {
                return max + 1;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }
}
