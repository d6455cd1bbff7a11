package hotseat.report;

import java.util.List;
import java.util.Locale;

import hotseat.debrief.Debrief;
import hotseat.debrief.DebriefTurn;
import hotseat.debrief.DimensionScores;
import hotseat.debrief.Habit;
import hotseat.debrief.Overall;
import hotseat.scoring.Dimension;
import hotseat.scoring.Evidence;

/**
 * The debrief as plain text for a terminal or a screen reader: every bar has its number beside
 * it and every colour only repeats what the words already say. Colour is added only when asked
 * (the caller decides: a terminal, and NO_COLOR not set).
 */
public final class TextReport {
    static final int WIDTH = 78;

    private final boolean colour;
    private final StringBuilder out = new StringBuilder();

    private TextReport(boolean colour) {
        this.colour = colour;
    }

    public static String render(Debrief d, boolean colour) {
        return new TextReport(colour).write(d);
    }

    private String write(Debrief d) {
        line(paint(Ansi.BOLD, "Debrief: " + d.scenarioTitle()) + "  (" + d.mode() + ")");
        line("");
        if (d.finished()) {
            line("Outcome: " + paint(outcomeColour(d.outcome()), outcomeWords(d.outcome())));
            if (d.endingText() != null) {
                line("  " + Wrap.wrap(d.endingText(), WIDTH - 2, "  "));
            }
        } else {
            line("Outcome: " + paint(Ansi.YELLOW, "unfinished") + " (the conversation stopped before an ending)");
        }
        Overall o = d.overall();
        line("Overall: " + paint(Ansi.BOLD, o.score() + "/100") + "  grade " + o.grade() + " (" + o.gradeWords() + ")");
        if (!d.turns().isEmpty()) {
            line(paint(Ansi.DIM, "  " + working(o)));
        }
        line("");
        DimensionScores s = d.dimensions();
        for (Dimension dim : Dimension.values()) {
            int v = s.get(dim);
            line(String.format(Locale.ROOT, "  %-15s %s %3d", capital(dim.word()), paint(scoreColour(v), Bars.bar(v, 20)), v));
        }
        line("");
        line("Customer's mood (0 at ease, 100 furious)");
        line("  " + Bars.sparkline(d.moodSeries()) + "  " + Bars.series(d.moodSeries()));
        habits("Strongest habits", "+", Ansi.GREEN, d.strengths(), false);
        habits("To work on", "-", Ansi.YELLOW, d.toWorkOn(), true);
        if (!d.turns().isEmpty()) {
            line("");
            line(paint(Ansi.BOLD, "Turn by turn"));
        }
        for (DebriefTurn t : d.turns()) {
            turn(d, t);
        }
        line("");
        line("Tips asked for: " + d.hintsUsed() + "    Replies taken back: " + d.undos());
        return out.toString();
    }

    private void habits(String title, String mark, Ansi markStyle, List<Habit> habits, boolean advice) {
        if (habits.isEmpty()) {
            return;
        }
        line("");
        line(paint(Ansi.BOLD, title));
        for (Habit h : habits) {
            line("  " + paint(markStyle, mark) + " " + Wrap.wrap(h.title() + ": " + h.example(), WIDTH - 4, "    "));
            if (advice) {
                line("    " + Wrap.wrap("Try: " + h.advice(), WIDTH - 4, "    "));
            }
        }
    }

    private void turn(Debrief d, DebriefTurn t) {
        line("");
        line(Wrap.wrap(String.format(Locale.ROOT, "%2d. %s (mood %d): ", t.number(), d.customerName(), t.moodBefore())
                + "\"" + t.customerLine() + "\"", WIDTH, "    "));
        line("    " + Wrap.wrap("You (" + t.replyKind() + (t.hintUsed() ? ", after a tip" : "") + "): "
                + "\"" + t.reply() + "\"", WIDTH - 4, "    "));
        DimensionScores s = t.scores();
        line(String.format(Locale.ROOT, "    calmness %s  acknowledgment %s  resolution %s   mood %d → %d",
                paint(scoreColour(s.calmness()), String.valueOf(s.calmness())),
                paint(scoreColour(s.acknowledgment()), String.valueOf(s.acknowledgment())),
                paint(scoreColour(s.resolution()), String.valueOf(s.resolution())), t.moodBefore(), t.moodAfter()));
        for (Evidence e : t.evidence()) {
            String sign = signed(e.effect());
            String wrapped = Wrap.wrap(sign + " " + e.dimension().word() + ": " + e.rule()
                    + (e.matched() == null || e.matched().isBlank() ? "" : " \"" + e.matched() + "\""), WIDTH - 6, "        ");
            line("      " + paint(e.effect() >= 0 ? Ansi.GREEN : Ansi.RED, sign) + wrapped.substring(sign.length()));
        }
        for (String gap : t.gaps()) {
            line("      " + paint(Ansi.RED, "·") + Wrap.wrap(" " + gap, WIDTH - 6, "        "));
        }
        if (t.note() != null && !t.note().isBlank()) {
            line("    " + Wrap.wrap("Coach: " + t.note(), WIDTH - 4, "    "));
        }
        if (t.trigger() != null) {
            line("    " + Wrap.wrap(t.trigger(), WIDTH - 4, "    "));
        }
        if (t.fellShort()) {
            if (t.modelAnswer() != null) {
                line("    " + Wrap.wrap("A stronger reply: \"" + t.modelAnswer() + "\"", WIDTH - 4, "    "));
            }
            if (t.tip() != null) {
                line("    " + Wrap.wrap("Tip: " + t.tip(), WIDTH - 4, "    "));
            }
        }
    }

    /** "mean of the three scores 76, +5 resolved, −1 for 1 tip, −2 for 1 reply taken back". */
    static String working(Overall o) {
        StringBuilder sb = new StringBuilder("mean of the three scores " + o.base());
        if (o.outcomeAdjustment() != 0) {
            sb.append(", ").append(signed(o.outcomeAdjustment())).append(" for the outcome");
        }
        if (o.hintAdjustment() != 0) {
            sb.append(", ").append(signed(o.hintAdjustment())).append(" for tips");
        }
        if (o.undoAdjustment() != 0) {
            sb.append(", ").append(signed(o.undoAdjustment())).append(" for replies taken back");
        }
        return sb.toString();
    }

    static String outcomeWords(String outcome) {
        return switch (outcome) {
            case "resolved" -> "resolved";
            case "escalated" -> "escalated (handed on, with the customer still unhappy)";
            case "lost" -> "customer lost";
            default -> outcome;
        };
    }

    static String signed(int n) {
        return n >= 0 ? "+" + n : "−" + (-n);
    }

    static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static Ansi outcomeColour(String outcome) {
        return switch (outcome) {
            case "resolved" -> Ansi.GREEN;
            case "lost" -> Ansi.RED;
            default -> Ansi.YELLOW;
        };
    }

    private static Ansi scoreColour(int v) {
        return v >= 70 ? Ansi.GREEN : v >= 50 ? Ansi.YELLOW : Ansi.RED;
    }

    private String paint(Ansi style, String text) {
        return style.paint(text, colour);
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
