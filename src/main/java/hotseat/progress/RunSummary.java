package hotseat.progress;

import java.util.List;

import hotseat.debrief.Practice;

/**
 * One saved run as a list of runs and a trainee's progress need it: who, what, when, how it
 * ended, its scores, and the habits its debrief named.
 *
 * @param startedAt ISO-8601 UTC
 * @param turns     the replies that stand (after undos)
 * @param strengths the habits the debrief named as shown best, in its order
 * @param toWorkOn  the habits it named to work on, in its order
 */
public record RunSummary(String id, String trainee, String scenarioId, String scenarioTitle, String startedAt,
                         boolean finished, String outcome, int overall, String grade, int calmness, int acknowledgment,
                         int resolution, int turns, List<Practice> strengths, List<Practice> toWorkOn) {

    public RunSummary {
        strengths = strengths == null ? List.of() : List.copyOf(strengths);
        toWorkOn = toWorkOn == null ? List.of() : List.copyOf(toWorkOn);
    }
}
