package hotseat.progress;

import java.util.Map;

import hotseat.debrief.Practice;

/**
 * Which habits a scenario exercises: for each, at how many of its turns the strong reply (the
 * model answer) shows it.
 */
public record ScenarioExercise(String scenarioId, String title, int difficulty, int turns, Map<Practice, Integer> shows) {
    public ScenarioExercise {
        shows = Map.copyOf(shows);
    }
}
