package hotseat.progress;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import hotseat.debrief.Practice;
import hotseat.debrief.PracticeMap;
import hotseat.scenario.Node;
import hotseat.scenario.Scenario;
import hotseat.scoring.Evidence;
import hotseat.scoring.ReplyScorer;
import hotseat.scoring.ScoringContext;

/**
 * Which habits a scenario exercises: for each, at how many of its turns the strong reply (the
 * model answer) shows it.
 */
public record ScenarioExercise(String scenarioId, String title, int difficulty, int turns, Map<Practice, Integer> shows) {
    public ScenarioExercise {
        shows = Map.copyOf(shows);
    }

    /**
     * The habits {@code scenario} exercises: at how many of its nodes the model answer, scored as a
     * reply to that node's customer line, earns points for the habit.
     */
    public static ScenarioExercise of(Scenario scenario, ReplyScorer scorer) {
        Map<Practice, Integer> shows = new EnumMap<>(Practice.class);
        int turns = 0;
        int mood = scenario.customer() == null ? 50 : scenario.customer().mood();
        for (Node n : scenario.nodes().values()) {
            if (n.modelAnswer() == null || n.modelAnswer().isBlank()) {
                continue;
            }
            turns++;
            String line = n.says() == null ? "" : n.says().forMood(mood);
            Set<Practice> here = new HashSet<>();
            for (Evidence e : scorer.score(n.modelAnswer(), new ScoringContext(line, scenario.vocabulary())).evidence()) {
                if (e.effect() > 0) {
                    PracticeMap.of(e).ifPresent(here::add);
                }
            }
            here.forEach(p -> shows.merge(p, 1, Integer::sum));
        }
        return new ScenarioExercise(scenario.id(), scenario.title(), scenario.difficulty(), turns, shows);
    }
}
