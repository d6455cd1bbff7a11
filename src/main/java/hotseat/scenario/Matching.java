package hotseat.scenario;

/**
 * How a typed reply is matched by meaning to the node's options: written at the top of a
 * scenario for every node, and under a node's {@code typed} for that node alone (where each
 * field given replaces the scenario's). Null fields take the defaults.
 *
 * @param enabled   false turns matching off: typed replies follow the routes only
 * @param threshold the least similarity (0–1) a reply needs to follow an option's {@code next}
 * @param margin    how much closer (0–1) than the next option the closest must be
 */
public record Matching(Boolean enabled, Double threshold, Double margin) {
    /** Measured on paraphrases of library options and replies that match none (README, "Meaning-based routing"). */
    public static final double DEFAULT_THRESHOLD = 0.75;
    public static final double DEFAULT_MARGIN = 0.02;
    public static final Matching DEFAULT = new Matching(true, DEFAULT_THRESHOLD, DEFAULT_MARGIN);

    /** These settings, with each field this one leaves out taken from {@code outer}. */
    public Matching within(Matching outer) {
        Matching o = outer == null ? DEFAULT : outer;
        return new Matching(enabled != null ? enabled : o.enabled,
                threshold != null ? threshold : o.threshold,
                margin != null ? margin : o.margin);
    }

    /** The settings in force at {@code node} of {@code scenario}: the node's over the scenario's over the defaults. */
    public static Matching at(Scenario scenario, Node node) {
        Matching outer = scenario.matching() == null ? DEFAULT : scenario.matching().within(DEFAULT);
        Matching inner = node == null || node.typed() == null ? null : node.typed().matching();
        return inner == null ? outer : inner.within(outer);
    }

    public boolean on() {
        return !Boolean.FALSE.equals(enabled);
    }

    public double thresholdOrDefault() {
        return threshold == null ? DEFAULT_THRESHOLD : threshold;
    }

    public double marginOrDefault() {
        return margin == null ? DEFAULT_MARGIN : margin;
    }
}
