package hotseat.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import hotseat.debrief.Practice;

/** Progress figures on a known set of runs. */
class ProgressBuilderTest {
    private static final Practice FEELING = Practice.NAME_THE_FEELING;
    private static final Practice FIX = Practice.OWN_THE_FIX;

    private static RunSummary run(int day, String scenario, int overall, int calm, boolean finished, List<Practice> toWorkOn) {
        return new RunSummary("r" + day, "ana", scenario, scenario.toUpperCase(), "2026-03-0" + day + "T10:00:00Z", finished,
                finished ? "resolved" : "unfinished", overall, "C", calm, 50, overall, 2, List.of(Practice.STAY_CALM), toWorkOn);
    }

    private static final List<RunSummary> RUNS = List.of(
            run(1, "parcel", 40, 30, true, List.of(FEELING, FIX)),
            run(2, "flight", 50, 45, true, List.of(FEELING, FIX)),
            run(3, "parcel", 55, 50, true, List.of(FIX, FEELING)),
            run(4, "flight", 45, 60, false, List.of(FEELING)),
            run(5, "flight", 80, 70, true, List.of(FIX)),
            run(6, "parcel", 70, 72, true, List.of(FIX, Practice.FOLLOW_UP)),
            run(7, "parcel", 65, 80, true, List.of(FIX)));

    private static final List<ScenarioExercise> LIBRARY = List.of(
            new ScenarioExercise("parcel", "PARCEL", 2, 4, Map.of(FIX, 2)),
            new ScenarioExercise("hotel", "HOTEL", 3, 4, Map.of(FIX, 3, FEELING, 3)),
            new ScenarioExercise("bank", "BANK", 1, 4, Map.of(FIX, 3)),
            new ScenarioExercise("flight", "FLIGHT", 3, 5, Map.of(FEELING, 5)));

    @Test
    void firstAndBestPerScenarioTrendsHabitsAndWhatToPlayNext() {
        Progress p = ProgressBuilder.build("ana", RUNS, LIBRARY);
        assertEquals(6, p.runs());
        assertEquals(1, p.unfinished(), "the unfinished run is not counted");
        assertEquals("2026-03-01T10:00:00Z", p.firstAt());
        assertEquals("2026-03-07T10:00:00Z", p.lastAt());

        assertEquals(List.of(new Progress.ScenarioProgress("parcel", "PARCEL", 4, 40, 70, 65, "r6"),
                new Progress.ScenarioProgress("flight", "FLIGHT", 2, 50, 80, 80, "r5")), p.scenarios());

        Progress.Trend calm = p.trends().get(0);
        assertEquals("calmness", calm.measure());
        assertEquals(List.of(30, 45, 50, 70, 72, 80), calm.values());
        assertEquals(50, calm.change());
        assertEquals(List.of(40, 50, 55, 80, 70, 65), p.trends().get(3).values());

        // Earlier runs: 1, 2, 3 (feeling named in all three); recent: 5, 6, 7 (in none).
        assertEquals(List.of(FEELING), p.improved().stream().map(Progress.HabitChange::practice).toList());
        Progress.HabitChange feeling = p.improved().get(0);
        assertEquals(List.of(3, 3, 0, 3), List.of(feeling.earlierNamed(), feeling.earlierRuns(), feeling.recentNamed(),
                feeling.recentRuns()));
        // Own the fix: in all three recent runs; follow up in one of three (below two in five).
        assertEquals(List.of(FIX), p.toWorkOn().stream().map(Progress.HabitChange::practice).toList());

        // Bank and hotel both show "own the fix" at 3 of 4 turns; neither was played; bank is easier.
        assertEquals("bank", p.next().scenarioId());
        assertEquals(FIX, p.next().practice());
        assertTrue(p.next().why().contains("at 3 of its 4 turns, and you have not played it yet"), p.next().why());
    }

    @Test
    void aTraineeWithOneRunIsToldWhatThatRunNamed() {
        Progress p = ProgressBuilder.build("ben", List.of(run(1, "parcel", 40, 30, true, List.of(FEELING, FIX))), LIBRARY);
        assertEquals(1, p.runs());
        assertTrue(p.improved().isEmpty());
        assertEquals(List.of(FEELING, FIX), p.toWorkOn().stream().map(Progress.HabitChange::practice).toList());
        assertEquals("flight", p.next().scenarioId(), "feeling comes first in the practices' order; flight shows it at 5 of 5");
    }

    @Test
    void onlyUnfinishedRunsGiveNothingToShow() {
        Progress p = ProgressBuilder.build("cy", List.of(run(4, "flight", 45, 60, false, List.of(FEELING))), LIBRARY);
        assertEquals(0, p.runs());
        assertEquals(1, p.unfinished());
        assertNull(p.next());
    }

    @Test
    void trendsCoverTheLastTenRuns() {
        List<RunSummary> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(new RunSummary("r" + i, "ana", "parcel", "P", String.format("2026-03-01T10:%02d:00Z", i), true, "resolved",
                    i * 4, "C", i * 4, 50, 50, 2, List.of(), List.of()));
        }
        Progress p = ProgressBuilder.build("ana", many, LIBRARY);
        assertEquals(List.of(60, 64, 68, 72, 76, 80, 84, 88, 92, 96), p.trends().get(0).values());
        assertEquals(new Progress.ScenarioProgress("parcel", "P", 25, 0, 96, 96, "r24"), p.scenarios().get(0));
    }
}
