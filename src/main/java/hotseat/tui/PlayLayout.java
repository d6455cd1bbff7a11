package hotseat.tui;

import java.util.ArrayList;
import java.util.List;

import hotseat.conversation.ConversationState;
import hotseat.conversation.Mode;
import hotseat.conversation.Turn;
import hotseat.scenario.Customer;
import hotseat.scenario.Node;
import hotseat.scenario.Option;

/**
 * Where everything goes on the playing screen for one state and terminal size. Computed the same
 * way by {@link View} (to draw) and {@link Update} (to clamp scrolling and move the cursor by
 * lines), so the two never disagree.
 *
 * <pre>
 * row 0            header: title, difficulty, mode
 * panel            customer: name — persona; feeling and mood meter; coaching note
 * rule             "Conversation"
 * conversation     the transcript so far, scrollable
 * rule             "Your reply"
 * response         numbered options, then the reply box (or how the conversation ended)
 * last row         status bar: the keys, or a notice
 * </pre>
 */
record PlayLayout(
        int columns,
        List<Line> coach,
        int conversationTop,
        int conversationHeight,
        List<Line> conversation,
        int responseRule,
        List<Line> options,
        int boxTop,
        int boxHeight,
        int statusRow) {

    static final int PANEL_TOP = 1;
    static final int COACH_TOP = 3;
    static final int BOX_PREFIX = 2;

    static PlayLayout of(UiState state) {
        int columns = state.size().getColumns();
        int rows = state.size().getRows();
        int inner = columns - 2;

        List<Line> options = responseLines(state, inner);
        int boxHeight = typingAllowed(state) ? (rows >= 30 ? 3 : 2) : 0;
        int statusRow = rows - 1;
        int boxTop = statusRow - boxHeight;
        // The coaching note may take up to four lines (five in a tall window), as long as the
        // conversation keeps three; it is cut with "…" only when the window is really short.
        int room = boxTop - 1 - options.size() - 1 - 3 - COACH_TOP;
        List<Line> coach = coachLines(state, inner, Math.max(2, Math.min(rows >= 30 ? 5 : 4, room)));
        int conversationRule = COACH_TOP + coach.size();
        // Options get the room they need, but the conversation keeps at least three lines.
        int conversationTop = conversationRule + 1;
        int maxOptions = Math.max(1, boxTop - 1 - conversationTop - 3);
        if (options.size() > maxOptions) {
            options = options.subList(0, maxOptions);
        }
        int responseRule = boxTop - options.size() - 1;
        int conversationHeight = Math.max(1, responseRule - conversationTop);
        return new PlayLayout(columns, coach, conversationTop, conversationHeight,
                conversationLines(state.conversation(), inner), responseRule, options, boxTop, boxHeight, statusRow);
    }

    /** Width of the reply box's text (the part after the "> " prompt). */
    static int boxWidth(UiState state) {
        return state.size().getColumns() - 2 - BOX_PREFIX;
    }

    Scroll conversationScroll(int history) {
        return Scroll.fromBottom(history, conversationHeight, conversation.size());
    }

    static boolean typingAllowed(UiState state) {
        ConversationState c = state.conversation();
        return c != null && c.node().map(Node::allowsTyping).orElse(false);
    }

    private static List<Line> coachLines(UiState state, int width, int maxLines) {
        String label = "Coach: ";
        List<Line> lines;
        if (state.note() != null) {
            lines = Lines.labelled(label, Look.COACH, state.note(), Look.COACH, width);
        } else if (state.mode() == Mode.ASSESS) {
            lines = Lines.labelled(label, Look.COACH, "assessment mode — coaching is held back until the debrief.", Look.DIM, width);
        } else {
            lines = Lines.labelled(label, Look.COACH, "a note on each reply appears here. Press h for a tip.", Look.DIM, width);
        }
        if (lines.size() > maxLines) {
            lines = new ArrayList<>(lines.subList(0, maxLines));
            Line last = lines.get(maxLines - 1);
            lines.set(maxLines - 1, new Line(last.label(), last.labelLook(),
                    CellText.fit(last.text() + " …", width - CellText.width(last.label())), last.look()));
        }
        return lines;
    }

    /** The transcript: each customer line and reply, then the customer's current line or the ending. */
    static List<Line> conversationLines(ConversationState c, int width) {
        List<Line> lines = new ArrayList<>();
        if (c == null) {
            return lines;
        }
        Customer customer = c.scenario().customer();
        String speaker = firstName(customer == null ? "Customer" : customer.name()) + ": ";
        String you = "You: ";
        // Labels share one width so the words line up in a column.
        int labelWidth = Math.max(CellText.width(speaker), CellText.width(you));
        String customerLabel = pad(speaker, labelWidth);
        String youLabel = pad(you, labelWidth);
        for (Turn t : c.turns()) {
            lines.addAll(Lines.labelled(customerLabel, Look.CUSTOMER, t.customerLine(), Look.PLAIN, width));
            lines.addAll(Lines.labelled(youLabel, Look.TRAINEE, t.replyText(), Look.PLAIN, width));
            lines.add(Line.BLANK);
        }
        if (c.isOver()) {
            c.ending().ifPresent(e -> lines.addAll(Lines.labelled(
                    "Ended (" + e.outcome().word() + "): ", Look.TITLE, e.text(), Look.PLAIN, width)));
        } else {
            lines.addAll(Lines.labelled(customerLabel, Look.CUSTOMER, c.customerLine(), Look.PLAIN, width));
        }
        return lines;
    }

    private static List<Line> responseLines(UiState state, int width) {
        ConversationState c = state.conversation();
        List<Line> lines = new ArrayList<>();
        if (c == null) {
            return lines;
        }
        if (c.isOver()) {
            String outcome = c.outcome().map(o -> o.word()).orElse("over");
            lines.addAll(Lines.plain("The conversation is over (" + outcome + "). Press Enter to see your debrief.",
                    Look.TITLE, width));
            return lines;
        }
        List<Option> options = c.node().map(Node::options).orElse(List.of());
        for (int i = 0; i < options.size(); i++) {
            lines.addAll(Lines.labelled((i + 1) + ". ", Look.KEY, options.get(i).text(), Look.PLAIN, width));
        }
        return lines;
    }

    private static String firstName(String name) {
        String n = name == null || name.isBlank() ? "Customer" : name.strip();
        int space = n.indexOf(' ');
        return space > 0 ? n.substring(0, space) : n;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - CellText.width(s)));
    }
}
