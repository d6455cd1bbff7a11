package hotseat.tui;

import java.io.IOException;

import hotseat.session.PlaySession;
import hotseat.session.PlaySettings;

/**
 * Performs the effects that reach the run: it begins the {@link PlaySession} and hands it each
 * action, and answers with the message that says what happened. Leaving and printing are the
 * caller's.
 */
final class Performer {
    private final PlaySettings settings;
    private final FullScreen.Starter starter;
    private PlaySession session;

    Performer(PlaySettings settings) {
        this(settings, playable -> PlaySession.begin(playable, settings));
    }

    Performer(PlaySettings settings, FullScreen.Starter starter) {
        this.settings = settings;
        this.starter = starter;
    }

    /** The message that reports what {@code effect} did; null for an effect that is not about the run. */
    Msg perform(Effect effect) {
        if (effect instanceof Effect.Begin b) {
            try {
                session = starter.start(b.playable());
                return new Msg.Began(session.state(), null);
            } catch (IOException e) {
                // Play goes on; the trainee is told the run is not being kept.
                session = PlaySession.unrecorded(b.playable(), settings);
                return new Msg.Began(session.state(), e.getMessage() == null ? e.toString() : e.getMessage());
            }
        }
        if (effect instanceof Effect.Apply a) {
            return new Msg.Applied(session.apply(a.action()));
        }
        return null;
    }

    /** The run played, or null when none was begun. */
    PlaySession session() {
        return session;
    }
}
