package hotseat.session;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationEngine;
import hotseat.conversation.ConversationEvent;
import hotseat.conversation.ConversationState;
import hotseat.conversation.Mode;
import hotseat.conversation.Reply;
import hotseat.conversation.Step;
import hotseat.conversation.Turn;
import hotseat.debrief.Debrief;
import hotseat.debrief.DebriefBuilder;

/**
 * One run being played: the scenario with where it came from, the conversation engine, and the
 * recorder the run is kept with. Every front end plays through one of these, so this is the only
 * place a reply is scored, routed, recorded and debriefed: {@link #apply} takes an action to the
 * engine, records what it did (after every action, so a run is kept, marked unfinished, from its
 * first moment until its ending) and builds the debrief once for the run as it now stands.
 */
public final class PlaySession {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Playable playable;
    private final PlaySettings settings;
    private final String id;
    private final String startedAt;
    private final List<RecordedAction> actions = new ArrayList<>();
    private ConversationState state;
    private Debrief debrief;
    private RunRecord record;
    private boolean routingNoticeGiven;

    private PlaySession(Playable playable, PlaySettings settings, String id) {
        this(playable, settings, id, null);
    }

    private PlaySession(Playable playable, PlaySettings settings, String id, String startedAt) {
        this.playable = playable;
        this.settings = settings;
        this.id = id;
        this.startedAt = startedAt != null ? startedAt : now();
        this.state = settings.engine().start(playable.scenario(), settings.seed(), settings.mode());
        this.debrief = DebriefBuilder.build(state);
        if (mayCompare(playable.scenario())) {
            settings.engine().matcher().prepare();
        }
    }

    /** Whether any node of {@code scenario} compares typed replies with its options by meaning. */
    private static boolean mayCompare(hotseat.scenario.Scenario scenario) {
        return scenario.nodes().values().stream().anyMatch(n -> n.allowsTyping() && !n.options().isEmpty()
                && hotseat.scenario.Matching.at(scenario, n).on());
    }

    /**
     * Begins a run at the scenario's start and records it at once (no replies yet, unfinished).
     * Its id is the time and the scenario's id ({@code 20260301-100000-parcel-never-came}).
     *
     * @throws IOException when the run cannot be recorded; nothing is left behind
     */
    public static PlaySession begin(Playable playable, PlaySettings settings) throws IOException {
        RunRecorder recorder = settings.recorder();
        String id = recorder.claim(ID_TIME.format(settings.clock().instant()) + "-" + playable.scenario().id());
        PlaySession session = new PlaySession(playable, settings, id);
        try {
            recorder.scenario(playable);
            session.save();
        } catch (IOException | RuntimeException e) {
            recorder.release(id);
            throw e;
        }
        return session;
    }

    /**
     * Takes up a run that stopped before its ending, under its own id, trainee, seed and mode: its
     * recorded actions are played again on the scenario (keeping their recorded times), and play
     * goes on from there, recorded as before.
     *
     * @throws CannotResume when the run has ended, or the scenario no longer takes its actions
     * @throws IOException  when the run cannot be recorded
     */
    public static PlaySession resume(Playable playable, PlaySettings settings, RunRecord run) throws IOException {
        if (run.finished()) {
            throw new CannotResume("run " + run.id() + " has already reached its ending (" + run.outcome() + ")");
        }
        PlaySettings same = new PlaySettings(settings.engine(), settings.recorder(), Mode.fromWord(run.mode()), run.seed(),
                settings.clock(), run.trainee() != null ? run.trainee() : settings.trainee());
        PlaySession session = new PlaySession(playable, same, run.id(), run.startedAt());
        for (int i = 0; i < run.actions().size(); i++) {
            RecordedAction recorded = run.actions().get(i);
            Step step;
            try {
                step = same.engine().apply(session.state, recorded.action());
            } catch (IllegalArgumentException e) {
                throw new CannotResume("action " + (i + 1) + " of run " + run.id() + " cannot be read (" + e.getMessage() + ")");
            }
            if (step.refused()) {
                throw new CannotResume("the scenario no longer takes action " + (i + 1) + " of run " + run.id()
                        + " (it has changed since the run was played)");
            }
            session.state = step.state();
            session.actions.add(recorded);
        }
        session.debrief = DebriefBuilder.build(session.state);
        same.recorder().scenario(playable);
        session.save();
        return session;
    }

    /** A run that cannot be taken up again; the message is for people. */
    public static final class CannotResume extends IOException {
        public CannotResume(String message) {
            super(message);
        }
    }

    /** Begins a run that is recorded nowhere: for playing on when {@link #begin} could not record it. */
    public static PlaySession unrecorded(Playable playable, PlaySettings settings) {
        return new PlaySession(playable, settings.unrecorded(), playable.scenario().id());
    }

    /**
     * Applies an action. A refused action changes nothing and is not recorded; a taken one is
     * recorded with its time (and a reply with its scores), and the debrief is built again.
     */
    public Played apply(Action action) {
        return apply(action, settings.engine());
    }

    /** Applies an action with the comparisons by meaning a saved run recorded for it (for {@link Replay}). */
    Played apply(RecordedAction recorded) {
        return apply(recorded.action(), settings.engine().withMatcher(recorded.recordedMatcher()));
    }

    private Played apply(Action action, ConversationEngine engine) {
        Step step = engine.apply(state, action);
        if (step.refused()) {
            return new Played(action, step, debrief, null);
        }
        state = step.state();
        actions.add(recorded(action, step));
        debrief = DebriefBuilder.build(state);
        String unsaved = null;
        try {
            save();
        } catch (IOException e) {
            unsaved = e.getMessage() == null ? e.toString() : e.getMessage();
        }
        return new Played(action, step, debrief, unsaved, routingNotice(action, engine));
    }

    /**
     * Once per run, with the first typed reply at a node where it would have been compared by
     * meaning: why it was not (the model could not be loaded here). Null otherwise.
     */
    private String routingNotice(Action action, ConversationEngine engine) {
        if (routingNoticeGiven || !(action instanceof Action.Answer a) || !(a.reply() instanceof Reply.Typed)) {
            return null;
        }
        Optional<String> why = engine.matcher().unavailable();
        if (why.isEmpty()) {
            return null;
        }
        routingNoticeGiven = true;
        return "Matching by meaning is off here, so typed replies follow the scenario's routes: " + why.get() + ".";
    }

    public Playable playable() {
        return playable;
    }

    public ConversationState state() {
        return state;
    }

    /** The debrief of the run as it stands (unfinished until an ending). */
    public Debrief debrief() {
        return debrief;
    }

    /** The run as last recorded. */
    public RunRecord record() {
        return record;
    }

    /** Where the run is kept, for people (a file's path); empty when it is kept nowhere. */
    public Optional<String> where() {
        return Optional.ofNullable(settings.recorder().where(id));
    }

    private RecordedAction recorded(Action action, Step step) {
        String at = now();
        if (action instanceof Action.Answer a) {
            Turn turn = step.events().stream().filter(e -> e instanceof ConversationEvent.Answered)
                    .map(e -> ((ConversationEvent.Answered) e).turn()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("an answer the engine took added no turn: " + a));
            Integer option = a.reply() instanceof Reply.Pick p ? p.number() : null;
            return new RecordedAction(at, option == null ? "typed" : "option", option, turn.replyText(),
                    turn.score().calmness(), turn.score().acknowledgment(), turn.score().resolution(), turn.match());
        }
        return new RecordedAction(at, action instanceof Action.Undo ? "undo" : "hint", null, null, null, null, null);
    }

    private void save() throws IOException {
        record = new RunRecord(RunRecord.FORMAT, RunRecord.VERSION, id, state.scenario().id(), state.scenario().title(),
                playable.source(), playable.sha256(), state.seed(), state.mode().word(), settings.trainee(), startedAt, now(),
                state.isOver(),
                debrief.outcome(), debrief.overall().score(), actions, debrief);
        settings.recorder().save(record);
    }

    private String now() {
        return Instant.now(settings.clock()).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
