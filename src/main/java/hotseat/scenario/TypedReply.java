package hotseat.scenario;

import java.util.List;

/**
 * How a typed reply is routed: the first route whose conditions all hold decides the next node;
 * when none holds, {@code otherwise}.
 */
public record TypedReply(List<Route> routes, String otherwise) {
    public TypedReply {
        routes = routes == null ? List.of() : List.copyOf(routes);
    }
}
