package hotseat.graph;

import java.util.List;

import hotseat.graph.BranchMap.Edge;
import hotseat.graph.BranchMap.Vertex;
import hotseat.scenario.Outcome;

/**
 * Writes a {@link BranchMap} as a Mermaid flowchart, which code-hosting sites render in Markdown.
 * Every label is a quoted string in which Mermaid's own entity codes stand for the characters it
 * would otherwise read as syntax ({@code #quot;} for a quote, {@code #35;} for {@code #}, …).
 * Endings differ by shape and by the outcome in capitals: resolved is a stadium, escalated a
 * hexagon, lost a trapezoid. Options are solid arrows, typed-reply routes dotted, mood triggers
 * thick from a diamond. Ranked top to bottom, with labels wrapped to narrow lines, and a legend of
 * the arrow styles at the foot.
 */
public final class MermaidWriter {
    private MermaidWriter() {}

    public static String write(BranchMap map) {
        StringBuilder out = new StringBuilder();
        out.append("---\ntitle: ").append(yamlQuote(map.title())).append("\n---\n");
        out.append("flowchart TD\n");
        for (Vertex v : map.vertices()) {
            String label = quote(ShortText.wrapAll(v.lines(), DotWriter.NODE_WIDTH));
            out.append("  ").append(v.key()).append(switch (v.kind()) {
                case START -> "((" + label + "))";
                case NODE -> "(" + label + ")";
                case TRIGGER -> "{" + label + "}";
                case MISSING -> "[" + label + "]";
                case ENDING -> endingShape(v.outcome(), label);
            }).append('\n');
        }
        for (Edge e : map.edges()) {
            String arrow = switch (e.kind()) {
                case START, OPTION -> "-->";
                case TYPED, OTHERWISE -> "-.->";
                case TRIGGER -> "==>";
            };
            out.append("  ").append(e.from()).append(' ').append(arrow);
            if (!e.label().isEmpty()) {
                out.append('|').append(quote(ShortText.wrap(e.label(), DotWriter.EDGE_WIDTH))).append('|');
            }
            out.append(' ').append(e.to()).append('\n');
        }
        out.append(LEGEND);
        out.append("  classDef resolved fill:#dff0d8,stroke:#3c763d,stroke-width:3px\n");
        out.append("  classDef escalated fill:#fcf0c8,stroke:#8a6d3b,stroke-width:2px\n");
        out.append("  classDef lost fill:#f5d5d5,stroke:#a94442,stroke-width:2px\n");
        out.append("  classDef missing stroke-dasharray:4 4\n");
        for (Vertex v : map.vertices()) {
            String cls = v.kind() == BranchMap.VertexKind.MISSING ? "missing"
                    : v.kind() == BranchMap.VertexKind.ENDING && v.outcome() != null ? v.outcome().word() : null;
            if (cls != null) {
                out.append("  class ").append(v.key()).append(' ').append(cls).append('\n');
            }
        }
        return out.toString();
    }

    /** The key to the arrow styles: each drawn between two small blank boxes, with what it means. */
    static final String LEGEND = """
              subgraph legend["Legend"]
                direction LR
                legend_a1[" "] -->|"option picked"| legend_a2[" "]
                legend_b1[" "] -.->|"typed reply (route or otherwise)"| legend_b2[" "]
                legend_d1[" "] ==>|"mood trigger"| legend_d2[" "]
              end
            """;

    static String endingShape(Outcome outcome, String label) {
        if (outcome == null) {
            return "[" + label + "]";
        }
        return switch (outcome) {
            case RESOLVED -> "([" + label + "])";
            case ESCALATED -> "{{" + label + "}}";
            case LOST -> "[/" + label + "\\]";
        };
    }

    /**
     * A Mermaid quoted string of label lines, joined with {@code <br/>}. Inside quotes Mermaid
     * reads everything up to the next quote, but it first turns {@code #name;} into an entity and
     * strips {@code %%{…}%%} directives anywhere, and it renders labels as HTML; so quote, hash,
     * percent, angle brackets, ampersand, backtick (which would start a Markdown string) and pipe
     * are written as entity codes.
     */
    static String quote(List<String> lines) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.append("<br/>");
            }
            String line = ShortText.flatten(lines.get(i));
            for (int j = 0; j < line.length(); j++) {
                char c = line.charAt(j);
                switch (c) {
                    case '"' -> out.append("#quot;");
                    case '#' -> out.append("#35;");
                    case '%' -> out.append("#37;");
                    case '&' -> out.append("#amp;");
                    case '<' -> out.append("#lt;");
                    case '>' -> out.append("#gt;");
                    case '`' -> out.append("#96;");
                    case '|' -> out.append("#124;");
                    default -> out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    /** A YAML double-quoted scalar for the front matter title. */
    static String yamlQuote(String text) {
        String flat = ShortText.flatten(text);
        return "\"" + flat.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
