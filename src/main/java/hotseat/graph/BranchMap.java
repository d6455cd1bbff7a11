package hotseat.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import hotseat.scenario.Condition;
import hotseat.scenario.CustomerLine;
import hotseat.scenario.Ending;
import hotseat.scenario.MoodBand;
import hotseat.scenario.MoodTrigger;
import hotseat.scenario.Node;
import hotseat.scenario.Option;
import hotseat.scenario.Outcome;
import hotseat.scenario.Route;
import hotseat.scenario.Scenario;
import hotseat.scenario.Threshold;

/**
 * A scenario's branches as a plain graph, ready to be written in any diagram language: every
 * vertex and edge carries its kind and its label lines as unescaped text, so each writer only
 * escapes and draws. Vertex keys are generated ({@code n0}, {@code n1}, …) so that no scenario
 * id can collide with a keyword of the diagram language.
 */
public record BranchMap(String title, List<Vertex> vertices, List<Edge> edges) {

    /** Longest customer line, option text or condition shown in a label, in code points. */
    public static final int LINE_LENGTH = 48;
    public static final int OPTION_LENGTH = 32;

    public BranchMap {
        vertices = List.copyOf(vertices);
        edges = List.copyOf(edges);
    }

    public enum VertexKind { START, NODE, ENDING, TRIGGER, MISSING }

    public enum EdgeKind {
        /** Into the first node. */
        START,
        /** A numbered option the trainee can pick. */
        OPTION,
        /** A typed-reply route with conditions. */
        TYPED,
        /** Where typed replies go when no route holds. */
        OTHERWISE,
        /** A mood trigger taking over from any turn. */
        TRIGGER
    }

    /**
     * {@code outcome} is set for endings only; {@code id} is the node's or ending's id in the
     * scenario (null for the start and mood triggers).
     */
    public record Vertex(String key, VertexKind kind, List<String> lines, Outcome outcome, String id) {
        public Vertex {
            lines = List.copyOf(lines);
        }
    }

    /** {@code label} is empty when the edge has none; {@code option} is the option's number for an option edge. */
    public record Edge(String from, String to, EdgeKind kind, String label, Integer option) {
        public Edge(String from, String to, EdgeKind kind, String label) {
            this(from, to, kind, label, null);
        }
    }

    public static BranchMap of(Scenario scenario) {
        return new Builder(scenario).build();
    }

    private static final class Builder {
        private final Scenario scenario;
        private final Map<String, Vertex> byId = new LinkedHashMap<>();
        private final List<Vertex> extra = new ArrayList<>();
        private final List<Edge> edges = new ArrayList<>();
        private int counter;

        Builder(Scenario scenario) {
            this.scenario = scenario;
        }

        BranchMap build() {
            scenario.nodes().forEach((id, node) -> byId.put(id,
                    new Vertex(nextKey(), VertexKind.NODE, List.of(id, quote(line(node))), null, id)));
            scenario.endings().forEach((id, ending) -> byId.put(id, endingVertex(id, ending)));

            Vertex start = new Vertex(nextKey(), VertexKind.START, List.of("start"), null, null);
            extra.add(start);
            if (scenario.start() != null && !scenario.start().isBlank()) {
                edges.add(new Edge(start.key(), target(scenario.start()), EdgeKind.START, ""));
            }
            scenario.nodes().forEach(this::addEdges);
            List<MoodTrigger> triggers = scenario.moodRules().triggers();
            for (MoodTrigger trigger : triggers) {
                Vertex t = new Vertex(nextKey(), VertexKind.TRIGGER,
                        List.of("mood " + threshold(trigger.mood()), "any turn, once"), null, null);
                extra.add(t);
                edges.add(new Edge(t.key(), target(trigger.next()), EdgeKind.TRIGGER, ""));
            }
            List<Vertex> all = new ArrayList<>();
            all.add(start);
            all.addAll(byId.values());
            all.addAll(extra.subList(1, extra.size()));
            String title = scenario.title() == null || scenario.title().isBlank() ? scenario.id() : scenario.title();
            return new BranchMap(title == null ? "" : title, all, edges);
        }

        private void addEdges(String id, Node node) {
            String from = byId.get(id).key();
            List<Option> options = node.options();
            for (int i = 0; i < options.size(); i++) {
                Option o = options.get(i);
                edges.add(new Edge(from, target(o.next()), EdgeKind.OPTION,
                        (i + 1) + ". " + ShortText.of(o.text(), OPTION_LENGTH), i + 1));
            }
            if (node.typed() != null) {
                for (Route route : node.typed().routes()) {
                    edges.add(new Edge(from, target(route.next()), EdgeKind.TYPED,
                            ShortText.of("typed: " + describe(route.when()), LINE_LENGTH)));
                }
                if (node.typed().otherwise() != null) {
                    edges.add(new Edge(from, target(node.typed().otherwise()), EdgeKind.OTHERWISE, "typed: otherwise"));
                }
            }
        }

        /** The vertex key for a node or ending id; an id that names neither gets a warning vertex. */
        private String target(String id) {
            Vertex v = byId.get(id);
            if (v == null) {
                v = new Vertex(nextKey(), VertexKind.MISSING, List.of("missing: " + (id == null ? "(none)" : id)), null, id);
                byId.put(id, v);
            }
            return v.key();
        }

        private Vertex endingVertex(String id, Ending ending) {
            Outcome outcome = ending.outcome();
            String word = outcome == null ? "ENDING" : outcome.word().toUpperCase(java.util.Locale.ROOT);
            List<String> lines = new ArrayList<>(List.of(word, id));
            String text = ShortText.of(ending.text(), LINE_LENGTH);
            if (!text.isEmpty()) {
                lines.add(text);
            }
            return new Vertex(nextKey(), VertexKind.ENDING, lines, outcome, id);
        }

        private String nextKey() {
            return "n" + counter++;
        }
    }

    /** The line a node is known by: its irritated-band form, the middle of the three. */
    private static String line(Node node) {
        CustomerLine says = node.says();
        return says == null ? "" : ShortText.of(says.forBand(MoodBand.IRRITATED), LINE_LENGTH);
    }

    private static String quote(String text) {
        return text.isEmpty() ? "(no line)" : "“" + text + "”";
    }

    /** A route's conditions in short words: {@code ack ≥ 60, res ≥ 50, says “refund”}. */
    static String describe(Condition when) {
        if (when == null) {
            return "always";
        }
        List<String> parts = new ArrayList<>();
        add(parts, "calm", when.calmness());
        add(parts, "ack", when.acknowledgment());
        add(parts, "res", when.resolution());
        add(parts, "mood", when.mood());
        if (!when.phrases().isEmpty()) {
            parts.add("says " + String.join(" / ", when.phrases().stream().map(p -> "“" + p + "”").toList()));
        }
        return parts.isEmpty() ? "always" : String.join(", ", parts);
    }

    private static void add(List<String> parts, String name, Threshold t) {
        if (t != null) {
            parts.add(name + " " + threshold(t));
        }
    }

    private static String threshold(Threshold t) {
        if (t == null) {
            return "?";
        }
        String op = switch (t.operator()) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            default -> t.operator();
        };
        return op + " " + t.value();
    }
}
