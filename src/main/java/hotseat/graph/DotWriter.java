package hotseat.graph;

import java.util.List;

import hotseat.graph.BranchMap.Edge;
import hotseat.graph.BranchMap.Vertex;
import hotseat.scenario.Outcome;

/**
 * Writes a {@link BranchMap} in Graphviz DOT. Endings differ by shape and by the outcome written
 * in capitals on their first line (colour is only a help): resolved is a double-bordered rounded
 * box, escalated a hexagon, lost an octagon. Options are solid edges, typed-reply routes dashed,
 * mood triggers bold from a diamond. Ranked top to bottom, with labels wrapped to narrow lines so
 * the map reads at its natural size, and a legend of the edge styles at the foot.
 */
public final class DotWriter {
    /** The widest line of a box's label, in characters; longer lines wrap at a space. */
    static final int NODE_WIDTH = 26;
    /** The widest line of an edge's label. */
    static final int EDGE_WIDTH = 22;

    private DotWriter() {}

    public static String write(BranchMap map) {
        StringBuilder out = new StringBuilder();
        out.append("digraph hotseat {\n");
        out.append("  graph [label=").append(quote(List.of(map.title())))
                .append(", labelloc=t, fontname=\"Helvetica\", rankdir=TB, newrank=true, nodesep=0.4, ranksep=0.55];\n");
        out.append("  node [fontname=\"Helvetica\", fontsize=11, shape=box, style=rounded];\n");
        out.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        for (Vertex v : map.vertices()) {
            out.append("  ").append(v.key()).append(" [label=").append(quote(ShortText.wrapAll(v.lines(), NODE_WIDTH)))
                    .append(attributes(v)).append("];\n");
        }
        for (Edge e : map.edges()) {
            out.append("  ").append(e.from()).append(" -> ").append(e.to());
            StringBuilder attrs = new StringBuilder();
            if (!e.label().isEmpty()) {
                attrs.append("label=").append(quote(ShortText.wrap(e.label(), EDGE_WIDTH)));
            }
            String style = switch (e.kind()) {
                case START, OPTION -> "";
                case TYPED -> "style=dashed";
                case OTHERWISE -> "style=dotted";
                case TRIGGER -> "style=bold, penwidth=2";
            };
            if (!style.isEmpty()) {
                attrs.append(attrs.length() > 0 ? ", " : "").append(style);
            }
            if (attrs.length() > 0) {
                out.append(" [").append(attrs).append(']');
            }
            out.append(";\n");
        }
        out.append(LEGEND);
        for (Vertex v : map.vertices()) {
            if (v.kind() == BranchMap.VertexKind.ENDING) {
                out.append("  ").append(v.key()).append(" -> legend [style=invis];\n");
            }
        }
        out.append("}\n");
        return out.toString();
    }

    /**
     * The key to the edge styles, a note held below every ending by invisible edges, so that it sits
     * at the foot of the map (its lines left-aligned by {@code \\l}): the styles are named in words,
     * so the key reads the same at any size.
     */
    static final String LEGEND = """
              legend [shape=note, fontsize=9, style="", label="Legend\\lsolid arrow: an option picked\\l\
            dashed: a typed reply, by a route\\ldotted: a typed reply, otherwise\\l\
            bold, from a diamond: a mood trigger\\l"];
            """;

    static String attributes(Vertex v) {
        return switch (v.kind()) {
            case START -> ", shape=circle, style=\"\"";
            case NODE -> "";
            case TRIGGER -> ", shape=diamond, style=\"\"";
            case MISSING -> ", shape=note, style=dashed";
            case ENDING -> ending(v.outcome());
        };
    }

    private static String ending(Outcome outcome) {
        if (outcome == null) {
            return ", shape=box, style=\"\"";
        }
        return switch (outcome) {
            case RESOLVED -> ", shape=box, style=\"rounded,filled,bold\", peripheries=2, fillcolor=\"#dff0d8\"";
            case ESCALATED -> ", shape=hexagon, style=filled, fillcolor=\"#fcf0c8\"";
            case LOST -> ", shape=octagon, style=filled, fillcolor=\"#f5d5d5\"";
        };
    }

    /**
     * A DOT quoted string of label lines. Inside a label a backslash starts an escape
     * ({@code \n}, {@code \N}, {@code \G}…), so a literal one is doubled; a quote is escaped;
     * lines are joined with {@code \n}, which Graphviz centres.
     */
    static String quote(List<String> lines) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.append("\\n");
            }
            String line = ShortText.flatten(lines.get(i));
            for (int j = 0; j < line.length(); j++) {
                char c = line.charAt(j);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '"' -> out.append("\\\"");
                    default -> out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
