package hotseat.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import hotseat.graph.BranchMap.Edge;
import hotseat.graph.BranchMap.EdgeKind;
import hotseat.graph.BranchMap.Vertex;
import hotseat.graph.BranchMap.VertexKind;

/**
 * A {@link HeatMap} drawn as one inline SVG, laid out here (no Graphviz, nothing fetched): layers
 * from the start down by the fewest replies needed to get there (edges back up the story, or
 * within a layer, are drawn round the right side), each layer ordered by where its parents sit;
 * the edges between two boxes are drawn as one line with each one's runs in its label. Nodes are filled by their share of replies
 * that fell short and say their figures; edges are as wide as the runs along them and carry the
 * numbers; edges no run took are thin, grey and dashed. A legend explains both.
 */
public final class HeatSvg {
    static final int W = 204;
    static final int LINE = 15;
    static final int PAD = 8;
    static final int GAP_X = 22;
    static final int GAP_Y = 64;
    static final int MARGIN = 16;
    static final int LOOP_ROOM = 90;
    static final int TEXT = 27;

    private HeatSvg() {}

    private record Box(Vertex v, List<String> lines, int layer, double x, double y, double h) {
        double cx() {
            return x + W / 2.0;
        }
    }

    public static String write(HeatMap heat, String id) {
        BranchMap map = heat.map();
        List<Vertex> vertices = map.vertices();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            index.put(vertices.get(i).key(), i);
        }
        int n = vertices.size();
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        for (Edge e : map.edges()) {
            Integer a = index.get(e.from());
            Integer b = index.get(e.to());
            if (a != null && b != null) {
                out.get(a).add(b);
            }
        }
        // Layers by the fewest replies from the start (then from the mood triggers); edges that go
        // back up, or stay in their layer, are drawn round the right side.
        int[] layer = new int[n];
        java.util.Arrays.fill(layer, -1);
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        for (VertexKind k : new VertexKind[] {VertexKind.START, VertexKind.TRIGGER}) {
            for (int i = 0; i < n; i++) {
                if (vertices.get(i).kind() == k && layer[i] < 0) {
                    layer[i] = 0;
                    queue.add(i);
                }
            }
            while (!queue.isEmpty()) {
                int a = queue.poll();
                for (int b : out.get(a)) {
                    if (layer[b] < 0) {
                        layer[b] = layer[a] + 1;
                        queue.add(b);
                    }
                }
            }
        }
        int deepest = 0;
        for (int l : layer) {
            deepest = Math.max(deepest, l);
        }
        for (int i = 0; i < n; i++) {
            if (layer[i] < 0) {
                layer[i] = deepest + 1;
            }
        }
        for (int i = 0; i < n; i++) {
            if (vertices.get(i).kind() == VertexKind.TRIGGER && !out.get(i).isEmpty()) {
                layer[i] = Math.max(0, layer[out.get(i).get(0)] - 1);
            }
        }
        int layers = 0;
        for (int l : layer) {
            layers = Math.max(layers, l + 1);
        }
        List<List<Integer>> rows = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            rows.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            rows.get(layer[i]).add(i);
        }
        // Order each layer by the mean position of its parents (two sweeps).
        Map<Integer, Double> pos = new HashMap<>();
        for (List<Integer> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                pos.put(row.get(i), (double) i);
            }
        }
        for (int sweep = 0; sweep < 2; sweep++) {
            for (int l = 1; l < layers; l++) {
                Map<Integer, Double> bary = new HashMap<>();
                for (int v : rows.get(l)) {
                    double sum = 0;
                    int count = 0;
                    for (int a = 0; a < n; a++) {
                        if (layer[a] < l && out.get(a).contains(v)) {
                            sum += pos.get(a);
                            count++;
                        }
                    }
                    bary.put(v, count == 0 ? pos.get(v) : sum / count);
                }
                rows.get(l).sort(Comparator.comparingDouble(bary::get));
                List<Integer> row = rows.get(l);
                for (int i = 0; i < row.size(); i++) {
                    pos.put(row.get(i), i - (row.size() - 1) / 2.0);
                }
            }
        }
        int widest = rows.stream().mapToInt(List::size).max().orElse(1);
        double inner = widest * W + (widest - 1) * GAP_X;
        Map<String, Box> boxes = new LinkedHashMap<>();
        double y = MARGIN + 34;
        for (int l = 0; l < layers; l++) {
            List<Integer> row = rows.get(l);
            double rowWidth = row.size() * W + (row.size() - 1) * GAP_X;
            double x = MARGIN + (inner - rowWidth) / 2;
            double tallest = 0;
            for (int v : row) {
                Vertex vx = vertices.get(v);
                List<String> lines = wrapLines(heat, vx);
                double h = lines.size() * LINE + 2 * PAD;
                boxes.put(vx.key(), new Box(vx, lines, l, x, y, h));
                tallest = Math.max(tallest, h);
                x += W + GAP_X;
            }
            y += tallest + GAP_Y;
        }
        double width = Math.max(MARGIN * 2 + inner + LOOP_ROOM + 40, 600);
        double legendTop = y - GAP_Y + 24;
        double height = legendTop + 76;

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heat\" width=\"%.0f\" height=\"%.0f\""
                + " viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-labelledby=\"%s-title\" font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\""
                + " font-size=\"12\">%n", width, height, width, height, id));
        svg.append("<title id=\"").append(id).append("-title\">").append(xml("Branch map of " + map.title()
                + ": runs along each branch, and the share of replies that fell short at each scene")).append("</title>\n");
        svg.append("<defs><marker id=\"").append(id).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#1f4e79\"/></marker>"
                + "<marker id=\"").append(id).append("-arrow-idle\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"6\""
                + " markerHeight=\"6\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#9a9a9a\"/></marker></defs>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"14\" font-weight=\"600\">%s</text>%n", MARGIN, MARGIN + 12,
                xml(map.title())));

        // One line per pair of boxes, as wide as all the runs along it; labels after, over everything.
        int max = 1;
        Map<String, List<Integer>> pairs = new LinkedHashMap<>();
        for (int i = 0; i < map.edges().size(); i++) {
            Edge e = map.edges().get(i);
            if (boxes.containsKey(e.from()) && boxes.containsKey(e.to())) {
                pairs.computeIfAbsent(e.from() + ">" + e.to(), k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, Integer> pairRuns = new HashMap<>();
        for (Map.Entry<String, List<Integer>> p : pairs.entrySet()) {
            int runs = p.getValue().stream().mapToInt(heat.traffic()::get).sum();
            pairRuns.put(p.getKey(), runs);
            max = Math.max(max, runs);
        }
        // Ports: the lines leaving a box spread along its bottom in the order of their targets, and
        // the lines arriving along its top in the order of their sources.
        Map<String, List<String>> leaving = new HashMap<>();
        Map<String, List<String>> arriving = new HashMap<>();
        for (String pair : pairs.keySet()) {
            Box a = boxes.get(pair.substring(0, pair.indexOf('>')));
            Box b = boxes.get(pair.substring(pair.indexOf('>') + 1));
            if (b.layer() > a.layer()) {
                leaving.computeIfAbsent(a.v().key(), k -> new ArrayList<>()).add(pair);
                arriving.computeIfAbsent(b.v().key(), k -> new ArrayList<>()).add(pair);
            }
        }
        leaving.values().forEach(l -> l.sort(Comparator.comparingDouble(p -> boxes.get(p.substring(p.indexOf('>') + 1)).cx())));
        arriving.values().forEach(l -> l.sort(Comparator.comparingDouble(p -> boxes.get(p.substring(0, p.indexOf('>'))).cx())));
        StringBuilder labels = new StringBuilder();
        List<double[]> placed = new ArrayList<>();
        int loops = 0;
        double right = 0;
        for (Box b : boxes.values()) {
            right = Math.max(right, b.x() + W);
        }
        for (Map.Entry<String, List<Integer>> pe : pairs.entrySet()) {
            String pair = pe.getKey();
            Box a = boxes.get(pair.substring(0, pair.indexOf('>')));
            Box b = boxes.get(pair.substring(pair.indexOf('>') + 1));
            int runs = pairRuns.get(pair);
            double stroke = runs == 0 ? 1 : 1.5 + 9.0 * runs / max;
            double[] p;
            boolean side = b.layer() <= a.layer();
            if (!side) {
                double sx = port(a, leaving.get(a.v().key()), pair);
                double sy = a.y() + a.h();
                double tx = port(b, arriving.get(b.v().key()), pair);
                double ty = b.y();
                double dy = (ty - sy) / 2;
                p = new double[] {sx, sy, sx, sy + dy, tx, ty - dy, tx, ty};
            } else {
                double reach = right + 20 + 12 * (loops++ % 5);
                double sx = a.x() + W;
                double sy = a.y() + a.h() / 2 + 6;
                double tx = b.x() + W;
                double ty = b.y() + b.h() / 2 - 6;
                p = new double[] {sx, sy, reach, sy, reach, ty, tx, ty};
            }
            boolean typedOnly = pe.getValue().stream().allMatch(i -> map.edges().get(i).kind() == EdgeKind.TYPED
                    || map.edges().get(i).kind() == EdgeKind.OTHERWISE);
            String dash = runs == 0 ? " stroke-dasharray=\"4 4\"" : typedOnly ? " stroke-dasharray=\"8 4\"" : "";
            List<String> parts = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            for (int i : pe.getValue()) {
                Edge e = map.edges().get(i);
                int r = heat.traffic().get(i);
                titles.add(heat.label(i));
                if (r > 0) {
                    parts.add((e.kind() == EdgeKind.OPTION ? "opt " + e.option() + ": "
                            : e.kind() == EdgeKind.TYPED || e.kind() == EdgeKind.OTHERWISE ? "typed: "
                            : e.kind() == EdgeKind.TRIGGER ? "mood: " : "") + r);
                }
            }
            svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"none\" stroke=\"%s\""
                    + " stroke-width=\"%.1f\" stroke-opacity=\"%s\"%s marker-end=\"url(#%s)\"><title>%s</title></path>%n",
                    p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], runs == 0 ? "#9a9a9a" : "#1f4e79", stroke,
                    runs == 0 ? "1" : "0.7", dash, id + (runs == 0 ? "-arrow-idle" : "-arrow"), xml(String.join("; ", titles))));
            if (runs > 0) {
                double mx = side ? p[2] : (p[0] + 3 * p[2] + 3 * p[4] + p[6]) / 8;
                double my = (p[1] + 3 * p[3] + 3 * p[5] + p[7]) / 8;
                String text = String.join(", ", parts);
                double tw = text.length() * 6.2 + 10;
                // Never over another label: moved down until clear.
                for (int tries = 0; tries < 12 && overlaps(placed, mx - tw / 2, my - 8, tw); tries++) {
                    my += 17;
                }
                placed.add(new double[] {mx - tw / 2, my - 8, tw});
                labels.append(String.format(Locale.ROOT, "<g class=\"edge-label\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"16\""
                        + " rx=\"8\" fill=\"#ffffff\" stroke=\"#1f4e79\" stroke-width=\"0.8\"/><text x=\"%.1f\" y=\"%.1f\""
                        + " text-anchor=\"middle\" font-size=\"11\" fill=\"#1f4e79\">%s</text></g>%n",
                        mx - tw / 2, my - 8, tw, mx, my + 4, xml(text)));
            }
        }
        for (Box b : boxes.values()) {
            box(svg, heat, b);
        }
        svg.append(labels);
        legend(svg, legendTop);
        return svg.append("</svg>\n").toString();
    }

    private static void box(StringBuilder svg, HeatMap heat, Box b) {
        Vertex v = b.v();
        HeatMap.Heat h = heat.of(v);
        String fill;
        String stroke = "#333333";
        String extra = "";
        switch (v.kind()) {
            case NODE -> {
                fill = HeatMap.BAND_COLOURS.get(HeatMap.band(h));
                if (h.reached() == 0) {
                    fill = "#f2f2f2";
                    extra = " stroke-dasharray=\"4 3\"";
                    stroke = "#888888";
                }
            }
            case ENDING -> {
                fill = v.outcome() == null ? "#ffffff" : switch (v.outcome()) {
                    case RESOLVED -> "#dff0d8";
                    case ESCALATED -> "#fcf0c8";
                    case LOST -> "#f5d5d5";
                };
                stroke = v.outcome() == null ? "#333333" : switch (v.outcome()) {
                    case RESOLVED -> "#3c763d";
                    case ESCALATED -> "#8a6d3b";
                    case LOST -> "#a94442";
                };
            }
            case START -> fill = "#eef3f8";
            case TRIGGER -> fill = "#fff8e1";
            default -> {
                fill = "#ffffff";
                extra = " stroke-dasharray=\"4 3\"";
            }
        }
        double rx = v.kind() == VertexKind.ENDING ? 16 : v.kind() == VertexKind.START ? b.h() / 2 : 6;
        svg.append("<g class=\"vertex\">");
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" rx=\"%.1f\" fill=\"%s\" stroke=\"%s\""
                + " stroke-width=\"%s\"%s/>", b.x(), b.y(), W, b.h(), rx, fill, stroke,
                v.kind() == VertexKind.ENDING || v.kind() == VertexKind.TRIGGER ? "2" : "1", extra));
        if (v.kind() == VertexKind.ENDING && v.outcome() != null && v.outcome().word().equals("resolved")) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" rx=\"13\" fill=\"none\""
                    + " stroke=\"%s\" stroke-width=\"1\"/>", b.x() + 3, b.y() + 3, W - 6, b.h() - 6, stroke));
        }
        svg.append("<title>").append(xml(String.join(" — ", heat.lines(v)))).append("</title>");
        double ty = b.y() + PAD + 11;
        for (int i = 0; i < b.lines().size(); i++) {
            boolean strong = i == 0 || v.kind() == VertexKind.NODE && i >= b.lines().size() - 2;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\"%s>%s</text>", b.cx(), ty,
                    strong ? " font-weight=\"600\"" : " fill=\"#333333\"", xml(b.lines().get(i))));
            ty += LINE;
        }
        svg.append("</g>\n");
    }

    private static boolean overlaps(List<double[]> placed, double x, double y, double w) {
        for (double[] r : placed) {
            if (x < r[0] + r[2] + 2 && r[0] < x + w + 2 && y < r[1] + 17 && r[1] < y + 17) {
                return true;
            }
        }
        return false;
    }

    /** Where a line leaves or meets a box: spread along the box's width in the order given. */
    private static double port(Box box, List<String> order, String pair) {
        int k = order == null ? 0 : Math.max(0, order.indexOf(pair));
        int m = order == null ? 1 : order.size();
        return box.x() + 24 + (W - 48) * (k + 1.0) / (m + 1.0);
    }

    /** The box's lines cut to fit its width: the customer's line over two lines at most. */
    private static List<String> wrapLines(HeatMap heat, Vertex v) {
        List<String> all = heat.lines(v);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i);
            boolean quoted = v.kind() == VertexKind.NODE && i == 1 || v.kind() == VertexKind.ENDING && i == 2;
            if (quoted && line.codePointCount(0, line.length()) > TEXT) {
                int cut = line.lastIndexOf(' ', TEXT);
                cut = cut < 10 ? TEXT : cut;
                out.add(line.substring(0, cut));
                out.add(ShortText.of(line.substring(cut).strip(), TEXT));
            } else {
                out.add(ShortText.of(line, TEXT + 4));
            }
        }
        return out;
    }

    private static void legend(StringBuilder svg, double top) {
        svg.append(String.format(Locale.ROOT, "<g class=\"legend\" font-size=\"11\"><text x=\"%d\" y=\"%.1f\" font-weight=\"600\">"
                + "Share of replies at a scene that fell short</text>", MARGIN, top));
        double x = MARGIN;
        for (int b = 0; b < HeatMap.BAND_COLOURS.size(); b++) {
            String word = HeatMap.BAND_WORDS.get(b);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"14\" fill=\"%s\" stroke=\"#333\"/>"
                    + "<text x=\"%.1f\" y=\"%.1f\">%s</text>", x, top + 8, HeatMap.BAND_COLOURS.get(b), x + 19, top + 19, xml(word)));
            x += 19 + word.length() * 6.0 + 12;
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\">Line width: runs along that branch (the number is on it).</text>"
                + "<text x=\"%d\" y=\"%.1f\">Long dashes: typed replies; grey and dashed: no run went that way.</text></g>%n",
                MARGIN, top + 44, MARGIN, top + 60));
    }

    static String xml(String s) {
        return Markup.escape(s);
    }
}
