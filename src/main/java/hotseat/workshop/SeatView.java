package hotseat.workshop;

import java.time.Instant;
import java.util.List;

/**
 * One trainee's seat in a workshop as the facilitator's view reads it: a snapshot, taken under
 * the room's lock, that the pure functions of {@link RoomReport} work on.
 *
 * @param name         the trainee's name in the room
 * @param connected    whether the trainee is connected now
 * @param place        where the trainee is
 * @param scenarioId   the scenario being played (null before a run begins)
 * @param nodeId       the scene the trainee is at (null unless {@link Place#SCENE})
 * @param mood         the customer's mood, 0–100 (null before a run begins)
 * @param calmness     the run's calmness so far (null before the first reply)
 * @param acknowledgment the run's acknowledgment so far (null before the first reply)
 * @param resolution   the run's resolution so far (null before the first reply)
 * @param outcome      how the run ended ("resolved", "escalated", "lost"), null while it goes on
 * @param since        when the trainee arrived where they are now (the scene, the briefing)
 * @param lastActivity when the trainee last pressed a key that did something (joined, replied)
 * @param choices      every reply of the seat's runs that stands, in order
 * @param endings      the outcome of each run this seat finished
 */
public record SeatView(
        String name,
        boolean connected,
        Place place,
        String scenarioId,
        String nodeId,
        Integer mood,
        Integer calmness,
        Integer acknowledgment,
        Integer resolution,
        String outcome,
        Instant since,
        Instant lastActivity,
        List<Choice> choices,
        List<String> endings) {

    public SeatView {
        choices = choices == null ? List.of() : List.copyOf(choices);
        endings = endings == null ? List.of() : List.copyOf(endings);
    }

    /** Where a trainee is. */
    public enum Place {
        /** Reading the briefing, or choosing a scenario: no run yet. */
        BRIEFING,
        /** Playing: at a scene of the conversation. */
        SCENE,
        /** The run reached an ending. */
        FINISHED
    }

    /**
     * A reply given at a scene.
     *
     * @param scenarioId the scenario
     * @param nodeId     the scene
     * @param label      "option 2", or "typed" for the trainee's own words
     */
    public record Choice(String scenarioId, String nodeId, String label) {}
}
