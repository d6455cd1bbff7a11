package hotseat.tui;

import java.util.ArrayList;
import java.util.List;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationEvent;
import hotseat.conversation.ConversationState;
import hotseat.conversation.Mode;
import hotseat.conversation.Refusal;
import hotseat.conversation.Reply;
import hotseat.conversation.ReplyLimit;
import hotseat.conversation.Turn;
import hotseat.scenario.Node;
import hotseat.session.Played;

/**
 * The interface's logic: {@code update(state, message) -> (state, effects)}. Pure — it reads the
 * message and the state and returns what must be done (begin the run, apply an action to it,
 * print, quit) instead of doing it; what the run did comes back as a message.
 */
final class Update {

    /** The next state and the effects to perform, in order. */
    record Next(UiState state, List<Effect> effects) {
        Next {
            effects = List.copyOf(effects);
        }

        static Next of(UiState state, Effect... effects) {
            return new Next(state, List.of(effects));
        }
    }

    private final DebriefText debrief;

    /** @param debrief renders the debrief for its page, once the conversation has ended */
    Update(DebriefText debrief) {
        this.debrief = debrief;
    }

    Next update(UiState state, Msg msg) {
        if (msg instanceof Msg.Resized r) {
            return Next.of(state.withSize(r.size()));
        }
        if (msg instanceof Msg.LibraryLoaded l) {
            UiState loaded = state.withLibrary(l.scenarios());
            return Next.of(l.problem() == null ? loaded : loaded.withNotice(l.problem()));
        }
        if (msg instanceof Msg.Began b) {
            return Next.of(began(state, b));
        }
        if (msg instanceof Msg.Applied a) {
            return Next.of(applied(state, a.played()));
        }
        if (msg instanceof Msg.Hold h) {
            return Next.of(state.withHold(h.message()));
        }
        if (state.hold() != null) {
            // Held from outside: before play the trainee may look around but not begin; in play
            // only leaving works, so a paused room stays where it was.
            KeyStroke key = ((Msg.Key) msg).stroke();
            if (isCtrlC(key) || key.getKeyType() == KeyType.EOF) {
                return quit(state, isCtrlC(key));
            }
            boolean beginning = state.screen() == Screen.BRIEFING && (key.getKeyType() == KeyType.Enter
                    || key.getKeyType() == KeyType.Character && key.getCharacter() == ' ');
            if (!state.beforePlay() || beginning) {
                return Next.of(state);
            }
        }
        // A notice lasts until the next key, except the reason the picker has nothing to offer.
        boolean keep = state.screen() == Screen.PICKER && state.library().isEmpty();
        return key(keep ? state : state.withNotice(null), ((Msg.Key) msg).stroke());
    }

    private Next key(UiState state, KeyStroke key) {
        if (isCtrlC(key) || key.getKeyType() == KeyType.EOF) {
            // Ctrl-C or a closed terminal: leave at once. Every answered turn is already saved.
            return quit(state, isCtrlC(key));
        }
        if (state.tooSmall()) {
            return Next.of(state);
        }
        return switch (state.screen()) {
            case PICKER -> picker(state, key);
            case BRIEFING -> briefing(state, key);
            case PLAYING -> state.focus() == Focus.TEXT ? typing(state, key) : playing(state, key);
            case HELP -> Next.of(state.withScreen(state.behind()).withPage(0));
            case CONFIRM_QUIT -> confirmQuit(state, key);
            case DEBRIEF -> debrief(state, key);
            case TOO_SMALL -> Next.of(state);
        };
    }

    private Next picker(UiState state, KeyStroke key) {
        int n = state.library().size();
        if (n == 0) {
            // Still loading (or nothing could be loaded): only help and leaving make sense.
            boolean leave = key.getKeyType() == KeyType.Escape
                    || key.getKeyType() == KeyType.Character && key.getCharacter() == 'q';
            boolean help = key.getKeyType() == KeyType.Character && key.getCharacter() == '?';
            return leave ? Next.of(state, new Effect.Quit()) : help ? help(state) : Next.of(state);
        }
        return switch (key.getKeyType()) {
            case ArrowUp -> Next.of(state.withChoice(Math.max(0, state.choice() - 1)));
            case ArrowDown -> Next.of(state.withChoice(Math.min(n - 1, state.choice() + 1)));
            case Home -> Next.of(state.withChoice(0));
            case End -> Next.of(state.withChoice(n - 1));
            case Enter -> Next.of(state.withScreen(Screen.BRIEFING).withPage(0));
            case Escape -> Next.of(state, new Effect.Quit());
            case Character -> switch (key.getCharacter()) {
                case 'k' -> picker(state, new KeyStroke(KeyType.ArrowUp));
                case 'j' -> picker(state, new KeyStroke(KeyType.ArrowDown));
                case ' ' -> picker(state, new KeyStroke(KeyType.Enter));
                case '?' -> help(state);
                case 'q' -> Next.of(state, new Effect.Quit());
                default -> Next.of(state);
            };
            default -> Next.of(state);
        };
    }

    private Next briefing(UiState state, KeyStroke key) {
        int page = pageHeight(state);
        return switch (key.getKeyType()) {
            case Enter -> begin(state);
            case Escape -> state.picking() ? Next.of(state.withScreen(Screen.PICKER)) : Next.of(state);
            case PageUp, ArrowUp -> Next.of(state.withPage(Math.max(0, state.page() - (key.getKeyType() == KeyType.PageUp ? page : 1))));
            case PageDown, ArrowDown -> Next.of(state.withPage(Math.min(briefingMax(state), state.page() + (key.getKeyType() == KeyType.PageDown ? page : 1))));
            case Character -> switch (key.getCharacter()) {
                case ' ' -> begin(state);
                case '?' -> help(state);
                case 'q' -> Next.of(state, new Effect.Quit());
                default -> Next.of(state);
            };
            default -> Next.of(state);
        };
    }

    private static Next begin(UiState state) {
        return Next.of(state, new Effect.Begin(state.playable()));
    }

    /** The run has begun: the customer speaks. */
    private static UiState began(UiState state, Msg.Began b) {
        UiState next = focusFor(state.withConversation(b.start()).withScreen(Screen.PLAYING).withPage(0).withHistory(0)
                .withBox(TextBox.EMPTY).withNote(null));
        return b.unsaved() == null ? next : next.withNotice(unsaved(b.unsaved()));
    }

    /** A turn with only a reply box starts in the box; a turn with options starts on them. */
    private static UiState focusFor(UiState state) {
        ConversationState c = state.conversation();
        boolean onlyTyping = c != null && c.node().map(n -> n.options().isEmpty() && n.allowsTyping()).orElse(false);
        return state.withFocus(onlyTyping ? Focus.TEXT : Focus.OPTIONS);
    }

    private Next playing(UiState state, KeyStroke key) {
        ConversationState c = state.conversation();
        switch (key.getKeyType()) {
            case PageUp -> {
                return scrollHistory(state, +conversationPage(state));
            }
            case PageDown -> {
                return scrollHistory(state, -conversationPage(state));
            }
            case ArrowUp -> {
                return scrollHistory(state, +1);
            }
            case ArrowDown -> {
                return scrollHistory(state, -1);
            }
            case Enter -> {
                return c.isOver() ? showDebrief(state) : Next.of(state.withNotice(prompt(c)));
            }
            case Tab -> {
                return enterBox(state);
            }
            case Escape -> {
                return Next.of(state);
            }
            case Character -> {
                // handled below
            }
            default -> {
                return Next.of(state);
            }
        }
        char ch = key.getCharacter();
        if (ch == '?') {
            return help(state);
        }
        if (ch == 'q') {
            return c.isOver() ? Next.of(state, new Effect.Quit()) : Next.of(state.over(Screen.CONFIRM_QUIT));
        }
        if (c.isOver()) {
            return Next.of(state);
        }
        if (ch >= '1' && ch <= '9') {
            return act(state, Action.answer(Reply.pick(ch - '0')));
        }
        return switch (ch) {
            case 'h' -> act(state, Action.HINT);
            case 'u' -> act(state, Action.UNDO);
            case 't' -> enterBox(state);
            default -> Next.of(state.withNotice(prompt(c) + " Press ? for help."));
        };
    }

    private Next enterBox(UiState state) {
        if (!PlayLayout.typingAllowed(state)) {
            return Next.of(state.withNotice(refused(Refusal.NO_TYPING, null, state.conversation())));
        }
        return Next.of(state.withFocus(Focus.TEXT));
    }

    private Next typing(UiState state, KeyStroke key) {
        TextBox box = state.box();
        int width = PlayLayout.boxWidth(state);
        return switch (key.getKeyType()) {
            case Character -> key.isCtrlDown() || key.isAltDown() ? Next.of(state) : type(state, key.getCharacter());
            case Backspace -> Next.of(state.withBox(box.backspace()));
            case Delete -> Next.of(state.withBox(box.delete()));
            case ArrowLeft -> Next.of(state.withBox(box.left()));
            case ArrowRight -> Next.of(state.withBox(box.right()));
            case ArrowUp -> Next.of(state.withBox(box.up(width)));
            case ArrowDown -> Next.of(state.withBox(box.down(width)));
            case Home -> Next.of(state.withBox(box.home(width)));
            case End -> Next.of(state.withBox(box.end(width)));
            case PageUp -> scrollHistory(state, +conversationPage(state));
            case PageDown -> scrollHistory(state, -conversationPage(state));
            case Escape -> Next.of(state.withFocus(Focus.OPTIONS));
            case Tab, ReverseTab -> state.conversation().node().map(n -> n.options().isEmpty()).orElse(true)
                    ? Next.of(state)
                    : Next.of(state.withFocus(Focus.OPTIONS));
            case Enter -> box.isBlank()
                    ? Next.of(state.withNotice("Type a reply first, then press Enter to send it."))
                    : act(state, Action.answer(Reply.typed(box.text().strip())));
            default -> Next.of(state);
        };
    }

    /** A character typed into the box, or the reason it was refused when the box is full. */
    private static Next type(UiState state, char c) {
        TextBox box = state.box().insert(c);
        if (box == state.box() && box.remaining() <= 0) {
            return Next.of(state.withNotice(ReplyLimit.TOO_LONG));
        }
        return Next.of(state.withBox(box));
    }

    /** Asks for an action to be applied to the run; what it did arrives as {@link Msg.Applied}. */
    private static Next act(UiState state, Action action) {
        return Next.of(state, new Effect.Apply(action));
    }

    /** Shows what the run did with an action: why it was refused, or the conversation as it now stands. */
    private UiState applied(UiState state, Played played) {
        if (played.refusal().isPresent()) {
            return state.withNotice(refused(played.refusal().get(), played.action(), state.conversation()));
        }
        UiState next = state.withConversation(played.state());
        for (ConversationEvent e : played.events()) {
            if (e instanceof ConversationEvent.Answered a) {
                next = next.withNote(state.mode() == Mode.PRACTICE ? coachNote(a.turn()) : null);
                if (a.turn().reply() instanceof Reply.Typed) {
                    next = next.withBox(TextBox.EMPTY);
                }
                next = focusFor(next.withHistory(0));
            } else if (e instanceof ConversationEvent.Undone u) {
                next = focusFor(next.withNote(null).withHistory(0))
                        .withNotice("Took back your last reply (counted in the debrief).");
                next = withUndoneWords(next, u.turn());
            } else if (e instanceof ConversationEvent.HintShown h) {
                next = next.withNote("Tip — " + h.tip());
            } else if (e instanceof ConversationEvent.Ended) {
                next = next.withDebrief(debrief.render(played.debrief()));
            }
        }
        if (played.routing() != null) {
            next = next.withNotice(played.routing());
        }
        return played.unsaved() == null ? next : next.withNotice(unsaved(played.unsaved()));
    }

    private static String unsaved(String reason) {
        return "Could not save the run: " + reason;
    }

    /** Why the run did not take an action, in this interface's words (its keys, its reply box). */
    private static String refused(Refusal reason, Action action, ConversationState c) {
        return switch (reason) {
            case CONVERSATION_OVER -> "The conversation is over.";
            case NO_SUCH_OPTION -> c.node().map(n -> n.options().isEmpty()).orElse(true)
                    ? "This turn has no options. " + prompt(c)
                    : "There is no option " + action.picked() + ". " + prompt(c);
            case NO_TYPING -> "This turn has no typed reply. " + prompt(c);
            case TOO_LONG -> ReplyLimit.TOO_LONG;
            case UNDO_IN_ASSESSMENT -> "Taking a reply back is for practice mode; in assessment every reply stands.";
            case NOTHING_TO_UNDO -> "There is no reply to take back yet.";
        };
    }

    /** A typed reply that was taken back goes back into the box, to be changed rather than typed again. */
    private static UiState withUndoneWords(UiState state, Turn undone) {
        if (undone.reply() instanceof Reply.Typed typed && PlayLayout.typingAllowed(state)) {
            return state.withBox(new TextBox(typed.text(), typed.text().length())).withFocus(Focus.TEXT);
        }
        return state;
    }

    /** The engine's note on a reply, with the reply's three scores after it. */
    private static String coachNote(Turn turn) {
        String note = turn.note() == null || turn.note().isBlank() ? "" : turn.note().strip() + " ";
        return note + "(calmness " + turn.score().calmness() + ", acknowledgment " + turn.score().acknowledgment()
                + ", resolution " + turn.score().resolution() + ")";
    }

    private static Next showDebrief(UiState state) {
        return Next.of(state.withScreen(Screen.DEBRIEF).withPage(0));
    }

    private Next debrief(UiState state, KeyStroke key) {
        int page = pageHeight(state);
        int max = Math.max(0, Pages.debrief(state.debrief(), state.size().getColumns() - 2).size() - page);
        int p = state.page();
        return switch (key.getKeyType()) {
            case ArrowUp -> Next.of(state.withPage(Math.max(0, p - 1)));
            case ArrowDown -> Next.of(state.withPage(Math.min(max, p + 1)));
            case PageUp -> Next.of(state.withPage(Math.max(0, p - page)));
            case PageDown -> Next.of(state.withPage(Math.min(max, p + page)));
            case Home -> Next.of(state.withPage(0));
            case End -> Next.of(state.withPage(max));
            case Enter, Escape -> quit(state);
            case Character -> switch (key.getCharacter()) {
                case 'k' -> Next.of(state.withPage(Math.max(0, p - 1)));
                case 'j' -> Next.of(state.withPage(Math.min(max, p + 1)));
                case ' ' -> Next.of(state.withPage(Math.min(max, p + page)));
                case 'q' -> quit(state);
                case '?' -> help(state);
                default -> Next.of(state);
            };
            default -> Next.of(state);
        };
    }

    private Next confirmQuit(UiState state, KeyStroke key) {
        boolean yes = key.getKeyType() == KeyType.Character
                && (key.getCharacter() == 'y' || key.getCharacter() == 'Y' || key.getCharacter() == 'q');
        if (yes) {
            return quit(state.withScreen(state.behind()));
        }
        boolean no = key.getKeyType() == KeyType.Escape
                || key.getKeyType() == KeyType.Character && (key.getCharacter() == 'n' || key.getCharacter() == 'N');
        return no ? Next.of(state.withScreen(state.behind())) : Next.of(state.withNotice("y quits, n or Esc keeps playing."));
    }

    /** Leaves: a finished conversation's debrief is printed once the terminal is back to normal. */
    private static Next quit(UiState state) {
        return quit(state, false);
    }

    private static Next quit(UiState state, boolean interrupted) {
        List<Effect> effects = new ArrayList<>();
        if (state.conversation() != null && state.conversation().isOver()) {
            effects.add(new Effect.PrintDebrief());
        }
        effects.add(new Effect.Quit(interrupted));
        return new Next(state, effects);
    }

    private static Next help(UiState state) {
        return Next.of(state.over(Screen.HELP).withPage(0));
    }

    private static Next scrollHistory(UiState state, int delta) {
        PlayLayout layout = PlayLayout.of(state);
        int max = layout.conversationScroll(0).maxOffset();
        return Next.of(state.withHistory(Math.max(0, Math.min(max, state.history() + delta))));
    }

    private static int conversationPage(UiState state) {
        return Math.max(1, PlayLayout.of(state).conversationHeight() - 1);
    }

    private static int pageHeight(UiState state) {
        return Math.max(1, state.size().getRows() - Pages.CHROME);
    }

    private static int briefingMax(UiState state) {
        int lines = Pages.briefing(state.scenario(), state.mode(), state.size().getColumns() - 2).size();
        return Math.max(0, lines - pageHeight(state));
    }

    private static String prompt(ConversationState c) {
        Node node = c.node().orElse(null);
        if (node == null) {
            return "";
        }
        int count = node.options().size();
        String pick = count == 1 ? "Press 1" : "Pick 1–" + count;
        if (count == 0) {
            return "Press Tab and type your reply.";
        }
        return node.allowsTyping() ? pick + ", or press Tab to type your own reply." : pick + ".";
    }

    private static boolean isCtrlC(KeyStroke key) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown()
                && (key.getCharacter() == 'c' || key.getCharacter() == 'C');
    }
}
