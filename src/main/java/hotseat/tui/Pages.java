package hotseat.tui;

import java.util.ArrayList;
import java.util.List;

import hotseat.conversation.Mode;
import hotseat.scenario.Customer;
import hotseat.scenario.Scenario;

/** The text of the page screens (briefing, help, debrief), wrapped to a width. */
final class Pages {
    private Pages() {}

    /** Rows a page screen keeps for its header, a blank line, and the status bar. */
    static final int CHROME = 3;

    static List<Line> briefing(Scenario s, Mode mode, int width) {
        List<Line> lines = new ArrayList<>();
        lines.addAll(Lines.plain(s.title(), Look.TITLE, width));
        lines.add(Line.of("Difficulty " + Difficulty.of(s.difficulty())
                + (s.tags().isEmpty() ? "" : "   Tags: " + String.join(", ", s.tags())), Look.DIM));
        lines.add(Line.BLANK);
        lines.addAll(Lines.plain(s.briefing(), Look.PLAIN, width));
        Customer c = s.customer();
        if (c != null) {
            lines.add(Line.BLANK);
            lines.addAll(Lines.labelled("Customer: ", Look.TITLE, c.name() + " — " + c.persona(), Look.CUSTOMER, width));
            if (c.situation() != null && !c.situation().isBlank()) {
                lines.addAll(Lines.labelled("Situation: ", Look.TITLE, c.situation(), Look.PLAIN, width));
            }
        }
        lines.add(Line.BLANK);
        lines.addAll(Lines.plain(mode == Mode.ASSESS
                ? "Assessment mode: no coaching notes, tips are counted, no taking replies back. Everything is explained in the debrief."
                : "Practice mode: a coaching note follows each reply; h shows a tip and u takes a reply back (both are counted in the debrief).",
                Look.COACH, width));
        lines.add(Line.BLANK);
        lines.addAll(Lines.plain("Press Enter when you are ready to meet the customer.", Look.TITLE, width));
        return lines;
    }

    static final List<String[]> KEYS = List.of(
            new String[] {"1–9", "pick that option"},
            new String[] {"Tab", "type your own reply (where the turn allows it)"},
            new String[] {"Enter", "send the reply you typed"},
            new String[] {"Esc", "leave the reply box (your text stays)"},
            new String[] {"← → ↑ ↓", "move in the reply box; Home/End go to the line's ends"},
            new String[] {"PgUp PgDn", "scroll the conversation"},
            new String[] {"h", "show this turn's coaching tip (counted in the debrief)"},
            new String[] {"u", "take back your last reply (practice mode; counted)"},
            new String[] {"?", "this help"},
            new String[] {"q", "quit — asks first; your run is saved after every turn"},
            new String[] {"Ctrl-C", "quit at once; the run is kept as unfinished"});

    static List<Line> help(int width) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of("Keys", Look.TITLE));
        lines.add(Line.BLANK);
        for (String[] k : KEYS) {
            lines.addAll(Lines.labelled(String.format("  %-11s", k[0]), Look.KEY, k[1], Look.PLAIN, width));
        }
        lines.add(Line.BLANK);
        lines.addAll(Lines.plain("The mood meter shows how upset the customer is: 0 at ease, 100 beside themselves. "
                + "Calm, specific acknowledgment and a concrete fix bring it down; blame and policy talk push it up.",
                Look.PLAIN, width));
        lines.add(Line.BLANK);
        lines.add(Line.of("Press any key to go back.", Look.DIM));
        return lines;
    }

    static List<Line> debrief(String text, int width) {
        List<Line> lines = new ArrayList<>();
        for (String l : CellText.wrap(text == null ? "" : text.stripTrailing(), width)) {
            lines.add(Line.of(l, Look.PLAIN));
        }
        return lines;
    }
}
