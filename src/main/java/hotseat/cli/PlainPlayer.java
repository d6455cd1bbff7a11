package hotseat.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationEvent;
import hotseat.conversation.ConversationState;
import hotseat.conversation.ReplyInput;
import hotseat.conversation.Step;
import hotseat.conversation.Turn;
import hotseat.report.Wrap;
import hotseat.scenario.Node;
import hotseat.scenario.Option;
import hotseat.scenario.Scenario;
import hotseat.store.RunFileException;
import hotseat.store.RunSession;
import hotseat.tui.CellText;

/**
 * Plays a run line by line: plain text only, no cursor movement and no colour, so it works
 * through pipes, in any terminal and with screen readers. Lines come from the keyboard or from
 * an answers file; both are read by {@link ReplyInput}.
 */
final class PlainPlayer {
    static final int WIDTH = 78;

    /** How play stopped. */
    enum Stop { ENDED, INPUT_ENDED }

    private final RunSession session;
    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean echo;
    private final boolean assess;

    /**
     * @param echo   print each line read after the prompt (when the input is not typed at a terminal,
     *               so the transcript shows the answers)
     * @param assess hold coaching notes and scores back until the debrief
     */
    PlainPlayer(RunSession session, BufferedReader in, PrintWriter out, boolean echo, boolean assess) {
        this.session = session;
        this.in = in;
        this.out = out;
        this.echo = echo;
        this.assess = assess;
    }

    Stop play() throws IOException, RunFileException {
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
            ReplyInput.Reading reading = ReplyInput.read(line, node);
            if (reading instanceof ReplyInput.AskAgain again) {
                out.println("  " + again.message());
                continue;
            }
            Action action = ((ReplyInput.Accepted) reading).action();
            Step step = session.apply(action);
            show(step);
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

    private void show(Step step) {
        for (ConversationEvent e : step.events()) {
            if (e instanceof ConversationEvent.Refused r) {
                out.println("  " + r.reason());
            } else if (e instanceof ConversationEvent.HintShown h) {
                out.println("  " + Wrap.wrap("Tip: " + h.tip(), WIDTH - 2, "  "));
            } else if (e instanceof ConversationEvent.Answered a && !assess) {
                coaching(a.turn());
            } else if (e instanceof ConversationEvent.Undone u) {
                out.println("  " + Wrap.wrap("Taken back: \"" + u.turn().replyText() + "\"", WIDTH - 2, "  "));
            } else if (e instanceof ConversationEvent.Arrived) {
                showNode(step.state());
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
        out.println("  " + ReplyInput.prompt(node));
    }
}
