package hotseat.graph;

import java.util.List;

import hotseat.graph.BranchMap.Edge;
import hotseat.graph.BranchMap.Vertex;
import hotseat.graph.BranchMap.VertexKind;

/**
 * A {@link HeatMap} as a Mermaid flowchart: the branch map's shapes and arrows, nodes in five
 * classes by their share of replies that fell short (the figures in their labels), each edge's
 * width set by {@code linkStyle} from the runs along it (the number in its label).
 */
public final class HeatMermaid {
    private HeatMermaid() {}

    public static String write(HeatMap heat) {
        BranchMap map = heat.map();
        int max = Math.max(1, heat.maxTraffic());
        StringBuilder out = new StringBuilder();
        out.append("---\ntitle: ").append(MermaidWriter.yamlQuote(map.title() + " — runs along each branch, share of replies"
                + " that fell short at each node")).append("\n---\n");
        out.append("flowchart TD\n");
        for (Vertex v : map.vertices()) {
            String label = MermaidWriter.quote(heat.lines(v));
            out.append("  ").append(v.key()).append(switch (v.kind()) {
                case START -> "((" + label + "))";
                case NODE -> "(" + label + ")";
                case TRIGGER -> "{" + label + "}";
                case MISSING -> "[" + label + "]";
                case ENDING -> MermaidWriter.endingShape(v.outcome(), label);
            }).append('\n');
        }
        for (int i = 0; i < map.edges().size(); i++) {
            Edge e = map.edges().get(i);
            String arrow = switch (e.kind()) {
                case START, OPTION -> "-->";
                case TYPED, OTHERWISE -> "-.->";
                case TRIGGER -> "==>";
            };
            out.append("  ").append(e.from()).append(' ').append(arrow).append('|')
                    .append(MermaidWriter.quote(List.of(heat.label(i)))).append("| ").append(e.to()).append('\n');
        }
        for (int i = 0; i < map.edges().size(); i++) {
            int n = heat.traffic().get(i);
            out.append("  linkStyle ").append(i).append(" stroke-width:").append(1 + Math.round(7.0 * n / max)).append("px,stroke:")
                    .append(n == 0 ? "#aaaaaa" : "#1f4e79").append('\n');
        }
        for (int b = 0; b < HeatMap.BAND_COLOURS.size(); b++) {
            out.append("  classDef poor").append(b).append(" fill:").append(HeatMap.BAND_COLOURS.get(b)).append(",stroke:#333\n");
        }
        out.append("  classDef resolved fill:#dff0d8,stroke:#3c763d,stroke-width:3px\n");
        out.append("  classDef escalated fill:#fcf0c8,stroke:#8a6d3b,stroke-width:2px\n");
        out.append("  classDef lost fill:#f5d5d5,stroke:#a94442,stroke-width:2px\n");
        for (Vertex v : map.vertices()) {
            String cls = v.kind() == VertexKind.NODE ? "poor" + HeatMap.band(heat.of(v))
                    : v.kind() == VertexKind.ENDING && v.outcome() != null ? v.outcome().word() : null;
            if (cls != null) {
                out.append("  class ").append(v.key()).append(' ').append(cls).append('\n');
            }
        }
        return out.toString();
    }
}
