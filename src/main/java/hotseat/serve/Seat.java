package hotseat.serve;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import hotseat.conversation.ConversationState;
import hotseat.debrief.DebriefTurn;
import hotseat.session.RunRecord;
import hotseat.workshop.SeatView;

/**
 * One trainee's place in the room: who they are, whether they are connected, and what their run
 * last recorded. Written by the trainee's session thread, read by the facilitator's view; every
 * method holds the seat's lock.
 */
final class Seat {
    private final String name;
    private final String key;
    private final Clock clock;
    private boolean connected;
    private int connections;
    private String scenarioId;
    private ConversationState state;
    private RunRecord run;
    private Instant since;
    private Instant lastActivity;
    /** The standing replies and outcomes of runs this seat finished before the current one. */
    private final List<SeatView.Choice> earlierChoices = new ArrayList<>();
    private final List<String> endings = new ArrayList<>();

    Seat(String name, String key, Clock clock) {
        this.name = name;
        this.key = key;
        this.clock = clock;
        this.since = clock.instant();
        this.lastActivity = since;
    }

    String name() {
        return name;
    }

    /** The SHA-256 fingerprint of the public key this trainee is known by; null for a trainee without one. */
    String key() {
        return key;
    }

    synchronized boolean connected() {
        return connected;
    }

    /** The trainee has connected (again). */
    synchronized void arrived() {
        connected = true;
        connections++;
        lastActivity = clock.instant();
    }

    /** The trainee's connection has ended. */
    synchronized void left() {
        connected = false;
    }

    /** The trainee did something (a key that reached the run, a line in plain mode). */
    synchronized void active() {
        lastActivity = clock.instant();
    }

    /** A run has begun or been taken up: where it stands now. */
    synchronized void playing(ConversationState now) {
        if (run != null && run.finished()) {
            keepFinished();
        }
        scenarioId = now.scenario().id();
        run = null;
        moved(now);
    }

    /** The run was recorded after an action; {@code now} is the conversation after it. */
    synchronized void recorded(RunRecord saved, ConversationState now) {
        run = saved;
        if (now != null) {
            moved(now);
        }
        lastActivity = clock.instant();
    }

    private void moved(ConversationState now) {
        String before = state == null ? null : place(state);
        state = now;
        if (!place(now).equals(before)) {
            since = clock.instant();
        }
    }

    private static String place(ConversationState s) {
        return s.isOver() ? "over" : s.at();
    }

    /** Moves a finished run's replies and ending into what the seat has done before. */
    private void keepFinished() {
        earlierChoices.addAll(choices(run));
        endings.add(run.outcome());
    }

    /** The seat as the facilitator's view reads it. */
    synchronized SeatView view() {
        SeatView.Place place = state == null ? SeatView.Place.BRIEFING
                : state.isOver() ? SeatView.Place.FINISHED : SeatView.Place.SCENE;
        List<SeatView.Choice> choices = new ArrayList<>(earlierChoices);
        List<String> ends = new ArrayList<>(endings);
        Integer calm = null;
        Integer ack = null;
        Integer res = null;
        String outcome = null;
        if (run != null) {
            choices.addAll(choices(run));
            if (!run.debrief().turns().isEmpty()) {
                calm = run.debrief().dimensions().calmness();
                ack = run.debrief().dimensions().acknowledgment();
                res = run.debrief().dimensions().resolution();
            }
            if (run.finished()) {
                outcome = run.outcome();
                ends.add(outcome);
            }
        }
        return new SeatView(name, connected, place, scenarioId,
                place == SeatView.Place.SCENE ? state.at() : null,
                state == null ? null : state.mood(), calm, ack, res, outcome, since, lastActivity, choices, ends);
    }

    private static List<SeatView.Choice> choices(RunRecord run) {
        List<SeatView.Choice> out = new ArrayList<>();
        for (DebriefTurn t : run.debrief().turns()) {
            out.add(new SeatView.Choice(run.scenarioId(), t.nodeId(), t.replyKind()));
        }
        return out;
    }

    synchronized int connections() {
        return connections;
    }
}
