package hotseat.tui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import hotseat.conversation.ConversationEngine;
import hotseat.conversation.Mode;
import hotseat.scoring.ReplyScore;
import hotseat.session.PlaySettings;
import hotseat.session.RunRecorder;

/** Drives the interface's {@link Program} with scripted keys, keeping every effect it asked for. */
final class Script {
    /** A fixed middling score for typed replies: these tests are about the screen, not the scoring. */
    static final ConversationEngine ENGINE = new ConversationEngine((reply, context) -> new ReplyScore(60, 60, 60, List.of()));

    final Program program;
    UiState state;
    final List<Effect> effects = new ArrayList<>();

    Script(UiState start) {
        this(start, RunRecorder.NOWHERE);
    }

    Script(UiState start, RunRecorder recorder) {
        this(start, recorder, ENGINE);
    }

    /** With {@code engine} playing the conversation (a benchmark's real scorer and model). */
    Script(UiState start, RunRecorder recorder, ConversationEngine engine) {
        this.program = program(start, recorder, FullScreen.DEBRIEF, engine);
        this.state = start;
    }

    /** The interface as the command line runs it, with the test engine and a fixed seed and clock. */
    static Program program(UiState start, RunRecorder recorder, DebriefText debrief) {
        return program(start, recorder, debrief, ENGINE);
    }

    static Program program(UiState start, RunRecorder recorder, DebriefText debrief, ConversationEngine engine) {
        PlaySettings settings = new PlaySettings(engine, recorder, start.mode(), 7,
                Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
        return new Program(new Update(debrief), new Performer(settings), start);
    }

    static Script picker() {
        return new Script(UiState.picker(TestScenarios.library(), Mode.PRACTICE));
    }

    static Script briefing(Mode mode) {
        return new Script(UiState.briefing(TestScenarios.playable(TestScenarios.parcel()), mode));
    }

    Script size(int columns, int rows) {
        return send(new Msg.Resized(new TerminalSize(columns, rows)));
    }

    Script send(Msg msg) {
        effects.addAll(program.send(msg));
        state = program.state();
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
