package hotseat.graph;

import java.util.List;
import java.util.Locale;

import hotseat.graph.BranchMap.Edge;
import hotseat.graph.BranchMap.Vertex;
import hotseat.graph.BranchMap.VertexKind;

/**
 * A {@link HeatMap} in Graphviz DOT: the branch map's shapes and line styles, each node filled by
 * its share of replies that fell short (with the figures in its label), each edge as wide as the
 * runs along it (with the number in its label); edges no run took are grey.
 */
public final class HeatDot {
    private HeatDot() {}

    public static String write(HeatMap heat) {
        BranchMap map = heat.map();
        int max = Math.max(1, heat.maxTraffic());
        StringBuilder out = new StringBuilder("digraph hotseat_heat {\n");
        out.append("  graph [label=").append(DotWriter.quote(List.of(map.title() + " — runs along each branch,"
                + " share of replies that fell short at each node"))).append(", labelloc=t, fontname=\"Helvetica\", rankdir=TB];\n");
        out.append("  node [fontname=\"Helvetica\", fontsize=11, shape=box, style=rounded];\n");
        out.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        for (Vertex v : map.vertices()) {
            out.append("  ").append(v.key()).append(" [label=").append(DotWriter.quote(heat.lines(v)))
                    .append(DotWriter.attributes(v));
            if (v.kind() == VertexKind.NODE) {
                out.append(", style=\"rounded,filled\", fillcolor=\"").append(HeatMap.BAND_COLOURS.get(HeatMap.band(heat.of(v))))
                        .append('"');
            }
            out.append("];\n");
        }
        for (int i = 0; i < map.edges().size(); i++) {
            Edge e = map.edges().get(i);
            int n = heat.traffic().get(i);
            out.append("  ").append(e.from()).append(" -> ").append(e.to()).append(" [label=")
                    .append(DotWriter.quote(List.of(heat.label(i))))
                    .append(String.format(Locale.ROOT, ", penwidth=%.1f", 1 + 7.0 * n / max));
            String style = switch (e.kind()) {
                case START, OPTION -> "";
                case TYPED -> "dashed";
                case OTHERWISE -> "dotted";
                case TRIGGER -> "bold";
            };
            if (!style.isEmpty()) {
                out.append(", style=").append(style);
            }
            out.append(n == 0 ? ", color=\"#aaaaaa\", fontcolor=\"#777777\"" : ", color=\"#1f4e79\"");
            out.append("];\n");
        }
        return out.append("}\n").toString();
    }
}
