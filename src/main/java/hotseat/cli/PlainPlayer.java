package hotseat.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import java.util.Optional;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationEvent;
import hotseat.conversation.ConversationState;
import hotseat.conversation.Refusal;
import hotseat.conversation.Reply;
import hotseat.conversation.ReplyLimit;
import hotseat.conversation.Turn;
import hotseat.report.Wrap;
import hotseat.scenario.Node;
import hotseat.scenario.Option;
import hotseat.scenario.Scenario;
import hotseat.session.AnswerLine;
import hotseat.session.PlaySession;
import hotseat.session.Played;
import hotseat.tui.CellText;

/**
 * Plays a run line by line: plain text only, no cursor movement and no colour, so it works
 * through pipes, in any terminal and with screen readers. Lines come from the keyboard or from
 * an answers file; both are read by {@link AnswerLine} and played through the {@link PlaySession}.
 */
final class PlainPlayer {
    static final int WIDTH = 78;

    /** How play stopped. */
    enum Stop { ENDED, INPUT_ENDED }

    private final PlaySession session;
    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean echo;
    private final boolean assess;

    /**
     * @param echo   print each line read after the prompt (when the input is not typed at a terminal,
     *               so the transcript shows the answers)
     * @param assess hold coaching notes and scores back until the debrief
     */
    PlainPlayer(PlaySession session, BufferedReader in, PrintWriter out, boolean echo, boolean assess) {
        this.session = session;
        this.in = in;
        this.out = out;
        this.echo = echo;
        this.assess = assess;
    }

    /** Plays until an ending or the end of input; a run that can no longer be recorded stops play with its reason. */
    Stop play() throws IOException {
        briefing(session.state().scenario());
        showNode(session.state());
        while (!session.state().isOver()) {
            Node node = session.state().node().orElseThrow();
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println();
                return Stop.INPUT_ENDED;
            }
            if (echo) {
                out.println(line);
            }
            Optional<Action> action = AnswerLine.read(line, node);
            if (action.isEmpty()) {
                out.println("  " + prompt(node));
                continue;
            }
            Played played = session.apply(action.get());
            if (played.unsaved() != null) {
                throw new CommandFailure(played.unsaved());
            }
            if (played.routing() != null) {
                out.println("  " + Wrap.wrap("Note: " + played.routing(), WIDTH - 2, "  "));
            }
            show(played);
        }
        out.flush();
        return Stop.ENDED;
    }

    private void briefing(Scenario s) {
        out.println(s.title() + "  (difficulty " + s.difficulty() + " of 5, " + session.state().mode().word() + ")");
        out.println("=".repeat(CellText.width(s.title())));
        out.println(Wrap.wrap(s.briefing(), WIDTH, ""));
        if (s.customer() != null) {
            out.println();
            out.println(Wrap.wrap("Customer: " + s.customer().name()
                    + (s.customer().persona() == null ? "" : " — " + s.customer().persona()), WIDTH, "  "));
        }
        out.println();
        out.println(Wrap.wrap(assess
                ? "Assessment: no coaching until the debrief. Enter a number to pick a reply."
                : "Practice: a coaching note follows each reply. Enter a number to pick a reply;"
                + " /hint shows a tip, /undo takes your last reply back.", WIDTH, ""));
    }

    private void show(Played played) {
        for (ConversationEvent e : played.events()) {
            if (e instanceof ConversationEvent.Refused r) {
                out.println("  " + refused(r.reason(), played.action(), played.state()));
            } else if (e instanceof ConversationEvent.HintShown h) {
                out.println("  " + Wrap.wrap("Tip: " + h.tip(), WIDTH - 2, "  "));
            } else if (e instanceof ConversationEvent.Answered a && !assess) {
                coaching(a.turn());
            } else if (e instanceof ConversationEvent.Undone u) {
                out.println("  " + Wrap.wrap("Taken back: \"" + u.turn().replyText() + "\"", WIDTH - 2, "  "));
            } else if (e instanceof ConversationEvent.Arrived) {
                showNode(played.state());
            } else if (e instanceof ConversationEvent.Ended end) {
                out.println();
                out.println("--- The conversation ends: " + end.ending().outcome().word() + " ---");
                if (end.ending().text() != null) {
                    out.println(Wrap.wrap(end.ending().text(), WIDTH, ""));
                }
            }
        }
    }

    private void coaching(Turn t) {
        out.println("  " + Wrap.wrap("Coach: " + t.note(), WIDTH - 2, "  "));
        out.println(String.format(Locale.ROOT, "  calmness %d, acknowledgment %d, resolution %d",
                t.score().calmness(), t.score().acknowledgment(), t.score().resolution()));
    }

    private void showNode(ConversationState s) {
        Node node = s.node().orElseThrow();
        String name = s.scenario().customer() == null ? "Customer" : s.scenario().customer().name();
        out.println();
        out.println(name + " — " + s.feeling() + " · mood " + s.mood() + "/100");
        out.println("  " + Wrap.wrap("\"" + s.customerLine() + "\"", WIDTH - 2, "  "));
        out.println();
        int n = 1;
        for (Option o : node.options()) {
            out.println("  " + n + ". " + Wrap.wrap(o.text(), WIDTH - 5, "     "));
            n++;
        }
        out.println("  " + prompt(node));
    }

    /** What to enter at this node, e.g. "Pick 1 to 3, or type your own reply." */
    static String prompt(Node node) {
        int count = node.options().size();
        String pick = count == 1 ? "Enter 1" : "Pick 1 to " + count;
        if (count == 0) {
            return "Type your reply.";
        }
        return node.allowsTyping() ? pick + ", or type your own reply." : pick + ".";
    }

    /** Why a line was not played, and what to enter instead. */
    static String refused(Refusal reason, Action action, ConversationState state) {
        String prompt = state.node().map(PlainPlayer::prompt).orElse("");
        return switch (reason) {
            case CONVERSATION_OVER -> "The conversation is over.";
            case NO_SUCH_OPTION -> "There is no option " + action.picked() + ". " + prompt;
            case NO_TYPING -> "This turn has no typed reply. " + prompt;
            case TOO_LONG -> ReplyLimit.TOO_LONG + " (This one has "
                    + String.format("%,d", ReplyLimit.length(((Reply.Typed) ((Action.Answer) action).reply()).text().strip())) + ".)";
            case UNDO_IN_ASSESSMENT -> "Taking a reply back is for practice mode; in assessment every reply counts.";
            case NOTHING_TO_UNDO -> "There is no reply to take back yet.";
        };
    }
}
