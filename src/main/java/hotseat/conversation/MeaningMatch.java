package hotseat.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import hotseat.scenario.Matching;

/**
 * How a typed reply compared by meaning with its node's options: the closest option and the
 * runner-up with their similarities, and whether the reply followed the closest. A reply follows
 * an option when its similarity reaches the threshold and beats the runner-up's by the margin.
 * Recorded with the run, so a replay takes the same route without the model.
 *
 * @param closest           the closest option's number (1 for the first)
 * @param similarity        its similarity, 0–1 in practice (cosine)
 * @param runnerUp          the next closest option's number, or 0 when the node has one option
 * @param runnerUpSimilarity its similarity (0 when there is none)
 * @param matched           true when the reply followed the closest option's {@code next}
 */
public record MeaningMatch(int closest, double similarity, int runnerUp, double runnerUpSimilarity, boolean matched) {

    /** The option the reply followed, when it followed one. */
    public Optional<Integer> option() {
        return matched ? Optional.of(closest) : Optional.empty();
    }

    /**
     * Decides from the similarities to each option (in order) under {@code settings}; empty when
     * there is no option to compare with.
     */
    public static Optional<MeaningMatch> decide(double[] similarities, Matching settings) {
        if (similarities == null || similarities.length == 0) {
            return Optional.empty();
        }
        int best = 0;
        int second = -1;
        for (int i = 1; i < similarities.length; i++) {
            if (similarities[i] > similarities[best]) {
                second = best;
                best = i;
            } else if (second < 0 || similarities[i] > similarities[second]) {
                second = i;
            }
        }
        double s = round(similarities[best]);
        double r = second < 0 ? 0 : round(similarities[second]);
        boolean matched = s >= settings.thresholdOrDefault() - 1e-9
                && (second < 0 || s - r >= settings.marginOrDefault() - 1e-9);
        return Optional.of(new MeaningMatch(best + 1, s, second < 0 ? 0 : second + 1, r, matched));
    }

    /** Similarities are kept to three decimals, as recorded, so a replay decides on the same numbers. */
    static double round(double x) {
        return Math.round(x * 1000.0) / 1000.0;
    }

    /**
     * One sentence for the coaching note and the debrief: {@code Your reply read like option 2,
     * “I'll refund it…” (similarity 0.84; next closest option 3, 0.71), so …}
     */
    public String explain(List<String> optionTexts) {
        String closestText = quote(optionTexts, closest);
        String runner = runnerUp == 0 ? ""
                : String.format(Locale.ROOT, "; next closest option %d, %.2f", runnerUp, runnerUpSimilarity);
        if (matched) {
            return String.format(Locale.ROOT, "Your reply read like option %d%s (similarity %.2f%s), so the conversation went where that option leads.",
                    closest, closestText, similarity, runner);
        }
        return String.format(Locale.ROOT, "Your reply read like none of the options closely enough to follow it (closest: option %d%s, %.2f%s), so the scenario's routes for typed replies decided.",
                closest, closestText, similarity, runner);
    }

    private static String quote(List<String> texts, int number) {
        if (texts == null || number < 1 || number > texts.size()) {
            return "";
        }
        String t = texts.get(number - 1).strip();
        int cut = t.offsetByCodePoints(0, Math.min(t.codePointCount(0, t.length()), 48));
        return ", \u201C" + (cut < t.length() ? t.substring(0, cut).stripTrailing() + "\u2026" : t) + "\u201D";
    }
}
