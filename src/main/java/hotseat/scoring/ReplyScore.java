package hotseat.scoring;

import java.util.List;

/** A reply's three scores (0–100) and the evidence behind them. */
public record ReplyScore(int calmness, int acknowledgment, int resolution, List<Evidence> evidence) {

    public ReplyScore {
        evidence = List.copyOf(evidence);
    }

    public int get(Dimension d) {
        return switch (d) {
            case CALMNESS -> calmness;
            case ACKNOWLEDGMENT -> acknowledgment;
            case RESOLUTION -> resolution;
        };
    }

    public List<Evidence> evidenceFor(Dimension d) {
        return evidence.stream().filter(e -> e.dimension() == d).toList();
    }
}
