package hotseat.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationEngine;
import hotseat.conversation.ConversationState;
import hotseat.conversation.Mode;
import hotseat.conversation.Reply;
import hotseat.conversation.Step;
import hotseat.conversation.Turn;
import hotseat.debrief.Debrief;
import hotseat.debrief.DebriefBuilder;
import hotseat.scenario.Scenario;

/**
 * A run being played: the conversation engine plus a run file that is saved after every action.
 * Every front end (plain mode, the full-screen interface) plays through one of these, so a run
 * is on disk, marked unfinished, from its first moment until its ending.
 */
public final class RunSession {
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final RunStore store;
    private final ConversationEngine engine;
    private final Clock clock;
    private final String id;
    private final String source;
    private final String sha256;
    private final String startedAt;
    private final List<RecordedAction> actions = new ArrayList<>();
    private ConversationState state;
    private RunRecord record;

    private RunSession(RunStore store, ConversationEngine engine, Clock clock, String id, String source, String sha256,
                       ConversationState state) {
        this.store = store;
        this.engine = engine;
        this.clock = clock;
        this.id = id;
        this.source = source;
        this.sha256 = sha256;
        this.startedAt = now();
        this.state = state;
    }

    /** Starts a run and saves it at once (no replies yet, unfinished). */
    public static RunSession begin(RunStore store, ConversationEngine engine, Scenario scenario, String source,
                                   String sha256, long seed, Mode mode, Clock clock) throws RunFileException {
        return firstSave(new RunSession(store, engine, clock, newId(store, scenario, clock), source, sha256,
                engine.start(scenario, seed, mode)));
    }

    /**
     * Starts saving a conversation that the caller plays itself (a front end with its own
     * update loop): the caller applies each action with the engine and then calls
     * {@link #record(Action, ConversationState)}.
     */
    public static RunSession follow(RunStore store, ConversationState start, String source, String sha256, Clock clock)
            throws RunFileException {
        return firstSave(new RunSession(store, null, clock, newId(store, start.scenario(), clock), source, sha256, start));
    }

    /**
     * Records an action the caller has already applied, and the state it led to, then saves.
     * A refused action (the state did not change) is not recorded.
     */
    public void record(Action action, ConversationState after) throws RunFileException {
        if (after.equals(state)) {
            return;
        }
        ConversationState before = state;
        state = after;
        actions.add(recorded(action, after, before));
        save();
    }

    /** Applies an action and, unless it was refused, records and saves it. */
    public Step apply(Action action) throws RunFileException {
        if (engine == null) {
            throw new IllegalStateException("this run follows a conversation played elsewhere; use record()");
        }
        Step step = engine.apply(state, action);
        if (step.refused()) {
            return step;
        }
        ConversationState before = state;
        state = step.state();
        actions.add(recorded(action, state, before));
        save();
        return step;
    }

    /**
     * "20260301-100000-late-parcel", or with "-2", "-3"... when a run with that id exists or is
     * being begun at the same moment by another process.
     */
    private static String newId(RunStore store, Scenario scenario, Clock clock) throws RunFileException {
        return store.claim(FILE_TIME.format(clock.instant()) + "-" + scenario.id());
    }

    private static RunSession firstSave(RunSession s) throws RunFileException {
        try {
            s.save();
        } catch (RunFileException e) {
            s.store.release(s.id);
            throw e;
        }
        return s;
    }

    public ConversationState state() {
        return state;
    }

    public Debrief debrief() {
        return record.debrief();
    }

    public RunRecord record() {
        return record;
    }

    public Path file() {
        return store.fileFor(id);
    }

    private RecordedAction recorded(Action action, ConversationState after, ConversationState before) {
        String at = now();
        if (action instanceof Action.Answer a && after.turns().size() > before.turns().size()) {
            Turn turn = after.turns().get(after.turns().size() - 1);
            Integer option = a.reply() instanceof Reply.Pick p ? p.number() : null;
            return new RecordedAction(at, option == null ? "typed" : "option", option, turn.replyText(),
                    turn.score().calmness(), turn.score().acknowledgment(), turn.score().resolution());
        }
        if (action instanceof Action.Answer a) {
            throw new IllegalArgumentException("an answer that added no turn cannot be recorded: " + a);
        }
        return new RecordedAction(at, action instanceof Action.Undo ? "undo" : "hint", null, null, null, null, null);
    }

    private void save() throws RunFileException {
        Debrief debrief = DebriefBuilder.build(state);
        record = new RunRecord(RunRecord.FORMAT, RunRecord.VERSION, id, state.scenario().id(), state.scenario().title(),
                source, sha256, state.seed(), state.mode().word(), startedAt, now(), state.isOver(), debrief.outcome(),
                debrief.overall().score(), actions, debrief);
        store.save(record);
    }

    private String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
