package hotseat.workshop;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoomReportTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:30:00Z");

    private static SeatView seat(String name, boolean connected, SeatView.Place place, String node, Duration atPlace,
                                 Duration quiet, List<SeatView.Choice> choices, List<String> endings) {
        return new SeatView(name, connected, place, place == SeatView.Place.BRIEFING ? null : "parcel", node,
                place == SeatView.Place.BRIEFING ? null : 60, choices.isEmpty() ? null : 70, choices.isEmpty() ? null : 80,
                choices.isEmpty() ? null : 90, place == SeatView.Place.FINISHED ? endings.get(endings.size() - 1) : null,
                NOW.minus(atPlace), NOW.minus(quiet), choices, endings);
    }

    private static SeatView.Choice at(String node, String label) {
        return new SeatView.Choice("parcel", node, label);
    }

    @Test
    void theRosterSaysWhereEachTraineeIsByNameWithIdleAndDroppedShown() {
        List<SeatView> seats = List.of(
                seat("zoe", true, SeatView.Place.SCENE, "photo", Duration.ofSeconds(30), Duration.ofSeconds(30),
                        List.of(at("opening", "option 2")), List.of()),
                seat("Amir", true, SeatView.Place.BRIEFING, null, Duration.ofMinutes(1), Duration.ofMinutes(1), List.of(), List.of()),
                seat("bea", true, SeatView.Place.SCENE, "opening", Duration.ofMinutes(5), Duration.ofMinutes(5), List.of(), List.of()),
                seat("cai", false, SeatView.Place.SCENE, "photo", Duration.ofMinutes(1), Duration.ofMinutes(1),
                        List.of(at("opening", "typed")), List.of()),
                seat("dee", false, SeatView.Place.FINISHED, null, Duration.ofMinutes(1), Duration.ofMinutes(1),
                        List.of(at("opening", "option 1")), List.of("resolved")));
        List<RoomReport.RosterRow> rows = RoomReport.roster(seats, NOW);
        assertEquals(List.of("Amir", "bea", "cai", "dee", "zoe"), rows.stream().map(RoomReport.RosterRow::name).toList());
        assertEquals(List.of("briefing", "idle 5m (scene opening)", "dropped (scene photo)", "finished: resolved", "scene photo"),
                rows.stream().map(RoomReport.RosterRow::status).toList());
        assertEquals(70, rows.get(4).calmness());
        assertEquals(null, rows.get(0).mood());
    }

    @Test
    void theDistributionAtASceneCountsEachOptionInOrderThenTypedRepliesAndOnlyThatScene() {
        List<SeatView> seats = List.of(
                seat("a", true, SeatView.Place.SCENE, "photo", Duration.ZERO, Duration.ZERO,
                        List.of(at("opening", "option 3"), at("photo", "option 1")), List.of()),
                seat("b", true, SeatView.Place.SCENE, "photo", Duration.ZERO, Duration.ZERO, List.of(at("opening", "typed")), List.of()),
                seat("c", true, SeatView.Place.SCENE, "photo", Duration.ZERO, Duration.ZERO, List.of(at("opening", "option 3")), List.of()),
                seat("d", true, SeatView.Place.SCENE, "photo", Duration.ZERO, Duration.ZERO, List.of(at("opening", "option 10")), List.of()));
        Map<String, Integer> d = RoomReport.distribution(seats, new RoomReport.Scene("parcel", "opening"));
        assertEquals(List.of("option 3", "option 10", "typed"), List.copyOf(d.keySet()));
        assertEquals(List.of(2, 1, 1), List.copyOf(d.values()));
        assertEquals(Map.of("option 1", 1), RoomReport.distribution(seats, new RoomReport.Scene("parcel", "photo")));
        assertEquals(Map.of(), RoomReport.distribution(seats, new RoomReport.Scene("other", "opening")));
        assertEquals(List.of(new RoomReport.Scene("parcel", "opening"), new RoomReport.Scene("parcel", "photo")),
                RoomReport.scenes(seats));
    }

    @Test
    void stuckLongestListsConnectedTraineesStillPlayingLongestAtTheirPlaceFirst() {
        List<SeatView> seats = List.of(
                seat("short", true, SeatView.Place.SCENE, "photo", Duration.ofSeconds(20), Duration.ZERO, List.of(), List.of()),
                seat("long", true, SeatView.Place.SCENE, "opening", Duration.ofMinutes(7), Duration.ZERO, List.of(), List.of()),
                seat("reading", true, SeatView.Place.BRIEFING, null, Duration.ofMinutes(3), Duration.ZERO, List.of(), List.of()),
                seat("gone", false, SeatView.Place.SCENE, "opening", Duration.ofMinutes(30), Duration.ZERO, List.of(), List.of()),
                seat("done", true, SeatView.Place.FINISHED, null, Duration.ofMinutes(40), Duration.ZERO,
                        List.of(at("opening", "option 1")), List.of("lost")));
        List<RoomReport.Stuck> stuck = RoomReport.stuckLongest(seats, NOW, 2);
        assertEquals(List.of(new RoomReport.Stuck("long", "scene opening", Duration.ofMinutes(7)),
                new RoomReport.Stuck("reading", "briefing", Duration.ofMinutes(3))), stuck);
    }

    @Test
    void endingsCountEveryFinishedRunMostCommonFirst() {
        List<SeatView> seats = List.of(
                seat("a", true, SeatView.Place.FINISHED, null, Duration.ZERO, Duration.ZERO,
                        List.of(at("opening", "option 1")), List.of("lost", "resolved")),
                seat("b", false, SeatView.Place.FINISHED, null, Duration.ZERO, Duration.ZERO,
                        List.of(at("opening", "option 1")), List.of("resolved")),
                seat("c", true, SeatView.Place.SCENE, "photo", Duration.ZERO, Duration.ZERO, List.of(), List.of("escalated")));
        Map<String, Integer> endings = RoomReport.endings(seats);
        assertEquals(List.of("resolved", "escalated", "lost"), List.copyOf(endings.keySet()));
        assertEquals(List.of(2, 1, 1), List.copyOf(endings.values()));
    }

    @Test
    void durationsReadShort() {
        assertEquals("45s", RoomReport.shortDuration(Duration.ofSeconds(45)));
        assertEquals("3m", RoomReport.shortDuration(Duration.ofSeconds(200)));
        assertEquals("1h05m", RoomReport.shortDuration(Duration.ofMinutes(65)));
    }

    @Test
    void sshUserNamesBecomeTraineeNamesAndAClashGetsTheFirstFreeSuffix() {
        assertEquals("alice", TraineeNames.clean("alice"));
        assertEquals("Jo-Smith", TraineeNames.clean(" Jo Smith "));
        assertEquals("trainee", TraineeNames.clean("$$$"));
        assertEquals("ab-c", TraineeNames.clean("ab;;c"));
        assertEquals(32, TraineeNames.clean("x".repeat(100)).length());
        assertEquals("alice", TraineeNames.firstFree("alice", n -> false));
        assertEquals("alice-3", TraineeNames.firstFree("alice", n -> n.equals("alice") || n.equals("alice-2")));
    }
}
