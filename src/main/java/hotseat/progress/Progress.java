package hotseat.progress;

import java.util.List;

import hotseat.debrief.Practice;

/**
 * A trainee's progress over their finished runs: first and best per scenario, each dimension's
 * trend over recent runs, the habits that improved and those still to work on, and what to play
 * next. Pure data; renderers turn it into text, Markdown, JSON or HTML.
 *
 * @param trainee    whose progress
 * @param runs       finished runs counted (with at least one reply)
 * @param unfinished runs stopped before an ending, not counted
 * @param scenarios  per scenario, most played first
 * @param trends     calmness, acknowledgment, resolution and the overall score over the recent runs, oldest first
 * @param improved   habits the debriefs named to work on less often lately than before
 * @param toWorkOn   habits the recent debriefs still name to work on, the most often first
 * @param next       a scenario that exercises the weakest habit; null when there is none to suggest
 */
public record Progress(String trainee, int runs, int unfinished, String firstAt, String lastAt,
                       List<ScenarioProgress> scenarios, List<Trend> trends, List<HabitChange> improved,
                       List<HabitChange> toWorkOn, Suggestion next) {

    /** First, best and latest overall score on one scenario. */
    public record ScenarioProgress(String scenarioId, String title, int runs, int first, int best, int latest,
                                   String bestRun) {}

    /** One measure over the recent runs, oldest first; {@code change} is the last minus the first. */
    public record Trend(String measure, List<Integer> values, int change) {}

    /**
     * How often the debriefs named a habit to work on: in the earlier runs and in the recent ones.
     */
    public record HabitChange(Practice practice, String title, int earlierNamed, int earlierRuns, int recentNamed,
                              int recentRuns, String advice) {}

    /** What to play next and why. */
    public record Suggestion(String scenarioId, String title, Practice practice, String why) {}
}
