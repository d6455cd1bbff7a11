package hotseat.scenario;

import java.util.List;

/**
 * One turn of the conversation: what the customer says and how the trainee may answer.
 * {@code typed} is null when the node only offers options.
 */
public record Node(
        @Required CustomerLine says,
        String emotion,
        List<Option> options,
        TypedReply typed,
        String modelAnswer,
        String tip) {

    public Node {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public boolean allowsTyping() {
        return typed != null;
    }
}
