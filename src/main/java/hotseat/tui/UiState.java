package hotseat.tui;

import java.util.List;

import com.googlecode.lanterna.TerminalSize;

import hotseat.conversation.ConversationState;
import hotseat.conversation.Mode;
import hotseat.scenario.Scenario;

/**
 * Everything the interface shows, as one immutable value; {@link Update} makes the next one and
 * {@link View} draws it. The conversation itself is the engine's state, held as it is.
 *
 * @param screen        the screen showing (help and confirm-quit lie over {@code behind})
 * @param behind        the screen to return to from help or confirm-quit
 * @param library       the scenarios the picker offers (one when a scenario was named)
 * @param choice        the picker's selected scenario
 * @param picking       whether the run began at the picker (Esc on the briefing goes back)
 * @param mode          practice or assessment
 * @param seed          the seed the run is played with
 * @param conversation  the engine's state; null before the customer speaks
 * @param box           the reply being typed, and its cursor
 * @param focus         options (command keys) or the reply box
 * @param history       lines scrolled up from the newest in the conversation pane (0 follows it)
 * @param page          lines scrolled down in a page view: briefing, help, debrief
 * @param note          the coaching note or tip shown in the customer panel, or null
 * @param notice        a one-line message in the status bar until the next key, or null
 * @param debrief       the debrief text once the conversation has ended, else null
 * @param size          the terminal's size
 */
record UiState(
        Screen screen,
        Screen behind,
        List<Scenario> library,
        int choice,
        boolean picking,
        Mode mode,
        long seed,
        ConversationState conversation,
        TextBox box,
        Focus focus,
        int history,
        int page,
        String note,
        String notice,
        String debrief,
        TerminalSize size) {

    /** The smallest terminal the layout is made for. */
    static final TerminalSize MINIMUM = new TerminalSize(80, 24);

    UiState {
        library = List.copyOf(library);
        box = box == null ? TextBox.EMPTY : box;
        focus = focus == null ? Focus.OPTIONS : focus;
        size = size == null ? MINIMUM : size;
    }

    /** Opens on the picker over {@code library}; an empty library shows that it is loading. */
    static UiState picker(List<Scenario> library, Mode mode, long seed) {
        return new UiState(Screen.PICKER, Screen.PICKER, library, 0, true, mode, seed, null,
                TextBox.EMPTY, Focus.OPTIONS, 0, 0, null, null, null, MINIMUM);
    }

    /** Opens on the briefing of one scenario. */
    static UiState briefing(Scenario scenario, Mode mode, long seed) {
        return new UiState(Screen.BRIEFING, Screen.BRIEFING, List.of(scenario), 0, false, mode, seed, null,
                TextBox.EMPTY, Focus.OPTIONS, 0, 0, null, null, null, MINIMUM);
    }

    /** The picker before the library has arrived. */
    static UiState loading(Mode mode, long seed) {
        return picker(List.of(), mode, seed);
    }

    UiState withLibrary(List<Scenario> scenarios) {
        return new UiState(screen, behind, scenarios, 0, picking, mode, seed, conversation, box, focus, history, page, note, notice, debrief, size);
    }

    Scenario scenario() {
        return library.get(choice);
    }

    /** The screen to draw: {@link Screen#TOO_SMALL} whenever the terminal is below the minimum. */
    Screen shown() {
        return tooSmall() ? Screen.TOO_SMALL : screen;
    }

    boolean tooSmall() {
        return size.getColumns() < MINIMUM.getColumns() || size.getRows() < MINIMUM.getRows();
    }

    /** True while a conversation is under way and not yet ended. */
    boolean inConversation() {
        return conversation != null && !conversation.isOver();
    }

    UiState withScreen(Screen s) {
        return new UiState(s, behind, library, choice, picking, mode, seed, conversation, box, focus, history, page, note, notice, debrief, size);
    }

    UiState over(Screen overlay) {
        return new UiState(overlay, screen, library, choice, picking, mode, seed, conversation, box, focus, history, page, note, notice, debrief, size);
    }

    UiState withChoice(int c) {
        return new UiState(screen, behind, library, c, picking, mode, seed, conversation, box, focus, history, page, note, notice, debrief, size);
    }

    UiState withConversation(ConversationState c) {
        return new UiState(screen, behind, library, choice, picking, mode, seed, c, box, focus, history, page, note, notice, debrief, size);
    }

    UiState withBox(TextBox b) {
        return new UiState(screen, behind, library, choice, picking, mode, seed, conversation, b, focus, history, page, note, notice, debrief, size);
    }

    UiState withFocus(Focus f) {
        return new UiState(screen, behind, library, choice, picking, mode, seed, conversation, box, f, history, page, note, notice, debrief, size);
    }

    UiState withHistory(int h) {
        return new UiState(screen, behind, library, choice, picking, mode, seed, conversation, box, focus, h, page, note, notice, debrief, size);
    }

    UiState withPage(int p) {
        return new UiState(screen, behind, library, choice, picking, mode, seed, conversation, box, focus, history, p, note, notice, debrief, size);
    }

    UiState withNote(String n) {
        return new UiState(screen, behind, library, choice, picking, mode, seed, conversation, box, focus, history, page, n, notice, debrief, size);
    }

    UiState withNotice(String n) {
        return new UiState(screen, behind, library, choice, picking, mode, seed, conversation, box, focus, history, page, note, n, debrief, size);
    }

    UiState withDebrief(String d) {
        return new UiState(screen, behind, library, choice, picking, mode, seed, conversation, box, focus, history, page, note, notice, d, size);
    }

    UiState withSize(TerminalSize s) {
        return new UiState(screen, behind, library, choice, picking, mode, seed, conversation, box, focus, history, page, note, notice, debrief, s);
    }
}
