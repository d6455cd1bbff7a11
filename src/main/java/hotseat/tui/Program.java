package hotseat.tui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The interface without its terminal: the state, {@link Update}, and every effect performed. A
 * message is handled together with the messages its effects answer with, before anything else,
 * so a key never meets a state the run has already moved on from.
 */
final class Program {
    private final Update update;
    private final Performer performer;
    private UiState state;

    Program(Update update, Performer performer, UiState initial) {
        this.update = update;
        this.performer = performer;
        this.state = initial;
    }

    /**
     * Handles {@code msg} and every message its effects answer with, in order, and returns the
     * effects asked for; it stops at a {@link Effect.Quit}, which is then the last.
     */
    List<Effect> send(Msg msg) {
        List<Effect> asked = new ArrayList<>();
        Deque<Msg> queue = new ArrayDeque<>(List.of(msg));
        while (!queue.isEmpty()) {
            Update.Next next = update.update(state, queue.removeFirst());
            state = next.state();
            List<Msg> answers = new ArrayList<>();
            for (Effect effect : next.effects()) {
                asked.add(effect);
                if (effect instanceof Effect.Quit) {
                    return asked;
                }
                Msg answer = performer.perform(effect);
                if (answer != null) {
                    answers.add(answer);
                }
            }
            for (int i = answers.size() - 1; i >= 0; i--) {
                queue.addFirst(answers.get(i));
            }
        }
        return asked;
    }

    UiState state() {
        return state;
    }

    Performer performer() {
        return performer;
    }
}
