package hotseat.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import hotseat.cohort.Cohort;
import hotseat.graph.HeatMap;
import hotseat.graph.HeatSvg;
import hotseat.scenario.Scenario;

/**
 * The cohort report as one self-contained HTML file: inline CSS and SVG, no scripts, nothing
 * fetched. It reads on a projector, a laptop, a phone (one column, wide tables and the branch map
 * scroll sideways) and on paper (cards kept whole, the map fitted to the page). Every bar has its
 * number beside it and every colour its words; all scenario and reply text is escaped.
 */
final class CohortHtml {
    private static final String CSS = """
            :root{--ink:#1d1d1f;--muted:#5a5a5f;--line:#d8d8dc;--bar:#3a6ea5;--soft:#f5f6f8;--warn:#a11;--ok:#176b2c}
            *{box-sizing:border-box}
            body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);margin:0;background:#fff}
            main{max-width:72rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}
            h1{font-size:1.8rem;margin:.2rem 0}h2{font-size:1.35rem;margin:2.2rem 0 .6rem;padding-bottom:.2rem;border-bottom:2px solid var(--line)}
            h3{font-size:1.08rem;margin:1.2rem 0 .4rem}
            .meta,.note{color:var(--muted)}.note{font-size:.9rem}
            .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.75rem;margin:1rem 0}
            .card{background:var(--soft);border:1px solid var(--line);border-radius:.5rem;padding:.6rem .8rem}
            .card b{display:block;font-size:1.6rem;font-variant-numeric:tabular-nums}
            .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:1rem 2rem}
            .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
            table{border-collapse:collapse;margin:.4rem 0;font-variant-numeric:tabular-nums}
            th,td{padding:.3rem .6rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
            th{font-size:.85rem;color:var(--muted);font-weight:600}td.n,th.n{text-align:right}
            .hist td{border:0;padding:.08rem .4rem}.hist td:first-child{color:var(--muted);white-space:nowrap;font-size:.88rem}
            .bar{display:inline-block;height:.8rem;background:var(--bar);vertical-align:middle;min-width:1px;print-color-adjust:exact;-webkit-print-color-adjust:exact}
            .bar.zero{background:transparent;border-left:1px solid #999}
            .barcell{width:12rem}
            .discuss{padding-left:1.4rem}.discuss li{margin:.5rem 0}
            .scene{border:1px solid var(--line);border-left:6px solid #ccc;border-radius:.4rem;padding:.6rem 1rem;margin:1rem 0;break-inside:avoid}
            .scene.p1{border-left-color:#fcbba1}.scene.p2{border-left-color:#fc9272}.scene.p3{border-left-color:#ef6548}.scene.p4{border-left-color:#cb181d}
            .scene h3{margin:.2rem 0}.scene blockquote{margin:.2rem 0 .5rem;font-style:italic;color:#333}
            .facts{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;font-size:.93rem;color:var(--muted);margin:.3rem 0}
            .facts b{color:var(--ink)}
            .best{font-weight:600;color:var(--ok)}
            .pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem;margin-top:.5rem}
            .pair>div{background:var(--soft);border-radius:.4rem;padding:.5rem .8rem;min-width:0;overflow-wrap:anywhere}
            .pair h4{margin:.1rem 0 .3rem;font-size:.95rem}
            .weak{margin:.2rem 0;padding-left:1.1rem}.weak li{margin:.3rem 0}
            .scores{font-size:.85rem;color:var(--muted)}
            .model{background:#eef6ea}
            .map{overflow-x:auto;border:1px solid var(--line);border-radius:.4rem;padding:.4rem;margin:.6rem 0;background:#fff}
            .map svg{display:block;max-width:none;height:auto}
            .map-hint{display:none;font-size:.85rem;color:var(--muted)}
            .habits li{margin:.5rem 0}.ex{display:block;font-size:.9rem;color:var(--muted)}
            footer{margin-top:3rem;font-size:.85rem;color:var(--muted)}
            @media (max-width:640px){
              body{font-size:15px}main{padding:1rem .75rem 2rem}h1{font-size:1.45rem}
              .pair{grid-template-columns:1fr}.barcell{width:6rem}.grid{grid-template-columns:1fr}
              th,td{padding:.25rem .4rem}.scene{padding:.5rem .7rem}
              .map svg{max-width:100%}.map-hint{display:block}
            }
            @media print{
              body{font-size:10.5pt}main{max-width:none;padding:0}
              h2{break-after:avoid}.scene,.card,.pair,table,.map{break-inside:avoid}
              .map{overflow:visible;border:0;padding:0}.map svg{max-width:100%}
              .scroll{overflow:visible}a{color:inherit}
            }
            """;

    private final StringBuilder out = new StringBuilder();

    private CohortHtml() {}

    static String render(Cohort c, Map<String, Scenario> scenarios) {
        return new CohortHtml().write(c, scenarios);
    }

    private String write(Cohort c, Map<String, Scenario> scenarios) {
        String title = "Cohort report" + (c.scenarios().size() == 1 ? ": " + c.scenarios().get(0).title() : "");
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(esc(title))
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        out.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">").append(c.runs()).append(c.runs() == 1 ? " run" : " runs")
                .append(" by ").append(c.participants().size()).append(c.participants().size() == 1 ? " trainee" : " trainees")
                .append(" · ").append(esc(c.selection()))
                .append(c.anonymised() ? " · trainees numbered in order of their first run" : "").append("</p>\n");
        Cohort.Distribution overall = c.measures().get(3);
        out.append("<div class=\"cards\">");
        card("trainees", String.valueOf(c.participants().size()), c.participantsFinished() + " finished a run");
        card("runs", String.valueOf(c.runs()), c.finished() + " reached an ending");
        card("completion", c.completionPercent() + "%", "of runs reached an ending");
        card("median score", overall.count() == 0 ? "–" : String.valueOf(overall.median()),
                overall.count() == 0 ? "no finished runs" : "middle half " + overall.lowerQuartile() + "–" + overall.upperQuartile());
        out.append("</div>\n");

        for (Cohort.ScenarioPart s : c.scenarios()) {
            out.append("<h2>Scenes to discuss first").append(c.scenarios().size() > 1 ? ": " + esc(s.title()) : "").append("</h2>\n");
            if (s.discussFirst().isEmpty()) {
                out.append("<p>No reply fell short.</p>\n");
            } else {
                out.append("<ol class=\"discuss\">\n");
                for (Cohort.SceneToDiscuss d : s.discussFirst()) {
                    out.append("<li><a href=\"#").append(anchor(s.scenarioId(), d.nodeId())).append("\"><strong>").append(esc(d.nodeId()))
                            .append("</strong></a>").append(d.line() != null ? " — “" + esc(d.line()) + "”" : "")
                            .append("<br>fell short in <strong>").append(d.poorRuns()).append(" of ").append(d.reached())
                            .append("</strong> runs that reached it").append(d.commonest() != null ? "; most often " + esc(d.commonest()) : "")
                            .append("</li>\n");
                }
                out.append("</ol>\n");
            }
        }

        out.append("<h2>Participants and completion</h2>\n<p>").append(c.finished()).append(" of ").append(c.runs())
                .append(" runs reached an ending (").append(c.completionPercent()).append("%); ").append(c.participantsFinished())
                .append(" of ").append(c.participants().size()).append(" trainees finished at least one.</p>\n");
        out.append("<div class=\"scroll\"><table>\n<tr><th>trainee</th><th class=\"n\">runs</th><th class=\"n\">finished</th>"
                + "<th class=\"n\">best</th><th class=\"n\">latest</th></tr>\n");
        for (Cohort.Participant p : c.participants()) {
            out.append("<tr><td>").append(esc(p.name())).append("</td><td class=\"n\">").append(p.runs()).append("</td><td class=\"n\">")
                    .append(p.finished()).append("</td><td class=\"n\">").append(dash(p.best())).append("</td><td class=\"n\">")
                    .append(dash(p.latest())).append("</td></tr>\n");
        }
        out.append("</table></div>\n");

        out.append("<h2>Scores over ").append(overall.count()).append(" finished ").append(overall.count() == 1 ? "run" : "runs").append("</h2>\n");
        if (overall.count() == 0) {
            out.append("<p>No run has reached an ending yet.</p>\n");
        } else {
            out.append("<div class=\"grid\">\n");
            for (Cohort.Distribution d : c.measures()) {
                histogram(d);
            }
            out.append("<div><h3>Grades</h3><table class=\"hist\">\n");
            int max = c.grades().stream().mapToInt(Cohort.GradeCount::count).max().orElse(0);
            for (Cohort.GradeCount g : c.grades()) {
                out.append("<tr><td>").append(g.grade()).append(" ").append(g.words()).append("</td><td class=\"barcell\">")
                        .append(bar(g.count(), max)).append("</td><td class=\"n\">").append(g.count()).append("</td></tr>\n");
            }
            out.append("</table></div>\n</div>\n");
        }

        out.append("<h2>The room's habits</h2>\n<div class=\"grid\">\n");
        habits("Strongest: named as a strength", c.strongest(), false);
        habits("Weakest: named to work on", c.weakest(), true);
        out.append("</div>\n");

        for (Cohort.ScenarioPart s : c.scenarios()) {
            scenario(s, scenarios.get(s.scenarioId()));
        }

        out.append("<h2>Each trainee's first reply that fell short</h2>\n");
        if (c.firstShortfalls().isEmpty()) {
            out.append("<p>No reply fell short.</p>\n");
        }
        for (Cohort.Shortfall f : c.firstShortfalls()) {
            out.append("<div class=\"scene\"><h3>").append(esc(f.trainee())).append(" <span class=\"meta\">· ").append(esc(f.scenarioId()))
                    .append(", <a href=\"#").append(anchor(f.scenarioId(), f.nodeId())).append("\">").append(esc(f.nodeId()))
                    .append("</a>, turn ").append(f.turn()).append(", ").append(esc(f.replyKind())).append("</span></h3>\n<div class=\"pair\"><div><h4>Their reply</h4>“")
                    .append(esc(f.reply())).append("”<br><span class=\"scores\">").append(scores(f.calmness(), f.acknowledgment(), f.resolution()))
                    .append("</span></div><div class=\"model\"><h4>A stronger reply</h4>")
                    .append(f.modelAnswer() == null ? "<span class=\"meta\">The scene has no model answer.</span>" : "“" + esc(f.modelAnswer()) + "”")
                    .append("</div></div></div>\n");
        }
        List<String> clean = c.participants().stream().map(Cohort.Participant::name)
                .filter(n -> c.firstShortfalls().stream().noneMatch(f -> f.trainee().equals(n))).toList();
        if (!clean.isEmpty() && !c.firstShortfalls().isEmpty()) {
            out.append("<p>No reply fell short: ").append(esc(String.join(", ", clean))).append(".</p>\n");
        }
        out.append("<footer>Made by <code>hotseat report</code>. A reply <em>fell short</em> when any of its scores was below 50 and it"
                + " was not the best its turn offered. Scores and grades count finished runs; scenes count every reply that stands."
                + " Times are from the customer's line appearing to the reply.</footer>\n");
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    private void card(String label, String value, String note) {
        out.append("<div class=\"card\"><span class=\"meta\">").append(esc(label)).append("</span><b>").append(esc(value))
                .append("</b><span class=\"note\">").append(esc(note)).append("</span></div>");
    }

    private void histogram(Cohort.Distribution d) {
        out.append("<div><h3>").append(CohortText.capital(d.measure())).append("</h3><p class=\"note\">median ").append(d.median())
                .append(" · middle half ").append(d.lowerQuartile()).append("–").append(d.upperQuartile()).append(" · range ")
                .append(d.min()).append("–").append(d.max()).append(" · mean ").append(d.mean()).append("</p>\n<table class=\"hist\">\n");
        int max = d.bins().stream().mapToInt(Cohort.Bin::count).max().orElse(0);
        for (int i = d.bins().size() - 1; i >= 0; i--) {
            Cohort.Bin b = d.bins().get(i);
            out.append("<tr><td>").append(b.from()).append("–").append(b.to()).append("</td><td class=\"barcell\">")
                    .append(bar(b.count(), max)).append("</td><td class=\"n\">").append(b.count()).append("</td></tr>\n");
        }
        out.append("</table></div>\n");
    }

    private void habits(String title, List<Cohort.HabitTally> habits, boolean advice) {
        out.append("<div><h3>").append(title).append("</h3>\n");
        if (habits.isEmpty()) {
            out.append("<p class=\"meta\">None named yet.</p></div>\n");
            return;
        }
        out.append("<ul class=\"habits\">\n");
        for (Cohort.HabitTally h : habits) {
            out.append("<li><strong>").append(esc(h.title())).append("</strong>: in ").append(h.runs()).append(" of ").append(h.of())
                    .append(" finished runs");
            for (String e : h.examples()) {
                out.append("<span class=\"ex\">e.g. ").append(esc(e)).append("</span>");
            }
            if (advice) {
                out.append("<span class=\"ex\">Try: ").append(esc(h.advice())).append("</span>");
            }
            out.append("</li>\n");
        }
        out.append("</ul></div>\n");
    }

    private void scenario(Cohort.ScenarioPart s, Scenario scenario) {
        out.append("<h2>").append(esc(s.title())).append(" <span class=\"meta\">(").append(esc(s.scenarioId())).append(")</span></h2>\n<p>")
                .append(s.runs()).append(s.runs() == 1 ? " run, " : " runs, ").append(s.finished()).append(" reached an ending, ")
                .append(s.stopped()).append(" stopped before one.").append(s.known() ? "" : " The scenario's file is not at hand:"
                + " options, model answers and the branch map are left out.").append("</p>\n");
        out.append("<h3>Endings reached</h3>\n<div class=\"scroll\"><table class=\"hist\">\n");
        int max = s.endings().stream().mapToInt(Cohort.EndingCount::runs).max().orElse(0);
        for (Cohort.EndingCount e : s.endings()) {
            out.append("<tr><td><strong>").append(esc(e.endingId())).append("</strong> ").append(esc(e.outcome() == null ? "" : e.outcome()))
                    .append("</td><td class=\"barcell\">").append(bar(e.runs(), max)).append("</td><td class=\"n\">").append(e.runs())
                    .append("</td></tr>\n");
        }
        out.append("<tr><td>stopped before an ending</td><td class=\"barcell\">").append(bar(s.stopped(), Math.max(max, s.stopped())))
                .append("</td><td class=\"n\">").append(s.stopped()).append("</td></tr>\n</table></div>\n");
        if (scenario != null) {
            HeatMap heat = HeatMap.of(scenario, s);
            out.append("<h3>Branch map: where the runs went and where replies fell short</h3>\n<div class=\"map\">\n")
                    .append(HeatSvg.write(heat, "map-" + s.scenarioId().replaceAll("[^A-Za-z0-9_-]", "_")))
                    .append("</div>\n<p class=\"map-hint\">The whole map, made to fit the screen: zoom in to read it."
                            + " Every figure in it is also in the scenes below.</p>\n");
            out.append("<p class=\"note\">Also as DOT and Mermaid: <code>hotseat report --scenario ").append(esc(s.scenarioId()))
                    .append(" --format dot</code> or <code>--format mermaid</code>.</p>\n");
        }
        out.append("<h3>Scene by scene</h3>\n");
        for (Cohort.Scene scene : s.scenes()) {
            scene(s, scene);
        }
    }

    private void scene(Cohort.ScenarioPart part, Cohort.Scene s) {
        int band = s.answers() == 0 || s.poor() == 0 ? 0 : s.poorPercent() <= 25 ? 1 : s.poorPercent() <= 50 ? 2 : s.poorPercent() <= 75 ? 3 : 4;
        out.append("<section class=\"scene p").append(band).append("\" id=\"").append(anchor(part.scenarioId(), s.nodeId())).append("\">\n<h3>")
                .append(esc(s.nodeId())).append("</h3>\n");
        if (s.line() != null) {
            out.append("<blockquote>“").append(esc(s.line())).append("”</blockquote>\n");
        }
        out.append("<div class=\"facts\"><span>reached in <b>").append(s.reached()).append("</b> ").append(s.reached() == 1 ? "run" : "runs")
                .append("</span><span><b>").append(s.answers()).append("</b> ").append(s.answers() == 1 ? "reply" : "replies")
                .append("</span><span><b>").append(s.poor()).append("</b> fell short (").append(s.poorPercent()).append("%)</span>");
        if (s.medianSeconds() != null) {
            out.append("<span>time to answer: median <b>").append(CohortText.seconds(s.medianSeconds())).append("</b>, 90th percentile <b>")
                    .append(CohortText.seconds(s.p90Seconds())).append("</b></span>");
        }
        out.append("</div>\n");
        if (s.reached() == 0) {
            out.append("<p class=\"meta\">No run came here.</p>\n</section>\n");
            return;
        }
        if (!s.choices().isEmpty()) {
            int max = s.choices().stream().mapToInt(Cohort.Choice::count).max().orElse(0);
            out.append("<div class=\"scroll\"><table>\n<tr><th>choice</th><th class=\"barcell\">picked</th><th class=\"n\">runs</th></tr>\n");
            for (Cohort.Choice ch : s.choices()) {
                out.append("<tr><td>").append(ch.option() == null ? "<em>typed in their own words</em>"
                        : ch.option() + ". " + (ch.text() == null ? "<span class=\"meta\">(no longer in the scenario)</span>" : esc(ch.text())))
                        .append(ch.best() ? " <span class=\"best\">★ best option</span>" : "").append("</td><td class=\"barcell\">")
                        .append(bar(ch.count(), max)).append("</td><td class=\"n\">").append(ch.count()).append("</td></tr>\n");
            }
            out.append("</table></div>\n");
        }
        Cohort.TypedReplies t = s.typed();
        if (t != null || s.modelAnswer() != null) {
            out.append("<div class=\"pair\"><div><h4>Typed replies").append(t == null ? "" : " (" + t.count() + ")").append("</h4>");
            if (t == null) {
                out.append("<span class=\"meta\">None typed here.</span>");
            } else {
                out.append("<span class=\"scores\">average ").append(scores(t.calmness(), t.acknowledgment(), t.resolution())).append("</span>");
                if (t.weakest().isEmpty()) {
                    out.append("<p class=\"meta\">None fell short.</p>");
                } else {
                    out.append("<p class=\"note\">Weakest:</p><ol class=\"weak\">");
                    for (Cohort.WeakReply w : t.weakest()) {
                        out.append("<li>“").append(esc(w.reply())).append("” <span class=\"scores\">— ").append(esc(w.trainee())).append(", ")
                                .append(scores(w.calmness(), w.acknowledgment(), w.resolution())).append("</span></li>");
                    }
                    out.append("</ol>");
                }
            }
            out.append("</div><div class=\"model\"><h4>Model answer</h4>").append(s.modelAnswer() == null
                    ? "<span class=\"meta\">The scene has no model answer.</span>" : "“" + esc(s.modelAnswer()) + "”").append("</div></div>\n");
        }
        out.append("</section>\n");
    }

    private static String bar(int count, int max) {
        int pct = max == 0 ? 0 : (int) Math.round(100.0 * count / max);
        return "<span class=\"bar" + (count == 0 ? " zero" : "") + "\" style=\"width:" + pct + "%\" aria-hidden=\"true\"></span>";
    }

    private static String scores(int calm, int ack, int res) {
        return String.format(Locale.ROOT, "calmness&nbsp;%d · acknowledgment&nbsp;%d · resolution&nbsp;%d", calm, ack, res);
    }

    private static String anchor(String scenario, String node) {
        return ("scene-" + scenario + "-" + node).replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static String dash(Integer n) {
        return n == null ? "–" : String.valueOf(n);
    }

    private static String esc(String s) {
        return HtmlReport.esc(s);
    }
}
