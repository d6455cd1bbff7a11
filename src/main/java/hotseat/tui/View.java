package hotseat.tui;

import java.util.List;

import hotseat.conversation.ConversationState;
import hotseat.conversation.Mode;
import hotseat.scenario.Customer;
import hotseat.scenario.Scenario;
import hotseat.session.Playable;

/**
 * Draws a {@link UiState} on a {@link Canvas}. Pure: the same state and canvas size always give
 * the same cells, and nothing but the canvas is touched.
 */
final class View {
    private View() {}

    static void draw(UiState state, Canvas canvas) {
        canvas.clear();
        switch (state.shown()) {
            case TOO_SMALL -> tooSmall(state, canvas);
            case PICKER -> picker(state, canvas);
            case BRIEFING -> page(canvas, header(state), Pages.briefing(state.scenario(), state.mode(), canvas.columns() - 2),
                    state.page(), state.notice(), keys(state, "Enter begin", state.picking() ? "Esc back" : null, "PgUp/PgDn scroll", "? help", "q quit"));
            case PLAYING -> playing(state, canvas);
            case HELP -> page(canvas, "Hotseat — help", Pages.help(canvas.columns() - 2), state.page(), null,
                    keys(state, "any key: back"));
            case CONFIRM_QUIT -> confirmQuit(state, canvas);
            case DEBRIEF -> page(canvas, "Debrief — " + state.scenario().title(),
                    Pages.debrief(state.debrief(), canvas.columns() - 2), state.page(), null,
                    keys(state, "↑↓ PgUp/PgDn scroll", "q close, keeping it on screen"));
        }
        if (state.hold() != null && state.beforePlay()) {
            // Before play the trainee may read on: the hold takes the bottom line.
            canvas.fill(0, canvas.rows() - 1, canvas.columns(), 1, Look.SELECTED);
            canvas.text(1, canvas.rows() - 1, CellText.fit(state.hold(), canvas.columns() - 2), Look.SELECTED);
        } else if (state.hold() != null) {
            hold(state.hold(), canvas);
        }
    }

    /** A message that holds the run, in a box over whatever the screen shows. */
    private static void hold(String message, Canvas canvas) {
        canvas.hideCursor();
        int width = Math.min(64, canvas.columns());
        List<String> lines = CellText.wrap(message, Math.max(1, width - 6));
        int height = Math.min(canvas.rows(), lines.size() + 4);
        int left = (canvas.columns() - width) / 2;
        int top = Math.max(0, (canvas.rows() - height) / 2);
        canvas.fill(left, top, width, height, Look.SELECTED);
        canvas.box(left, top, width, height, Look.SELECTED);
        for (int i = 0; i < lines.size() && i < height - 4; i++) {
            canvas.text(left + 3, top + 1 + i, lines.get(i), Look.SELECTED, width - 6);
        }
        if (height >= 4) {
            canvas.text(left + 3, top + height - 2, "Ctrl-C leaves (your replies are saved)", Look.SELECTED, width - 6);
        }
    }

    private static void tooSmall(UiState state, Canvas canvas) {
        List<String> lines = CellText.wrap("This window is " + canvas.columns() + "×" + canvas.rows()
                + ". Hotseat needs at least " + UiState.MINIMUM.getColumns() + "×" + UiState.MINIMUM.getRows()
                + ": please make the window bigger. Ctrl-C quits (your run is saved).", Math.max(1, canvas.columns() - 2));
        int top = Math.max(0, (canvas.rows() - lines.size()) / 2);
        for (int i = 0; i < lines.size(); i++) {
            canvas.text(1, top + i, lines.get(i), Look.WARNING);
        }
    }

    private static String header(UiState state) {
        return "Hotseat — " + state.scenario().title();
    }

    /** The top bar: a title on the left and, while a scenario is chosen, its difficulty and mode. */
    private static void headerBar(Canvas canvas, String title, String right) {
        canvas.fill(0, 0, canvas.columns(), 1, Look.BAR);
        int rightWidth = right == null ? 0 : CellText.width(right);
        canvas.text(1, 0, CellText.fit(title, canvas.columns() - rightWidth - 4), Look.BAR);
        if (right != null) {
            canvas.text(canvas.columns() - rightWidth - 1, 0, right, Look.BAR);
        }
    }

    private static void statusBar(Canvas canvas, int row, UiState state, String keys) {
        canvas.fill(0, row, canvas.columns(), 1, Look.BAR);
        if (state.notice() != null) {
            canvas.text(1, row, CellText.fit(state.notice(), canvas.columns() - 2), Look.WARNING);
        } else {
            canvas.text(1, row, CellText.fit(keys, canvas.columns() - 2), Look.BAR);
        }
    }

    private static String keys(UiState state, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                b.append(b.isEmpty() ? "" : "  ").append(p);
            }
        }
        return b.toString();
    }

    private static String modeAndDifficulty(UiState state) {
        return "difficulty " + Difficulty.of(state.scenario().difficulty()) + "  " + state.mode().word();
    }

    private static void picker(UiState state, Canvas canvas) {
        headerBar(canvas, "Hotseat — choose a conversation to practise", state.mode().word());
        int columns = canvas.columns();
        int titleWidth = Math.min(44, Math.max(20, columns - 40));
        List<Playable> library = state.library();
        if (library.isEmpty()) {
            canvas.text(1, 2, state.notice() == null ? "Loading the scenario library…" : "No scenario can be played.", Look.TITLE);
            statusBar(canvas, canvas.rows() - 1, state, "? help  q quit");
            return;
        }
        int listTop = 2;
        int listHeight = Math.min(library.size(), Math.max(3, (canvas.rows() - 4) / 3));
        canvas.text(1, 1, String.format("    %-" + titleWidth + "s  %-12s  %s", "Scenario", "Difficulty", "Tags"), Look.DIM);
        Scroll scroll = Scroll.fromTop(state.choice() - listHeight / 2, listHeight, library.size());
        for (int i = scroll.top(); i < Math.min(library.size(), scroll.top() + listHeight); i++) {
            Scenario s = library.get(i).scenario();
            int row = listTop + i - scroll.top();
            boolean selected = i == state.choice();
            Look look = selected ? Look.SELECTED : Look.PLAIN;
            if (selected) {
                canvas.fill(0, row, columns, 1, Look.SELECTED);
            }
            int c = 1;
            c += canvas.text(c, row, (selected ? "> " : "  ") + String.format("%-2d", i + 1), look);
            canvas.text(c, row, CellText.fit(s.title(), titleWidth), look);
            c += titleWidth + 2;
            canvas.text(c, row, Difficulty.of(s.difficulty()), look);
            c += 14;
            canvas.text(c, row, CellText.fit(String.join(", ", s.tags()), columns - c - 1), look);
        }
        int previewRule = listTop + listHeight + (scroll.moreBelow() || scroll.moreAbove() ? 1 : 0);
        if (scroll.moreBelow() || scroll.moreAbove()) {
            canvas.text(1, listTop + listHeight, "  (" + library.size() + " scenarios — ↑↓ for more)", Look.DIM);
        }
        Scenario chosen = state.scenario();
        canvas.rule(previewRule, "Briefing");
        List<Line> preview = new java.util.ArrayList<>();
        Customer customer = chosen.customer();
        if (customer != null) {
            preview.addAll(Lines.labelled("Customer: ", Look.TITLE, customer.name() + " — " + customer.persona(), Look.CUSTOMER, columns - 2));
        }
        preview.addAll(Lines.plain(chosen.briefing(), Look.PLAIN, columns - 2));
        int top = previewRule + 1;
        int height = canvas.rows() - 1 - top;
        for (int i = 0; i < Math.min(height, preview.size()); i++) {
            Line l = preview.get(i);
            if (i == height - 1 && preview.size() > height) {
                l = new Line(l.label(), l.labelLook(), CellText.fit(l.text() + " …", columns - 2 - CellText.width(l.label())), l.look());
            }
            l.draw(canvas, 1, top + i, columns - 2);
        }
        statusBar(canvas, canvas.rows() - 1, state, "↑↓ choose  Enter read the briefing  ? help  q quit");
    }

    /**
     * A scrollable page of lines under a header bar. Only the briefing passes a notice (a workshop's
     * welcome back): it leads the bottom bar, the keys after it as far as they fit.
     */
    private static void page(Canvas canvas, String title, List<Line> lines, int offset, String notice, String keys) {
        headerBar(canvas, title, null);
        int top = 2;
        int height = canvas.rows() - Pages.CHROME;
        Scroll scroll = Scroll.fromTop(offset, height, lines.size());
        List<Line> visible = scroll.visible(lines);
        for (int i = 0; i < visible.size(); i++) {
            visible.get(i).draw(canvas, 1, top + i, canvas.columns() - 2);
        }
        String position = scroll.moreAbove() || scroll.moreBelow()
                ? "  " + (scroll.top() + 1) + "–" + Math.min(lines.size(), scroll.top() + height) + " of " + lines.size()
                : "";
        canvas.fill(0, canvas.rows() - 1, canvas.columns(), 1, Look.BAR);
        int used = 0;
        if (notice != null) {
            used = canvas.text(1, canvas.rows() - 1, CellText.fit(notice, canvas.columns() - 2), Look.WARNING) + 2;
        }
        if (used < canvas.columns() - 2) {
            canvas.text(1 + used, canvas.rows() - 1, CellText.fit(keys + position, canvas.columns() - 2 - used), Look.BAR);
        }
    }

    private static void playing(UiState state, Canvas canvas) {
        ConversationState c = state.conversation();
        Scenario s = state.scenario();
        int columns = canvas.columns();
        PlayLayout layout = PlayLayout.of(state);
        headerBar(canvas, header(state), modeAndDifficulty(state));

        // Customer panel.
        Customer customer = s.customer();
        if (customer != null) {
            int used = canvas.text(1, PlayLayout.PANEL_TOP, customer.name(), Look.CUSTOMER);
            canvas.text(1 + used, PlayLayout.PANEL_TOP, CellText.fit(" — " + customer.persona(), columns - 2 - used), Look.PLAIN);
        }
        int used = canvas.text(1, PlayLayout.PANEL_TOP + 1, "Feeling: ", Look.TITLE);
        canvas.text(1 + used, PlayLayout.PANEL_TOP + 1, CellText.fit(c.feeling(), 20), MoodMeter.look(c.moodBand()));
        int meterColumn = Math.max(32, columns - 2 - 48);
        MoodMeter.draw(canvas, meterColumn, PlayLayout.PANEL_TOP + 1, columns - 1 - meterColumn, c.mood());
        for (int i = 0; i < layout.coach().size(); i++) {
            layout.coach().get(i).draw(canvas, 1, PlayLayout.COACH_TOP + i, columns - 2);
        }

        // Conversation.
        Scroll scroll = layout.conversationScroll(state.history());
        String hint = scroll.moreAbove() || scroll.moreBelow()
                ? (scroll.moreBelow() ? "PgDn for newer " : "") + (scroll.moreAbove() ? "PgUp for earlier" : "")
                : null;
        canvas.rule(layout.conversationTop() - 1, "Conversation");
        if (hint != null) {
            String h = " " + hint.strip() + " ";
            canvas.text(columns - 2 - CellText.width(h), layout.conversationTop() - 1, h, Look.DIM);
        }
        List<Line> visible = scroll.visible(layout.conversation());
        for (int i = 0; i < visible.size(); i++) {
            visible.get(i).draw(canvas, 1, layout.conversationTop() + i, columns - 2);
        }

        // Response area.
        canvas.rule(layout.responseRule(), c.isOver() ? "The end" : "Your reply");
        int remaining = state.box().remaining();
        if (layout.boxHeight() > 0 && remaining <= TextBox.SHOW_REMAINING) {
            String left = " " + String.format("%,d", remaining) + (remaining == 1 ? " character" : " characters") + " left ";
            canvas.text(columns - 2 - CellText.width(left), layout.responseRule(), left, remaining > 0 ? Look.DIM : Look.WARNING);
        }
        for (int i = 0; i < layout.options().size(); i++) {
            layout.options().get(i).draw(canvas, 1, layout.responseRule() + 1 + i, columns - 2);
        }
        if (layout.boxHeight() > 0) {
            replyBox(state, canvas, layout);
        }

        // Status bar.
        statusBar(canvas, layout.statusRow(), state, playingKeys(state));
    }

    private static void replyBox(UiState state, Canvas canvas, PlayLayout layout) {
        boolean focused = state.focus() == Focus.TEXT;
        int width = PlayLayout.boxWidth(state);
        int left = 1 + PlayLayout.BOX_PREFIX;
        canvas.text(1, layout.boxTop(), ">", focused ? Look.TRAINEE : Look.DIM);
        if (!focused && state.box().text().isEmpty()) {
            canvas.text(left, layout.boxTop(), "Tab: type your own reply", Look.DIM);
            return;
        }
        TextBox.Layout text = state.box().layout(width);
        // Keep the cursor's line in view: show the last boxHeight lines up to it.
        int first = Math.max(0, text.cursorLine() - layout.boxHeight() + 1);
        for (int i = 0; i < layout.boxHeight() && first + i < text.lines().size(); i++) {
            canvas.text(left, layout.boxTop() + i, text.lines().get(first + i), focused ? Look.PLAIN : Look.DIM, width);
        }
        if (focused) {
            canvas.placeCursor(left + text.cursorColumn(), layout.boxTop() + text.cursorLine() - first);
        }
    }

    private static String playingKeys(UiState state) {
        ConversationState c = state.conversation();
        if (c.isOver()) {
            return "Enter debrief  PgUp/PgDn scroll  q quit";
        }
        if (state.focus() == Focus.TEXT) {
            return "Enter send  Esc leave the box  ←→↑↓ move  PgUp/PgDn scroll  Ctrl-C quit";
        }
        int options = c.node().map(n -> n.options().size()).orElse(0);
        String pick = options == 0 ? null : options == 1 ? "1 pick" : "1–" + options + " pick";
        return keys(state, pick, PlayLayout.typingAllowed(state) ? "Tab type" : null, "h tip",
                state.mode() == Mode.PRACTICE ? "u undo" : null, "PgUp/PgDn scroll", "? help", "q quit");
    }

    private static void confirmQuit(UiState state, Canvas canvas) {
        // The conversation stays visible behind the question.
        draw(state.withScreen(state.behind()).withNotice(null), canvas);
        canvas.hideCursor();
        String[] text = {
            "Quit this run?",
            "",
            "Every reply so far is saved; the run is kept as unfinished",
            "and `hotseat debrief` can still show it.",
            "",
            "y  quit        n or Esc  keep playing",
        };
        int width = 64;
        int height = text.length + 2;
        int left = (canvas.columns() - width) / 2;
        int top = (canvas.rows() - height) / 2;
        canvas.fill(left, top, width, height, Look.SELECTED);
        canvas.box(left, top, width, height, Look.SELECTED);
        for (int i = 0; i < text.length; i++) {
            canvas.text(left + 3, top + 1 + i, text[i], Look.SELECTED, width - 6);
        }
    }
}
