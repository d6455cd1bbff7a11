package hotseat.session;

import java.time.Clock;

import hotseat.conversation.ConversationEngine;
import hotseat.conversation.Mode;

/**
 * Everything a run needs besides its scenario.
 *
 * @param engine   plays the conversation (with the scorer it was given)
 * @param recorder where the run is recorded
 * @param mode     practice or assessment
 * @param seed     the run's seed, recorded with it
 * @param clock    the run's times
 * @param trainee  who plays, recorded with the run (null: not known)
 */
public record PlaySettings(ConversationEngine engine, RunRecorder recorder, Mode mode, long seed, Clock clock,
                           String trainee) {

    /** Settings for a run whose trainee is not known. */
    public PlaySettings(ConversationEngine engine, RunRecorder recorder, Mode mode, long seed, Clock clock) {
        this(engine, recorder, mode, seed, clock, null);
    }

    /** The same settings, recording nothing. */
    public PlaySettings unrecorded() {
        return new PlaySettings(engine, RunRecorder.NOWHERE, mode, seed, clock, trainee);
    }
}
