package hotseat.scenario;

/** The three bands a customer's mood (0–100, higher is angrier) falls into. */
public enum MoodBand {
    CALM(0, 39), IRRITATED(40, 69), FURIOUS(70, 100);

    public final int low;
    public final int high;

    MoodBand(int low, int high) {
        this.low = low;
        this.high = high;
    }

    public static MoodBand of(int mood) {
        if (mood >= FURIOUS.low) {
            return FURIOUS;
        }
        return mood >= IRRITATED.low ? IRRITATED : CALM;
    }

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
