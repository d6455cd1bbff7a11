package hotseat.tui;

import hotseat.report.Bars;
import hotseat.scenario.MoodBand;

/**
 * The customer's mood as a labelled bar with its number, e.g. {@code Mood ██████░░░░░░ 62/100}:
 * the bar fills as the customer gets angrier, and the number says the same for anyone who cannot
 * see the colour. The meter names no feeling: the word beside it ("Feeling: anxious") is the one
 * feeling on screen, so the two never disagree.
 */
final class MoodMeter {
    private MoodMeter() {}

    static final String LABEL = "Mood ";

    /** Draws the meter in {@code width} columns; the bar takes what the label and number leave. */
    static void draw(Canvas canvas, int column, int row, int width, int mood) {
        int m = Math.max(0, Math.min(100, mood));
        MoodBand band = MoodBand.of(m);
        String figure = " " + m + "/100";
        int barWidth = Math.max(5, Math.min(30, width - LABEL.length() - CellText.width(figure)));
        Bars.Bar bar = Bars.of(m, barWidth);
        int c = column;
        c += canvas.text(c, row, LABEL, Look.TITLE, width);
        Look look = look(band);
        c += canvas.text(c, row, bar.filled(), look, column + width - c);
        c += canvas.text(c, row, bar.empty(), Look.DIM, column + width - c);
        canvas.text(c, row, figure, look, column + width - c);
    }

    static Look look(MoodBand band) {
        return switch (band) {
            case CALM -> Look.CALM;
            case IRRITATED -> Look.IRRITATED;
            case FURIOUS -> Look.FURIOUS;
        };
    }
}
