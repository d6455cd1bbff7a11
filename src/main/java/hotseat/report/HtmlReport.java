package hotseat.report;

import java.util.List;
import java.util.Locale;

import hotseat.debrief.Debrief;
import hotseat.debrief.DebriefTurn;
import hotseat.debrief.Habit;
import hotseat.debrief.Overall;
import hotseat.scoring.Dimension;
import hotseat.scoring.Evidence;

/**
 * The debrief as one self-contained HTML file (inline CSS and SVG, no scripts, nothing fetched)
 * that a trainee can keep, print or send to a trainer. Every piece of scenario or reply text is
 * escaped.
 */
public final class HtmlReport {
    private static final String CSS = """
            body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc}
            .meta{color:#555}.outcome{font-weight:600}.resolved{color:#176b2c}.escalated,.unfinished{color:#8a5a00}.lost{color:#a11}
            table.dims{border-collapse:collapse;margin:1rem 0}table.dims td{padding:.2rem .6rem .2rem 0}
            .bar{width:16rem;height:.9rem;background:#e6e6e6;border:1px solid #999}.fill{height:100%;background:#3a6ea5}
            .num{font-variant-numeric:tabular-nums;font-weight:600;text-align:right}
            .turn{border-left:3px solid #bbb;padding:.1rem 0 .1rem .9rem;margin:1.2rem 0;break-inside:avoid}
            blockquote{margin:.3rem 0;font-style:italic}.reply{margin:.3rem 0}.scores{font-variant-numeric:tabular-nums}
            ul.evidence{margin:.3rem 0;padding-left:1.2rem;font-size:.92rem}.plus{color:#176b2c}.minus{color:#a11}
            .better{background:#f3f7ec;padding:.4rem .6rem;margin:.4rem 0}.trigger{color:#8a5a00}
            svg{display:block;margin:.5rem 0}
            @media print{body{margin:0;max-width:none;font-size:11pt}.bar{border-color:#000}.fill{background:#555;print-color-adjust:exact;-webkit-print-color-adjust:exact}a{color:inherit}}
            """;

    private final StringBuilder out = new StringBuilder();

    private HtmlReport() {}

    public static String render(Debrief d) {
        return new HtmlReport().write(d);
    }

    private String write(Debrief d) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Debrief: ").append(esc(d.scenarioTitle())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        out.append("<h1>Debrief: ").append(esc(d.scenarioTitle())).append("</h1>\n");
        out.append("<p class=\"meta\">Mode: ").append(esc(d.mode())).append(" · tips asked for: ").append(d.hintsUsed())
                .append(" · replies taken back: ").append(d.undos()).append("</p>\n");
        String outcome = d.finished() ? TextReport.outcomeWords(d.outcome()) : "unfinished (stopped before an ending)";
        out.append("<p class=\"outcome ").append(esc(d.outcome())).append("\">Outcome: ").append(esc(outcome)).append("</p>\n");
        if (d.endingText() != null) {
            out.append("<blockquote>").append(esc(d.endingText())).append("</blockquote>\n");
        }
        Overall o = d.overall();
        out.append("<p><strong>Overall: ").append(o.score()).append("/100, grade ").append(esc(o.grade())).append(" (")
                .append(esc(o.gradeWords())).append(")</strong>");
        if (!d.turns().isEmpty()) {
            out.append("<br><span class=\"meta\">").append(esc(TextReport.working(o))).append("</span>");
        }
        out.append("</p>\n<table class=\"dims\">\n");
        for (Dimension dim : Dimension.values()) {
            int v = d.dimensions().get(dim);
            out.append("<tr><td>").append(TextReport.capital(dim.word())).append("</td><td><div class=\"bar\" role=\"img\" aria-label=\"")
                    .append(v).append(" out of 100\"><div class=\"fill\" style=\"width:").append(v).append("%\"></div></div></td><td class=\"num\">")
                    .append(v).append("</td></tr>\n");
        }
        out.append("</table>\n<h2>Customer's mood</h2>\n<p class=\"meta\">0 at ease, 100 furious: ")
                .append(esc(Bars.series(d.moodSeries()))).append("</p>\n");
        out.append(moodChart(d.moodSeries()));
        habits("Strongest habits", d.strengths(), false);
        habits("To work on", d.toWorkOn(), true);
        if (!d.turns().isEmpty()) {
            out.append("<h2>Turn by turn</h2>\n");
        }
        for (DebriefTurn t : d.turns()) {
            turn(d, t);
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void habits(String title, List<Habit> habits, boolean advice) {
        if (habits.isEmpty()) {
            return;
        }
        out.append("<h2>").append(title).append("</h2>\n<ul>\n");
        for (Habit h : habits) {
            out.append("<li><strong>").append(esc(h.title())).append("</strong>: ").append(esc(h.example()));
            if (advice) {
                out.append("<br>Try: ").append(esc(h.advice()));
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private void turn(Debrief d, DebriefTurn t) {
        out.append("<section class=\"turn\">\n<p><strong>").append(t.number()).append(". ").append(esc(d.customerName()))
                .append("</strong> (mood ").append(t.moodBefore()).append(")</p>\n<blockquote>").append(esc(t.customerLine()))
                .append("</blockquote>\n<p class=\"reply\"><strong>You</strong> (").append(esc(t.replyKind()))
                .append(t.hintUsed() ? ", after a tip" : "").append("): ").append(esc(t.reply())).append("</p>\n");
        out.append(String.format(Locale.ROOT, "<p class=\"scores\">Calmness <b>%d</b> · acknowledgment <b>%d</b> · resolution <b>%d</b> · mood %d → %d</p>%n",
                t.scores().calmness(), t.scores().acknowledgment(), t.scores().resolution(), t.moodBefore(), t.moodAfter()));
        if (!t.evidence().isEmpty()) {
            out.append("<ul class=\"evidence\">\n");
            for (Evidence e : t.evidence()) {
                out.append("<li><span class=\"").append(e.effect() >= 0 ? "plus" : "minus").append("\">")
                        .append(TextReport.signed(e.effect())).append("</span> ").append(e.dimension().word()).append(": ")
                        .append(esc(e.rule()));
                if (e.matched() != null && !e.matched().isBlank()) {
                    out.append(" — “").append(esc(e.matched())).append("”");
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (!t.gaps().isEmpty()) {
            out.append("<ul class=\"evidence\">\n");
            for (String gap : t.gaps()) {
                out.append("<li><span class=\"minus\">·</span> ").append(esc(gap)).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (t.note() != null && !t.note().isBlank()) {
            out.append("<p class=\"note\"><strong>Coach:</strong> ").append(esc(t.note())).append("</p>\n");
        }
        if (t.trigger() != null) {
            out.append("<p class=\"trigger\">").append(esc(t.trigger())).append("</p>\n");
        }
        if (t.fellShort() && (t.modelAnswer() != null || t.tip() != null)) {
            out.append("<div class=\"better\">");
            if (t.modelAnswer() != null) {
                out.append("<p><strong>A stronger reply:</strong> ").append(esc(t.modelAnswer())).append("</p>");
            }
            if (t.tip() != null) {
                out.append("<p><strong>Tip:</strong> ").append(esc(t.tip())).append("</p>");
            }
            out.append("</div>\n");
        }
        out.append("</section>\n");
    }

    /** The mood as a small line chart with each value written beside its point. */
    private static String moodChart(List<Integer> series) {
        if (series.isEmpty()) {
            return "";
        }
        int step = 60;
        int width = Math.max(120, step * (series.size() - 1) + 40);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"130\" role=\"img\" aria-label=\"Mood: ").append(esc(Bars.series(series))).append("\">");
        svg.append("<line x1=\"20\" y1=\"118\" x2=\"").append(width - 10).append("\" y2=\"118\" stroke=\"#999\"/>");
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < series.size(); i++) {
            int x = 20 + i * step;
            int y = 118 - series.get(i);
            points.append(x).append(',').append(y).append(' ');
            svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"3\" fill=\"#3a6ea5\"/>")
                    .append("<text x=\"").append(x).append("\" y=\"").append(y - 7)
                    .append("\" font-size=\"11\" text-anchor=\"middle\">").append(series.get(i)).append("</text>");
        }
        svg.append("<polyline fill=\"none\" stroke=\"#3a6ea5\" stroke-width=\"2\" points=\"").append(points.toString().strip()).append("\"/>");
        return svg.append("</svg>\n").toString();
    }

    /** Text made safe for HTML element content and attribute values. */
    static String esc(String s) {
        return hotseat.graph.Markup.escape(s);
    }
}
