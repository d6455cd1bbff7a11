package hotseat.playtest;

import java.util.Arrays;

/** The minimum, median and maximum of some numbers, rounded to whole points. */
public record Spread(int min, int median, int max) {

    public static Spread of(double[] values) {
        if (values.length == 0) {
            return new Spread(0, 0, 0);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Spread((int) Math.round(sorted[0]), (int) Math.round(median), (int) Math.round(sorted[n - 1]));
    }
}
