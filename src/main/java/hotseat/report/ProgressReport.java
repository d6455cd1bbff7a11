package hotseat.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import hotseat.progress.Progress;

/** A trainee's progress as text, Markdown, JSON or HTML. Every sparkline has its numbers beside it. */
public final class ProgressReport {
    private ProgressReport() {}

    public static String render(Progress p, ReportFormat format) {
        return switch (format) {
            case TEXT -> text(p, false);
            case MARKDOWN -> text(p, true);
            case JSON -> json(p);
            case HTML -> html(p);
        };
    }

    private static String json(Progress p) {
        try {
            return Json.MAPPER.writeValueAsString(p) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String measure(String m) {
        return m.substring(0, 1).toUpperCase(Locale.ROOT) + m.substring(1);
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : n < 0 ? "−" + -n : "±0";
    }

    private static String share(int n, int of) {
        return n + " of " + of;
    }

    private static String text(Progress p, boolean md) {
        StringBuilder sb = new StringBuilder();
        String h1 = md ? "# " : "";
        String h2 = md ? "\n## " : "\n";
        String item = md ? "- " : "  ";
        sb.append(h1).append("Progress: ").append(p.trainee()).append('\n');
        if (!md) {
            sb.append("=".repeat(("Progress: " + p.trainee()).length())).append('\n');
        }
        if (p.runs() == 0) {
            sb.append(md ? "\n" : "").append("No finished runs yet").append(p.unfinished() > 0 ? " (" + p.unfinished()
                    + " unfinished: take one up with hotseat play --resume RUN)" : "").append(". Play one with: hotseat play SCENARIO\n");
            return sb.toString();
        }
        sb.append(md ? "\n" : "").append(p.runs()).append(p.runs() == 1 ? " finished run" : " finished runs").append(", ")
                .append(day(p.firstAt())).append(" to ").append(day(p.lastAt()))
                .append(p.unfinished() > 0 ? " (" + p.unfinished() + " unfinished not counted)" : "").append(".\n");

        sb.append(h2).append("Each scenario: first and best score\n");
        if (md) {
            sb.append("\n| scenario | runs | first | best | latest |\n|---|---:|---:|---:|---:|\n");
            for (Progress.ScenarioProgress s : p.scenarios()) {
                sb.append("| ").append(s.scenarioId()).append(" | ").append(s.runs()).append(" | ").append(s.first())
                        .append(" | ").append(s.best()).append(" | ").append(s.latest()).append(" |\n");
            }
        } else {
            int w = Math.max(8, p.scenarios().stream().mapToInt(s -> s.scenarioId().length()).max().orElse(8));
            sb.append(String.format(Locale.ROOT, "  %-" + w + "s  %4s  %5s  %4s  %6s%n", "SCENARIO", "RUNS", "FIRST", "BEST", "LATEST"));
            for (Progress.ScenarioProgress s : p.scenarios()) {
                sb.append(String.format(Locale.ROOT, "  %-" + w + "s  %4d  %5d  %4d  %6d%n", s.scenarioId(), s.runs(), s.first(),
                        s.best(), s.latest()));
            }
        }

        int n = p.trends().isEmpty() ? 0 : p.trends().get(0).values().size();
        sb.append(h2).append("Trend over the last ").append(n).append(n == 1 ? " run" : " runs").append(" (oldest first)\n");
        sb.append(md ? "\n" : "");
        for (Progress.Trend t : p.trends()) {
            String line = String.format(Locale.ROOT, "%-15s %s  %s  (%s)", measure(t.measure()), Bars.sparkline(t.values()),
                    Bars.series(t.values()), signed(t.change()));
            sb.append(md ? "- `" + line + "`" : "  " + line).append('\n');
        }

        sb.append(h2).append("Habits that improved\n").append(md ? "\n" : "");
        if (p.improved().isEmpty()) {
            sb.append(item).append("None yet: the recent debriefs name the same habits to work on as the earlier ones.\n");
        }
        for (Progress.HabitChange h : p.improved()) {
            sb.append(item).append(h.title()).append(": named to work on in ").append(share(h.earlierNamed(), h.earlierRuns()))
                    .append(" earlier runs, ").append(share(h.recentNamed(), h.recentRuns())).append(" recent ones\n");
        }
        sb.append(h2).append("Still to work on\n").append(md ? "\n" : "");
        if (p.toWorkOn().isEmpty()) {
            sb.append(item).append("Nothing stands out: no habit is named in two of every five recent runs.\n");
        }
        for (Progress.HabitChange h : p.toWorkOn()) {
            sb.append(item).append(h.title()).append(": named in ").append(share(h.recentNamed(), h.recentRuns()))
                    .append(" recent runs. ").append(h.advice()).append('\n');
        }
        if (p.next() != null) {
            sb.append(h2).append("Play next\n").append(md ? "\n" : "").append(item).append(p.next().scenarioId())
                    .append(" — ").append(p.next().title()).append(": ").append(p.next().why()).append(".\n")
                    .append(item).append(md ? "`hotseat play " + p.next().scenarioId() + "`" : "hotseat play " + p.next().scenarioId())
                    .append('\n');
        }
        return sb.toString();
    }

    private static String day(String iso) {
        return iso == null || iso.length() < 10 ? String.valueOf(iso) : iso.substring(0, 10);
    }

    private static String html(Progress p) {
        StringBuilder out = new StringBuilder();
        String title = "Progress: " + p.trainee();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(HtmlReport.esc(title)).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}")
                .append("table{border-collapse:collapse}td,th{padding:.25rem .75rem;border-bottom:1px solid #ddd;text-align:right}")
                .append("td:first-child,th:first-child{text-align:left}.meta{color:#555}.spark{font-size:1.4rem;letter-spacing:1px}")
                .append("li{margin:.3rem 0}\n</style>\n</head>\n<body>\n");
        out.append("<h1>").append(HtmlReport.esc(title)).append("</h1>\n");
        if (p.runs() == 0) {
            out.append("<p>No finished runs yet. Play one with <code>hotseat play SCENARIO</code>.</p>\n</body>\n</html>\n");
            return out.toString();
        }
        out.append("<p class=\"meta\">").append(p.runs()).append(" finished runs, ").append(day(p.firstAt())).append(" to ")
                .append(day(p.lastAt())).append(p.unfinished() > 0 ? " (" + p.unfinished() + " unfinished not counted)" : "")
                .append("</p>\n");
        out.append("<h2>Each scenario: first and best score</h2>\n<table>\n<tr><th>scenario</th><th>runs</th><th>first</th>")
                .append("<th>best</th><th>latest</th></tr>\n");
        for (Progress.ScenarioProgress s : p.scenarios()) {
            out.append("<tr><td>").append(HtmlReport.esc(s.title())).append(" <span class=\"meta\">(")
                    .append(HtmlReport.esc(s.scenarioId())).append(")</span></td><td>").append(s.runs()).append("</td><td>")
                    .append(s.first()).append("</td><td>").append(s.best()).append("</td><td>").append(s.latest())
                    .append("</td></tr>\n");
        }
        out.append("</table>\n");
        int n = p.trends().isEmpty() ? 0 : p.trends().get(0).values().size();
        out.append("<h2>Trend over the last ").append(n).append(" runs</h2>\n<table>\n");
        for (Progress.Trend t : p.trends()) {
            out.append("<tr><td>").append(measure(t.measure())).append("</td><td class=\"spark\" aria-hidden=\"true\">")
                    .append(Bars.sparkline(t.values())).append("</td><td>").append(HtmlReport.esc(Bars.series(t.values())))
                    .append("</td><td>").append(signed(t.change())).append("</td></tr>\n");
        }
        out.append("</table>\n");
        habits(out, "Habits that improved", p.improved(), true);
        habits(out, "Still to work on", p.toWorkOn(), false);
        if (p.next() != null) {
            out.append("<h2>Play next</h2>\n<p><strong>").append(HtmlReport.esc(p.next().title())).append("</strong> (<code>hotseat play ")
                    .append(HtmlReport.esc(p.next().scenarioId())).append("</code>): ").append(HtmlReport.esc(p.next().why()))
                    .append(".</p>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static void habits(StringBuilder out, String heading, List<Progress.HabitChange> habits, boolean improved) {
        out.append("<h2>").append(heading).append("</h2>\n<ul>\n");
        if (habits.isEmpty()) {
            out.append("<li>").append(improved ? "None yet." : "Nothing stands out.").append("</li>\n");
        }
        for (Progress.HabitChange h : habits) {
            out.append("<li><strong>").append(HtmlReport.esc(h.title())).append("</strong>: named to work on in ")
                    .append(improved ? share(h.earlierNamed(), h.earlierRuns()) + " earlier runs, " : "")
                    .append(share(h.recentNamed(), h.recentRuns())).append(" recent runs")
                    .append(improved ? "" : ". " + HtmlReport.esc(h.advice())).append("</li>\n");
        }
        out.append("</ul>\n");
    }
}
