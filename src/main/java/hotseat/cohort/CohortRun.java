package hotseat.cohort;

import java.util.List;

import hotseat.debrief.Practice;

/**
 * One saved run as the cohort report reads it: who, what, when, how it ended, its scores, the
 * turns that stand (after undos) and the habits its debrief named.
 *
 * @param startedAt ISO-8601 UTC
 * @param endingId  the ending reached, or null when the run stopped before one
 * @param workshop  the workshop it was played in, or null when it was played on its own
 */
public record CohortRun(String id, String trainee, String scenarioId, String scenarioTitle, String startedAt,
                        boolean finished, String outcome, String endingId, int overall, String grade, int calmness,
                        int acknowledgment, int resolution, List<Turn> turns, List<NamedHabit> habits,
                        Workshop workshop) {

    public CohortRun {
        turns = turns == null ? List.of() : List.copyOf(turns);
        habits = habits == null ? List.of() : List.copyOf(habits);
    }

    /**
     * One reply that stands.
     *
     * @param replyKind "option 2" or "typed"
     * @param trigger   set when the customer's mood sent the conversation elsewhere after this reply
     * @param routedTo  the node the conversation went to next, or the ending reached; null while unknown
     * @param seconds   how long the trainee took to answer, from the customer's line appearing
     *                  (the previous reply, undo or the run's start); null when not known
     * @param answeredAt when the reply was given, ISO-8601 UTC; null when not known
     */
    public record Turn(int number, String nodeId, String reply, String replyKind, int calmness, int acknowledgment,
                       int resolution, String trigger, String routedTo, boolean bestAvailable, boolean fellShort,
                       Integer seconds, String answeredAt) {

        /** The option number picked, or null for a typed reply. */
        public Integer option() {
            if (replyKind != null && replyKind.startsWith("option ")) {
                try {
                    return Integer.parseInt(replyKind.substring(7).strip());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            return null;
        }

        public boolean typed() {
            return "typed".equals(replyKind);
        }

        /** The mean of the three scores, rounded. */
        public int mean() {
            return (int) Math.round((calmness + acknowledgment + resolution) / 3.0);
        }
    }

    /**
     * A workshop served with {@code hotseat serve}: a room on one day.
     *
     * @param id  the room and the day, {@code onboarding-2026-03-01}
     * @param day ISO date
     */
    public record Workshop(String id, String room, String day) {}

    /** A habit the run's debrief named: a strength, or one to work on, with what in the run shows it. */
    public record NamedHabit(boolean strength, Practice practice, String example) {}
}
