package hotseat.authoring;

import java.util.List;

/**
 * A node's options, reviewed.
 *
 * @param id           the node's id
 * @param customerLine what the customer says there, at their starting mood: the line the options were scored against
 * @param options      each option in order
 */
public record NodeReview(String id, String customerLine, List<OptionReview> options) {
    public NodeReview {
        options = List.copyOf(options);
    }

    public long disagreements() {
        return options.stream().mapToLong(o -> o.disagreements().size()).sum();
    }
}
