package hotseat.serve;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import hotseat.store.RunDatabase;
import hotseat.store.StoreException;
import hotseat.workshop.SeatView;
import hotseat.workshop.TraineeNames;

/**
 * The room a workshop plays in: its seats, and what the facilitator has decided for it — whether
 * play has started, a pause with its message, the door locked. Who a connection is comes from
 * here: the SSH user name as the trainee's name (a clash gets a suffix), and a public key, when
 * offered, as the trainee's identity, remembered in the run database so it holds across restarts.
 * Thread-safe: the room's lock guards the seats and the facilitator's decisions.
 */
final class Room {

    /** Said to every screen before the facilitator starts the room. */
    static final String WAITING = "Waiting for the facilitator to start the workshop. Read the briefing meanwhile;"
            + " play begins for everyone at once.";

    private final String workshopId;
    private final String code;
    private final int max;
    private final RunDatabase store;
    private final Clock clock;
    private final Map<String, Seat> seats = new LinkedHashMap<>();
    private boolean started;
    private String pause;
    private boolean locked;

    /**
     * @param workshopId the workshop's id in the run database
     * @param code       the room code trainees give when they connect; null for none
     * @param max        the most trainees connected at once
     * @param hold       whether trainees wait at the briefing until the facilitator starts the room
     */
    Room(String workshopId, String code, int max, boolean hold, RunDatabase store, Clock clock) {
        this.workshopId = workshopId;
        this.code = code;
        this.max = max;
        this.started = !hold;
        this.store = store;
        this.clock = clock;
    }

    String workshopId() {
        return workshopId;
    }

    /** The room code, or null when none is asked. */
    String code() {
        return code;
    }

    int max() {
        return max;
    }

    /** A connection let in, with its seat; or kept out, with the reason for people. */
    record Admission(Seat seat, String refusal) {}

    /**
     * Finds or makes the seat of a connection by SSH user {@code user}, with the fingerprint of the
     * public key it authenticated with (null when none), and marks it connected. A key seen before
     * brings its trainee back to their own seat under their own name; a new name that clashes with
     * another trainee's gets a suffix.
     */
    synchronized Admission admit(String user, String key) throws StoreException {
        String name;
        if (key != null) {
            Optional<String> owner = store.keyOwner(key);
            if (owner.isPresent()) {
                name = owner.get();
            } else {
                name = TraineeNames.firstFree(TraineeNames.clean(user), candidate -> takenForKey(candidate, key));
                store.rememberKey(key, name);
            }
        } else {
            name = TraineeNames.firstFree(TraineeNames.clean(user), this::takenForKeyless);
        }
        Seat seat = seats.get(name);
        if (seat != null && seat.connected()) {
            return new Admission(null, "You are already connected as " + name + " in another window."
                    + " Close that one first, then connect again.");
        }
        if (seat == null && locked) {
            return new Admission(null, "The room is locked: the facilitator has closed it to new trainees."
                    + " Ask them to unlock it (trainees already in the room can still reconnect).");
        }
        if (connectedCount() >= max) {
            return new Admission(null, "The room is full: " + max + " of " + max + " trainees are connected."
                    + " Ask the facilitator to make room (hotseat serve --max N).");
        }
        if (seat == null) {
            seat = new Seat(name, key, clock);
            seats.put(name, seat);
        }
        seat.arrived();
        return new Admission(seat, null);
    }

    /** A name is taken for a new key when someone else sits there or another key is remembered as that name. */
    private boolean takenForKey(String candidate, String key) throws RuntimeException {
        Seat s = seats.get(candidate);
        if (s != null && !key.equals(s.key())) {
            return true;
        }
        return hasKey(candidate);
    }

    /** A name is taken for a trainee without a key when it is someone's with a key, or someone is connected under it. */
    private boolean takenForKeyless(String candidate) {
        Seat s = seats.get(candidate);
        if (s != null && (s.key() != null || s.connected())) {
            return true;
        }
        return hasKey(candidate);
    }

    private boolean hasKey(String name) {
        try {
            return store.hasKey(name);
        } catch (StoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private int connectedCount() {
        int n = 0;
        for (Seat s : seats.values()) {
            if (s.connected()) {
                n++;
            }
        }
        return n;
    }

    /** The message holding every screen now (a pause, or the room not yet started); null when play goes on. */
    synchronized String hold() {
        if (pause != null) {
            return "Paused by the facilitator: " + pause;
        }
        return started ? null : WAITING;
    }

    synchronized boolean started() {
        return started;
    }

    /** Starts play for everyone at once. */
    synchronized void start() {
        started = true;
    }

    /** Pauses every screen with {@code message}; null or blank lifts the pause. */
    synchronized void pause(String message) {
        pause = message == null || message.isBlank() ? null : message.strip();
    }

    synchronized String pauseMessage() {
        return pause;
    }

    synchronized void lock(boolean locked) {
        this.locked = locked;
    }

    synchronized boolean locked() {
        return locked;
    }

    /** Every seat, as the facilitator's view reads it. */
    synchronized List<SeatView> seats() {
        List<SeatView> out = new ArrayList<>();
        for (Seat s : seats.values()) {
            out.add(s.view());
        }
        return out;
    }

    synchronized int connected() {
        return connectedCount();
    }
}
