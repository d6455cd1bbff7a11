package hotseat.scenario;

import java.util.List;

/**
 * How a typed reply is routed: a reply close in meaning to one of the node's options follows
 * that option ({@code matching}, see {@link Matching}); otherwise the first route whose
 * conditions all hold decides the next node; when none holds, {@code otherwise}.
 */
public record TypedReply(List<Route> routes, String otherwise, Matching matching) {
    public TypedReply {
        routes = routes == null ? List.of() : List.copyOf(routes);
    }

    /** Routes without settings of their own for matching. */
    public TypedReply(List<Route> routes, String otherwise) {
        this(routes, otherwise, null);
    }
}
