package hotseat.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import hotseat.cohort.Cohort;
import hotseat.graph.BranchMap.Edge;
import hotseat.graph.BranchMap.EdgeKind;
import hotseat.graph.BranchMap.Vertex;
import hotseat.graph.BranchMap.VertexKind;
import hotseat.scenario.Scenario;

/**
 * A scenario's branch map with a room's runs laid over it: how many runs went along each edge,
 * and for each node how many runs came to it, how many replies were given there and how many of
 * those fell short. Writers draw it as DOT, Mermaid or SVG, every figure written beside its line
 * or in its box (the colour only helps).
 *
 * @param heat      per vertex key
 * @param traffic   runs along each edge of {@code map}, by the edge's index
 * @param unmatched moves the runs made that the scenario's branches no longer show (it changed since)
 */
public record HeatMap(BranchMap map, Map<String, Heat> heat, List<Integer> traffic, List<Cohort.Transition> unmatched) {

    /**
     * @param reached runs that came here (for the start: runs begun; for an ending: runs that ended here)
     * @param answers replies given here
     * @param poor    of them, replies that fell short
     */
    public record Heat(int reached, int answers, int poor) {
        /** Share of replies that fell short, 0–1; 0 when none were given. */
        public double share() {
            return answers == 0 ? 0 : (double) poor / answers;
        }

        public int percent() {
            return (int) Math.round(100 * share());
        }
    }

    public int maxTraffic() {
        return traffic.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    public static HeatMap of(Scenario scenario, Cohort.ScenarioPart part) {
        BranchMap map = BranchMap.of(scenario);
        Map<String, String> keyOf = new HashMap<>();
        String startKey = null;
        for (Vertex v : map.vertices()) {
            if (v.id() != null && v.kind() != VertexKind.MISSING) {
                keyOf.put(v.id(), v.key());
            }
            if (v.kind() == VertexKind.START) {
                startKey = v.key();
            }
        }
        Map<String, Heat> heat = new HashMap<>();
        for (Cohort.Scene s : part.scenes()) {
            String k = keyOf.get(s.nodeId());
            if (k != null) {
                heat.put(k, new Heat(s.reached(), s.answers(), s.poor()));
            }
        }
        for (Cohort.EndingCount e : part.endings()) {
            String k = keyOf.get(e.endingId());
            if (k != null) {
                heat.put(k, new Heat(e.runs(), 0, 0));
            }
        }
        if (startKey != null) {
            heat.put(startKey, new Heat(part.runs(), 0, 0));
        }
        List<Edge> edges = map.edges();
        int[] traffic = new int[edges.size()];
        List<Cohort.Transition> unmatched = new ArrayList<>();
        for (Cohort.Transition t : part.transitions()) {
            String from = t.from().equals("start") && t.via().equals("start") ? startKey : keyOf.get(t.from());
            String to = keyOf.get(t.to());
            int found = -1;
            for (int i = 0; i < edges.size() && found < 0; i++) {
                Edge e = edges.get(i);
                if (to == null || !e.to().equals(to)) {
                    continue;
                }
                boolean fits = switch (t.via()) {
                    case "start" -> e.kind() == EdgeKind.START;
                    case "mood" -> e.kind() == EdgeKind.TRIGGER;
                    case "typed" -> (e.kind() == EdgeKind.TYPED || e.kind() == EdgeKind.OTHERWISE) && e.from().equals(from);
                    default -> e.kind() == EdgeKind.OPTION && e.from().equals(from)
                            && t.via().equals("option " + e.option());
                };
                if (fits) {
                    found = i;
                }
            }
            if (found >= 0) {
                traffic[found] += t.count();
            } else {
                unmatched.add(t);
            }
        }
        // A mood trigger's diamond: the runs it sent on.
        for (int i = 0; i < edges.size(); i++) {
            if (edges.get(i).kind() == EdgeKind.TRIGGER) {
                heat.merge(edges.get(i).from(), new Heat(traffic[i], 0, 0),
                        (a, b) -> new Heat(a.reached() + b.reached(), 0, 0));
            }
        }
        List<Integer> t = new ArrayList<>();
        for (int n : traffic) {
            t.add(n);
        }
        return new HeatMap(map, heat, t, unmatched);
    }

    /** The heat of a vertex; nothing for one no run came to. */
    public Heat of(Vertex v) {
        return heat.getOrDefault(v.key(), new Heat(0, 0, 0));
    }

    /** The lines a vertex is labelled with, its figures last. */
    public List<String> lines(Vertex v) {
        Heat h = of(v);
        List<String> lines = new ArrayList<>(v.lines());
        switch (v.kind()) {
            case NODE -> {
                lines.add(h.reached() + (h.reached() == 1 ? " run came here" : " runs came here"));
                lines.add(h.answers() == 0 ? "no replies here" : h.poor() + " of " + h.answers() + " fell short (" + h.percent() + "%)");
            }
            case ENDING, START -> lines.add(h.reached() + (h.reached() == 1 ? " run" : " runs"));
            case TRIGGER -> lines.add(h.reached() + (h.reached() == 1 ? " run sent on" : " runs sent on"));
            case MISSING -> { }
        }
        return lines;
    }

    /** An edge's label with the runs along it. */
    public String label(int edge) {
        Edge e = map.edges().get(edge);
        int n = traffic.get(edge);
        String runs = n + (n == 1 ? " run" : " runs");
        return e.label().isEmpty() ? runs : e.label() + " · " + runs;
    }

    /** One of five bands of the share of replies that fell short: 0 none given or none short, then up to 25%, 50%, 75%, more. */
    public static int band(Heat h) {
        if (h.answers() == 0 || h.poor() == 0) {
            return 0;
        }
        double s = h.share();
        return s <= 0.25 ? 1 : s <= 0.5 ? 2 : s <= 0.75 ? 3 : 4;
    }

    /** Fill colours for the bands, light to strong; dark text stays readable on all of them. */
    public static final List<String> BAND_COLOURS = List.of("#ffffff", "#fde0d2", "#fcbba1", "#fc9272", "#ef6548");

    /** The bands in words, for legends. */
    public static final List<String> BAND_WORDS = List.of("none fell short", "up to 25% fell short", "26–50%", "51–75%",
            "over 75%");
}
