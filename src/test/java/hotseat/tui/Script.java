package hotseat.tui;

import java.util.ArrayList;
import java.util.List;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import hotseat.conversation.ConversationEngine;
import hotseat.conversation.ConversationState;
import hotseat.conversation.Mode;
import hotseat.debrief.DebriefBuilder;
import hotseat.report.TextReport;
import hotseat.scoring.ReplyScore;

/** Drives {@link Update} with scripted keys, keeping every effect it asked for. */
final class Script {
    /** A fixed middling score for typed replies: these tests are about the screen, not the scoring. */
    static final ConversationEngine ENGINE = new ConversationEngine((reply, context) -> new ReplyScore(60, 60, 60, List.of()));

    /** The debrief as the command line renders it. */
    static String debrief(ConversationState c, boolean colour) {
        return TextReport.render(DebriefBuilder.build(c), colour);
    }

    final Update update = new Update(ENGINE, Script::debrief);
    UiState state;
    final List<Effect> effects = new ArrayList<>();

    Script(UiState start) {
        this.state = start;
    }

    static Script picker() {
        return new Script(UiState.picker(TestScenarios.library(), Mode.PRACTICE, 7));
    }

    static Script briefing(Mode mode) {
        return new Script(UiState.briefing(TestScenarios.parcel(), mode, 7));
    }

    Script size(int columns, int rows) {
        return send(new Msg.Resized(new TerminalSize(columns, rows)));
    }

    Script send(Msg msg) {
        Update.Next next = update.update(state, msg);
        state = next.state();
        effects.addAll(next.effects());
        return this;
    }

    Script key(KeyType type) {
        return send(Msg.key(new KeyStroke(type)));
    }

    /** Presses each character as a key. */
    Script type(String text) {
        for (char c : text.toCharArray()) {
            send(Msg.key(new KeyStroke(c, false, false)));
        }
        return this;
    }

    Script ctrl(char c) {
        return send(Msg.key(new KeyStroke(c, true, false)));
    }

    String screen() {
        return ScreenText.render(state);
    }

    <T extends Effect> List<T> effects(Class<T> kind) {
        return effects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
