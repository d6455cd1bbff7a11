package hotseat.report;

import java.util.List;
import java.util.Locale;

import hotseat.debrief.Debrief;
import hotseat.debrief.DebriefTurn;
import hotseat.debrief.Habit;
import hotseat.debrief.Overall;
import hotseat.scoring.Dimension;
import hotseat.scoring.Evidence;

/** The debrief as Markdown, for a wiki, a pull request or an e-mail to a trainer. */
public final class MarkdownReport {
    private final StringBuilder out = new StringBuilder();

    private MarkdownReport() {}

    public static String render(Debrief d) {
        return new MarkdownReport().write(d);
    }

    private String write(Debrief d) {
        line("# Debrief: " + inline(d.scenarioTitle()));
        line("");
        line("- **Mode:** " + d.mode());
        line("- **Outcome:** " + (d.finished() ? TextReport.outcomeWords(d.outcome()) : "unfinished (the conversation stopped before an ending)"));
        if (d.endingText() != null) {
            line("  > " + inline(d.endingText()));
        }
        Overall o = d.overall();
        line("- **Overall:** " + o.score() + "/100, grade " + o.grade() + " (" + o.gradeWords() + ")"
                + (d.turns().isEmpty() ? "" : " — " + TextReport.working(o)));
        line("- **Tips asked for:** " + d.hintsUsed() + ", **replies taken back:** " + d.undos());
        line("");
        line("| Dimension | Score | |");
        line("|---|---:|---|");
        for (Dimension dim : Dimension.values()) {
            int v = d.dimensions().get(dim);
            line("| " + TextReport.capital(dim.word()) + " | " + v + " | `" + Bars.bar(v, 20) + "` |");
        }
        line("");
        line("**Customer's mood** (0 at ease, 100 furious): `" + Bars.sparkline(d.moodSeries()) + "` " + Bars.series(d.moodSeries()));
        habits("Strongest habits", d.strengths(), false);
        habits("To work on", d.toWorkOn(), true);
        if (!d.turns().isEmpty()) {
            line("");
            line("## Turn by turn");
        }
        for (DebriefTurn t : d.turns()) {
            line("");
            line("### " + t.number() + ". " + inline(d.customerName()) + " (mood " + t.moodBefore() + ")");
            line("");
            line("> " + inline(t.customerLine()));
            line("");
            line("**You** (" + t.replyKind() + (t.hintUsed() ? ", after a tip" : "") + "): " + inline(t.reply()));
            line("");
            line(String.format(Locale.ROOT, "Calmness **%d**, acknowledgment **%d**, resolution **%d**; mood %d → %d",
                    t.scores().calmness(), t.scores().acknowledgment(), t.scores().resolution(), t.moodBefore(), t.moodAfter()));
            if (!t.evidence().isEmpty()) {
                line("");
                for (Evidence e : t.evidence()) {
                    line("- " + TextReport.signed(e.effect()) + " " + e.dimension().word() + ": " + inline(e.rule())
                            + (e.matched() == null || e.matched().isBlank() ? "" : " — “" + inline(e.matched()) + "”"));
                }
            }
            if (!t.gaps().isEmpty()) {
                if (t.evidence().isEmpty()) {
                    line("");
                }
                for (String gap : t.gaps()) {
                    line("- " + inline(gap));
                }
            }
            if (t.note() != null && !t.note().isBlank()) {
                line("");
                line("*Coach:* " + inline(t.note()));
            }
            if (t.trigger() != null) {
                line("");
                line("*" + inline(t.trigger()) + "*");
            }
            if (t.fellShort() && t.modelAnswer() != null) {
                line("");
                line("**A stronger reply:** " + inline(t.modelAnswer()));
            }
            if (t.fellShort() && t.tip() != null) {
                line("");
                line("**Tip:** " + inline(t.tip()));
            }
        }
        return out.toString();
    }

    private void habits(String title, List<Habit> habits, boolean advice) {
        if (habits.isEmpty()) {
            return;
        }
        line("");
        line("## " + title);
        line("");
        for (Habit h : habits) {
            line("- **" + h.title() + "**: " + inline(h.example()) + (advice ? "  \n  Try: " + inline(h.advice()) : ""));
        }
    }

    /** Scenario and reply text on one line, with Markdown's active characters escaped. */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        String one = text.strip().replaceAll("\\s*\n\\s*", " ");
        // Only what can start markup mid-line: emphasis, code, links, raw HTML, table cells, strike-through.
        return one.replaceAll("([\\\\`*_\\[\\]<>|~])", "\\\\$1");
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
