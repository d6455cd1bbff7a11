package hotseat.cohort;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationEngine;
import hotseat.conversation.Mode;
import hotseat.conversation.Reply;
import hotseat.load.LoadedScenario;
import hotseat.load.ScenarioLoader;
import hotseat.load.ScoringFiles;
import hotseat.session.PlaySession;
import hotseat.session.PlaySettings;
import hotseat.session.Playable;
import hotseat.store.RunDatabase;

/**
 * A known room of runs, played through {@link PlaySession} with the real scorer into a real run
 * database, on the small test scenario {@code play/late-parcel.yaml}, with the seconds each reply
 * took set by hand. The sessions are kept so tests can check the report's figures against what
 * the play itself recorded.
 */
public final class Workshop {
    public final List<PlaySession> sessions = new ArrayList<>();
    private final Playable parcel;
    private final ConversationEngine engine = new ConversationEngine(ScoringFiles.standardScorer());

    public Workshop() throws Exception {
        Path file = Path.of(Workshop.class.getResource("/play/late-parcel.yaml").toURI());
        LoadedScenario loaded = new ScenarioLoader().load(file, "late-parcel.yaml");
        parcel = new Playable(loaded.scenario(), "late-parcel.yaml", loaded.sha256(), loaded.text());
    }

    public Playable parcel() {
        return parcel;
    }

    /** A typed reply that falls short at the opening: no acknowledgment, no fix. */
    public static final String FLAT = "Whatever. Not my problem, you will have to wait like everyone else.";
    /** The opening's model answer, typed: resolved at once. */
    public static final String STRONG = "I'm so sorry, six days with no parcel and the party on Saturday. I'll trace it now and call you back by 5 pm.";
    /** Asks about a refund: routed to wants_present. */
    public static final String REFUND = "I can give you a refund.";

    /**
     * Plays the room into {@code db}:
     * <ul>
     *   <li>ana (2 Mar 09:00): option 1 after 10 s, option 1 after 20 s — resolved;</li>
     *   <li>ben (2 Mar 09:05): option 2 ("Calm down") after 5 s, then option 1 after 15 s;</li>
     *   <li>cy (2 Mar 09:10): {@link #FLAT} typed after 40 s, then option 1 after 25 s;</li>
     *   <li>dee (2 Mar 09:15): {@link #STRONG} typed after 30 s;</li>
     *   <li>eve (2 Mar 09:20): option 2 after 3 s, undo 2 s later, option 1 after 8 s, then stops;</li>
     *   <li>ana again (5 Mar 14:00): {@link #REFUND} typed after 12 s, then option 1 after 6 s.</li>
     * </ul>
     */
    public Workshop play(RunDatabase db) throws Exception {
        run(db, "ana", "2026-03-02T09:00:00Z", 10, pick(1), 20, pick(1));
        run(db, "ben", "2026-03-02T09:05:00Z", 5, pick(2), 15, pick(1));
        run(db, "cy", "2026-03-02T09:10:00Z", 40, Action.answer(Reply.typed(FLAT)), 25, pick(1));
        run(db, "dee", "2026-03-02T09:15:00Z", 30, Action.answer(Reply.typed(STRONG)));
        run(db, "eve", "2026-03-02T09:20:00Z", 3, pick(2), 2, Action.UNDO, 8, pick(1));
        run(db, "ana", "2026-03-05T14:00:00Z", 12, Action.answer(Reply.typed(REFUND)), 6, pick(1));
        return this;
    }

    private static Action pick(int n) {
        return Action.answer(Reply.pick(n));
    }

    /** Plays one run: pairs of seconds to wait and the action then taken; stops when the conversation ends. */
    private void run(RunDatabase db, String trainee, String start, Object... steps) throws Exception {
        SteppingClock clock = new SteppingClock(start);
        PlaySession s = PlaySession.begin(parcel, new PlaySettings(engine, db, Mode.PRACTICE, 1, clock, trainee));
        for (int i = 0; i < steps.length && !s.state().isOver(); i += 2) {
            clock.after(((Number) steps[i]).longValue());
            var played = s.apply((Action) steps[i + 1]);
            if (played.refusal().isPresent()) {
                throw new IllegalStateException(trainee + ": " + steps[i + 1] + " refused: " + played.refusal().get());
            }
        }
        sessions.add(s);
    }
}
