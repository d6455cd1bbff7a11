package hotseat.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import hotseat.debrief.Practice;

/**
 * Works a trainee's {@link Progress} out of their runs. Only finished runs with at least one reply
 * count (an unfinished run's score says little); they are split into the recent ones (the last
 * {@link #RECENT}, or the later half when there are fewer than twice that) and the earlier ones.
 *
 * <ul>
 *   <li>a habit <b>improved</b> when the earlier debriefs named it to work on in at least a third
 *       of the runs and the recent ones in a smaller share by at least a fifth;</li>
 *   <li>a habit is <b>still to work on</b> when the recent debriefs name it in at least two runs
 *       out of five (or in the only run there is);</li>
 *   <li>the <b>weakest</b> habit is the one still to work on most often; the suggestion is the
 *       scenario whose model answers show it at the largest share of their turns, the one played
 *       least breaking a tie, then the easier.</li>
 * </ul>
 */
public final class ProgressBuilder {
    /** How many of the latest runs the trends and "recent" cover. */
    public static final int RECENT = 10;

    private ProgressBuilder() {}

    /** @param oldestFirst the trainee's runs, oldest first */
    public static Progress build(String trainee, List<RunSummary> oldestFirst, List<ScenarioExercise> library) {
        List<RunSummary> runs = oldestFirst.stream().filter(r -> r.finished() && r.turns() > 0).toList();
        int unfinished = (int) oldestFirst.stream().filter(r -> !r.finished()).count();
        if (runs.isEmpty()) {
            return new Progress(trainee, 0, unfinished, null, null, List.of(), List.of(), List.of(), List.of(), null);
        }
        Map<String, List<RunSummary>> byScenario = new LinkedHashMap<>();
        for (RunSummary r : runs) {
            byScenario.computeIfAbsent(r.scenarioId(), k -> new ArrayList<>()).add(r);
        }
        List<Progress.ScenarioProgress> scenarios = new ArrayList<>();
        for (List<RunSummary> played : byScenario.values()) {
            RunSummary best = played.stream().max(Comparator.comparingInt(RunSummary::overall)).orElseThrow();
            RunSummary first = played.get(0);
            scenarios.add(new Progress.ScenarioProgress(first.scenarioId(), first.scenarioTitle(), played.size(),
                    first.overall(), best.overall(), played.get(played.size() - 1).overall(), best.id()));
        }
        scenarios.sort(Comparator.comparingInt(Progress.ScenarioProgress::runs).reversed()
                .thenComparing(Progress.ScenarioProgress::scenarioId));

        List<RunSummary> latest = runs.subList(Math.max(0, runs.size() - RECENT), runs.size());
        List<Progress.Trend> trends = List.of(trend("calmness", latest, RunSummary::calmness),
                trend("acknowledgment", latest, RunSummary::acknowledgment),
                trend("resolution", latest, RunSummary::resolution), trend("overall", latest, RunSummary::overall));

        int recentCount = runs.size() >= 2 * RECENT ? RECENT : (runs.size() + 1) / 2;
        List<RunSummary> recent = runs.subList(runs.size() - recentCount, runs.size());
        List<RunSummary> earlier = runs.subList(0, runs.size() - recentCount);
        List<Progress.HabitChange> improved = new ArrayList<>();
        List<Progress.HabitChange> toWorkOn = new ArrayList<>();
        for (Practice p : Practice.values()) {
            int before = named(earlier, p);
            int now = named(recent, p);
            Progress.HabitChange change = new Progress.HabitChange(p, p.title(), before, earlier.size(), now, recent.size(),
                    p.advice());
            double beforeShare = earlier.isEmpty() ? 0 : before / (double) earlier.size();
            double nowShare = now / (double) recent.size();
            if (!earlier.isEmpty() && beforeShare >= 1 / 3.0 && nowShare <= beforeShare - 0.2) {
                improved.add(change);
            }
            if (now > 0 && (recent.size() == 1 || nowShare >= 0.4)) {
                toWorkOn.add(change);
            }
        }
        improved.sort(Comparator.comparingDouble((Progress.HabitChange h) ->
                h.recentNamed() / (double) h.recentRuns() - h.earlierNamed() / (double) h.earlierRuns()));
        toWorkOn.sort(Comparator.comparingInt(Progress.HabitChange::recentNamed).reversed()
                .thenComparing(h -> h.practice().ordinal()));

        Progress.Suggestion next = toWorkOn.isEmpty() ? null : suggest(toWorkOn.get(0).practice(), library, byScenario);
        return new Progress(trainee, runs.size(), unfinished, runs.get(0).startedAt(), runs.get(runs.size() - 1).startedAt(),
                scenarios, trends, improved, toWorkOn, next);
    }

    private static Progress.Trend trend(String measure, List<RunSummary> runs, ToIntFunction<RunSummary> value) {
        List<Integer> values = runs.stream().map(value::applyAsInt).toList();
        return new Progress.Trend(measure, values, values.get(values.size() - 1) - values.get(0));
    }

    private static int named(List<RunSummary> runs, Practice p) {
        return (int) runs.stream().filter(r -> r.toWorkOn().contains(p)).count();
    }

    private static Progress.Suggestion suggest(Practice weakest, List<ScenarioExercise> library,
                                               Map<String, List<RunSummary>> played) {
        ScenarioExercise best = null;
        double bestShare = 0;
        for (ScenarioExercise s : library) {
            int shows = s.shows().getOrDefault(weakest, 0);
            if (shows == 0 || s.turns() == 0) {
                continue;
            }
            double share = shows / (double) s.turns();
            if (best == null || share > bestShare + 1e-9
                    || Math.abs(share - bestShare) < 1e-9 && (times(played, s) < times(played, best)
                    || times(played, s) == times(played, best) && s.difficulty() < best.difficulty())) {
                best = s;
                bestShare = share;
            }
        }
        if (best == null) {
            return null;
        }
        int shows = best.shows().get(weakest);
        int times = times(played, best);
        return new Progress.Suggestion(best.scenarioId(), best.title(), weakest, "its strong replies need \""
                + weakest.title() + "\" at " + shows + " of its " + best.turns() + " turns"
                + (times == 0 ? ", and you have not played it yet" : ", more than any other scenario"));
    }

    private static int times(Map<String, List<RunSummary>> played, ScenarioExercise s) {
        List<RunSummary> runs = played.get(s.scenarioId());
        return runs == null ? 0 : runs.size();
    }
}
