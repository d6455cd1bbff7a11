package hotseat.debrief;

import hotseat.scoring.Dimension;

/** A score 0–100 on each dimension. */
public record DimensionScores(int calmness, int acknowledgment, int resolution) {
    public int get(Dimension d) {
        return switch (d) {
            case CALMNESS -> calmness;
            case ACKNOWLEDGMENT -> acknowledgment;
            case RESOLUTION -> resolution;
        };
    }
}
