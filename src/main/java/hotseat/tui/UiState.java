package hotseat.tui;

import java.util.List;
import java.util.function.Consumer;

import com.googlecode.lanterna.TerminalSize;

import hotseat.conversation.ConversationState;
import hotseat.conversation.Mode;
import hotseat.scenario.Scenario;
import hotseat.session.Playable;

/**
 * Everything the interface shows, as one immutable value; {@link Update} makes the next one and
 * {@link View} draws it. The conversation itself is the state the play session last reported,
 * held as it is.
 *
 * @param screen        the screen showing (help and confirm-quit lie over {@code behind})
 * @param behind        the screen to return to from help or confirm-quit
 * @param library       the scenarios the picker offers (one when a scenario was named)
 * @param choice        the picker's selected scenario
 * @param picking       whether the run began at the picker (Esc on the briefing goes back)
 * @param mode          practice or assessment
 * @param conversation  the conversation as the play session last reported it; null before the customer speaks
 * @param box           the reply being typed, and its cursor
 * @param focus         options (command keys) or the reply box
 * @param history       lines scrolled up from the newest in the conversation pane (0 follows it)
 * @param page          lines scrolled down in a page view: briefing, help, debrief
 * @param note          the coaching note or tip shown in the customer panel, or null
 * @param notice        a one-line message in the status bar until the next key, or null
 * @param debrief       the debrief's text once the conversation has ended, else null
 * @param size          the terminal's size
 * @param hold          a message from outside the run that holds it (a workshop's facilitator
 *                      has paused the room, or not yet started it): shown over every screen,
 *                      and until it is lifted no key but Ctrl-C does anything; null when none
 */
record UiState(
        Screen screen,
        Screen behind,
        List<Playable> library,
        int choice,
        boolean picking,
        Mode mode,
        ConversationState conversation,
        TextBox box,
        Focus focus,
        int history,
        int page,
        String note,
        String notice,
        String debrief,
        TerminalSize size,
        String hold) {

    /** The smallest terminal the layout is made for. */
    static final TerminalSize MINIMUM = new TerminalSize(80, 24);

    UiState {
        library = List.copyOf(library);
        box = box == null ? TextBox.EMPTY : box;
        focus = focus == null ? Focus.OPTIONS : focus;
        size = size == null ? MINIMUM : size;
    }

    /** Opens on the picker over {@code library}; an empty library shows that it is loading. */
    static UiState picker(List<Playable> library, Mode mode) {
        return new UiState(Screen.PICKER, Screen.PICKER, library, 0, true, mode, null,
                TextBox.EMPTY, Focus.OPTIONS, 0, 0, null, null, null, MINIMUM, null);
    }

    /** Opens on the briefing of one scenario. */
    static UiState briefing(Playable scenario, Mode mode) {
        return picker(List.of(scenario), mode).with(s -> {
            s.screen = Screen.BRIEFING;
            s.behind = Screen.BRIEFING;
            s.picking = false;
        });
    }

    /** The picker before the library has arrived. */
    static UiState loading(Mode mode) {
        return picker(List.of(), mode);
    }

    /** The scenario chosen in the picker (the only one when a scenario was named). */
    Playable playable() {
        return library.get(choice);
    }

    Scenario scenario() {
        return playable().scenario();
    }

    /** The screen to draw: {@link Screen#TOO_SMALL} whenever the terminal is below the minimum. */
    Screen shown() {
        return tooSmall() ? Screen.TOO_SMALL : screen;
    }

    /** Whether no run has begun yet: the picker, the briefing, or help over them. */
    boolean beforePlay() {
        return conversation == null && (screen == Screen.PICKER || screen == Screen.BRIEFING
                || screen == Screen.HELP && (behind == Screen.PICKER || behind == Screen.BRIEFING));
    }

    boolean tooSmall() {
        return size.getColumns() < MINIMUM.getColumns() || size.getRows() < MINIMUM.getRows();
    }

    UiState withLibrary(List<Playable> scenarios) {
        return with(s -> {
            s.library = scenarios;
            s.choice = 0;
        });
    }

    UiState withScreen(Screen screen) {
        return with(s -> s.screen = screen);
    }

    UiState over(Screen overlay) {
        return with(s -> {
            s.behind = screen;
            s.screen = overlay;
        });
    }

    UiState withChoice(int choice) {
        return with(s -> s.choice = choice);
    }

    UiState withConversation(ConversationState conversation) {
        return with(s -> s.conversation = conversation);
    }

    UiState withBox(TextBox box) {
        return with(s -> s.box = box);
    }

    UiState withFocus(Focus focus) {
        return with(s -> s.focus = focus);
    }

    UiState withHistory(int history) {
        return with(s -> s.history = history);
    }

    UiState withPage(int page) {
        return with(s -> s.page = page);
    }

    UiState withNote(String note) {
        return with(s -> s.note = note);
    }

    UiState withNotice(String notice) {
        return with(s -> s.notice = notice);
    }

    UiState withDebrief(String debrief) {
        return with(s -> s.debrief = debrief);
    }

    UiState withSize(TerminalSize size) {
        return with(s -> s.size = size);
    }

    UiState withHold(String hold) {
        return with(s -> s.hold = hold);
    }

    /** A copy with what {@code change} sets on a draft of this state. */
    private UiState with(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return new UiState(d.screen, d.behind, d.library, d.choice, d.picking, d.mode, d.conversation, d.box, d.focus,
                d.history, d.page, d.note, d.notice, d.debrief, d.size, d.hold);
    }

    /** The fields of a state being changed: each {@code with…} sets only its own. */
    private static final class Draft {
        Screen screen;
        Screen behind;
        List<Playable> library;
        int choice;
        boolean picking;
        Mode mode;
        ConversationState conversation;
        TextBox box;
        Focus focus;
        int history;
        int page;
        String note;
        String notice;
        String debrief;
        TerminalSize size;
        String hold;

        Draft(UiState s) {
            screen = s.screen;
            behind = s.behind;
            library = s.library;
            choice = s.choice;
            picking = s.picking;
            mode = s.mode;
            conversation = s.conversation;
            box = s.box;
            focus = s.focus;
            history = s.history;
            page = s.page;
            note = s.note;
            notice = s.notice;
            debrief = s.debrief;
            size = s.size;
            hold = s.hold;
        }
    }
}
