package hotseat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import hotseat.authoring.Disagreement;
import hotseat.authoring.Judgement;
import hotseat.authoring.NodeReview;
import hotseat.authoring.OptionReview;
import hotseat.authoring.OptionReviewer;
import hotseat.graph.ShortText;
import hotseat.report.Wrap;
import hotseat.scenario.Scenario;
import hotseat.scenario.ScoreHints;
import hotseat.scoring.Dimension;
import hotseat.scoring.ReplyScore;

/** Prints {@code hotseat score --options}: every option of a scenario scored beside its author's view. */
final class OptionsReport {
    static final int WIDTH = 100;
    /** Marker, number and best mark, the scorer's three figures, the mean, hints, author, feedback. */
    private static final String ROW = "%-2s%2s%-1s%6s%5s%5s%6s  %-{H}s  %-{A}s  %s";

    private OptionsReport() {}

    static void text(PrintWriter out, Scenario scenario, List<NodeReview> nodes, Style style) {
        List<OptionReview> all = nodes.stream().flatMap(n -> n.options().stream()).toList();
        String row = ROW.replace("{H}", String.valueOf(width(all, o -> hints(o.option().scores()), "hints")))
                .replace("{A}", String.valueOf(width(all, OptionsReport::author, "author")));
        out.println(style.bold(scenario.id()) + " — " + scenario.title() + ": " + plural(nodes.size(), "node") + ", "
                + plural(all.size(), "option"));
        for (NodeReview node : nodes) {
            out.println();
            out.println(style.bold(node.id()) + "  " + ShortText.of(node.customerLine(), WIDTH - node.id().length() - 2));
            out.println(String.format(Locale.ROOT, row, "", "#", "", "calm", "ack", "res", "mean", "hints", "author", "feedback"));
            for (OptionReview o : node.options()) {
                ReplyScore sc = o.scorer();
                String line = String.format(Locale.ROOT, row, o.disagreements().isEmpty() ? "" : "!", o.number(),
                        o.author().best() ? "*" : "", sc.calmness(), sc.acknowledgment(), sc.resolution(), o.mean(),
                        hints(o.option().scores()), author(o), "");
                String feedback = o.option().feedback() == null ? "(no feedback)" : o.option().feedback();
                out.println(line + ShortText.of(feedback, Math.max(20, WIDTH - line.length())));
                for (Disagreement d : o.disagreements()) {
                    out.println(Wrap.wrap("      " + style.bold(d.kind().words()) + ": " + d.detail() + " — " + d.fix() + ".", WIDTH, "      "));
                }
            }
        }
        out.println();
        summary(out, nodes);
        out.println();
        out.println(Wrap.wrap("calm ack res: the scorer's own figures. hints: the option's authored scores (c a r), which"
                + " replace the scorer's in play. mean: of the three as played. author: what the feedback says of the"
                + " option, else its hints, else its ending; ? when none of them says. *: the option closest to the"
                + " model answer. !: the scorer and the author disagree.", WIDTH, ""));
    }

    private static void summary(PrintWriter out, List<NodeReview> nodes) {
        long total = nodes.stream().mapToLong(NodeReview::disagreements).sum();
        long unread = nodes.stream().flatMap(n -> n.options().stream())
                .filter(o -> o.author().judgement() == Judgement.UNKNOWN).count();
        String unreadNote = unread == 0 ? "" : " The author's view of " + plural(unread, "option") + " could not be read (?).";
        if (total == 0) {
            out.println(Wrap.wrap("No disagreements: the scorer and the author agree wherever the author's view could be"
                    + " read." + unreadNote, WIDTH, ""));
            return;
        }
        out.println(plural(total, "disagreement") + ":");
        for (Disagreement.Kind kind : Disagreement.Kind.values()) {
            List<String> places = new ArrayList<>();
            for (NodeReview n : nodes) {
                for (OptionReview o : n.options()) {
                    if (o.disagreements().stream().anyMatch(d -> d.kind() == kind)) {
                        places.add(n.id() + " " + o.number());
                    }
                }
            }
            if (!places.isEmpty()) {
                out.println(Wrap.wrap("  " + kind.words() + " (" + places.size() + "): " + String.join(", ", places),
                        WIDTH, "    "));
            }
        }
        if (!unreadNote.isEmpty()) {
            out.println(Wrap.wrap(unreadNote.strip(), WIDTH, ""));
        }
    }

    private static int width(List<OptionReview> all, java.util.function.Function<OptionReview, String> column, String title) {
        return Math.max(title.length(), all.stream().mapToInt(o -> column.apply(o).length()).max().orElse(0));
    }

    private static String author(OptionReview o) {
        Judgement j = o.author().judgement();
        if (j == Judgement.UNKNOWN) {
            return "?";
        }
        return switch (o.author().basis()) {
            case "hints" -> j.word() + " (hints)";
            case "ending" -> j.word() + " (" + o.author().cues().get(0) + ")";
            default -> j.word();
        };
    }

    /** The authored hints as {@code c45 a20 r10}, or "-" when there are none. */
    static String hints(ScoreHints h) {
        Map<Dimension, Integer> given = OptionReviewer.hinted(h);
        if (given.isEmpty()) {
            return "-";
        }
        List<String> parts = new ArrayList<>();
        given.forEach((d, v) -> parts.add(d.word().charAt(0) + String.valueOf(v)));
        return String.join(" ", parts);
    }

    private static Map<Disagreement.Kind, Long> counts(List<NodeReview> nodes) {
        Map<Disagreement.Kind, Long> counts = new EnumMap<>(Disagreement.Kind.class);
        for (Disagreement.Kind k : Disagreement.Kind.values()) {
            counts.put(k, nodes.stream().flatMap(n -> n.options().stream()).flatMap(o -> o.disagreements().stream())
                    .filter(d -> d.kind() == k).count());
        }
        return counts;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    // ---- JSON ------------------------------------------------------------------------------

    static void json(PrintWriter out, Scenario scenario, List<NodeReview> nodes) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeStringField("scenario", scenario.id());
            g.writeObjectFieldStart("disagreements");
            for (Map.Entry<Disagreement.Kind, Long> e : counts(nodes).entrySet()) {
                g.writeNumberField(e.getKey().id(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("nodes");
            for (NodeReview node : nodes) {
                g.writeStartObject();
                g.writeStringField("node", node.id());
                g.writeStringField("customer", node.customerLine());
                g.writeArrayFieldStart("options");
                for (OptionReview o : node.options()) {
                    option(g, o);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    private static void option(JsonGenerator g, OptionReview o) throws IOException {
        g.writeStartObject();
        g.writeNumberField("option", o.number());
        g.writeStringField("text", o.option().text());
        g.writeStringField("next", o.option().next());
        scores(g, "scorer", o.scorer());
        Map<Dimension, Integer> hints = OptionReviewer.hinted(o.option().scores());
        if (!hints.isEmpty()) {
            g.writeObjectFieldStart("hints");
            for (Map.Entry<Dimension, Integer> h : hints.entrySet()) {
                g.writeNumberField(h.getKey().word(), h.getValue());
            }
            g.writeEndObject();
        }
        scores(g, "played", o.played());
        g.writeNumberField("mean", o.mean());
        g.writeObjectFieldStart("author");
        g.writeStringField("judgement", o.author().judgement().word());
        g.writeStringField("basis", o.author().basis());
        g.writeArrayFieldStart("cues");
        for (String c : o.author().cues()) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeBooleanField("best", o.author().best());
        g.writeEndObject();
        if (o.option().feedback() != null) {
            g.writeStringField("feedback", o.option().feedback());
        }
        g.writeArrayFieldStart("disagreements");
        for (Disagreement d : o.disagreements()) {
            g.writeStartObject();
            g.writeStringField("kind", d.kind().id());
            g.writeStringField("message", d.kind().words());
            g.writeStringField("detail", d.detail());
            g.writeStringField("fix", d.fix());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void scores(JsonGenerator g, String name, ReplyScore s) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("calmness", s.calmness());
        g.writeNumberField("acknowledgment", s.acknowledgment());
        g.writeNumberField("resolution", s.resolution());
        g.writeEndObject();
    }
}
