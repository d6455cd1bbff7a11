package hotseat.workshop;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the facilitator's view shows about a room, worked out from snapshots of its seats: the
 * roster, the choices made at a scene, who has been stuck longest, and the endings so far. Pure:
 * the same seats and time always give the same report.
 */
public final class RoomReport {
    private RoomReport() {}

    /** A trainee connected with no activity for this long shows as idle (they are not disconnected). */
    public static final Duration IDLE_AFTER = Duration.ofMinutes(2);

    /**
     * One line of the roster.
     *
     * @param name   the trainee
     * @param status "briefing", "scene NODE", "finished: OUTCOME", "idle 3m (scene NODE)" or
     *               "dropped (scene NODE)"
     * @param mood   the customer's mood, or null before a run
     * @param calmness … the running scores, or null before the first reply
     */
    public record RosterRow(String name, String status, Integer mood, Integer calmness, Integer acknowledgment,
                            Integer resolution) {}

    /** A trainee still in the conversation, and how long they have been at their scene (or the briefing). */
    public record Stuck(String name, String where, Duration forHowLong) {}

    /** A scene that trainees have answered at. */
    public record Scene(String scenarioId, String nodeId) {
        @Override
        public String toString() {
            return scenarioId + " › " + nodeId;
        }
    }

    /** The roster, by name. */
    public static List<RosterRow> roster(List<SeatView> seats, Instant now) {
        List<RosterRow> rows = new ArrayList<>();
        for (SeatView s : sortedByName(seats)) {
            rows.add(new RosterRow(s.name(), status(s, now), s.mood(), s.calmness(), s.acknowledgment(), s.resolution()));
        }
        return rows;
    }

    /** Where a trainee is, in words. */
    static String status(SeatView s, Instant now) {
        String where = switch (s.place()) {
            case BRIEFING -> "briefing";
            case SCENE -> "scene " + s.nodeId();
            case FINISHED -> "finished: " + s.outcome();
        };
        if (!s.connected()) {
            return s.place() == SeatView.Place.FINISHED ? where : "dropped (" + where + ")";
        }
        Duration quiet = Duration.between(s.lastActivity(), now);
        if (s.place() != SeatView.Place.FINISHED && quiet.compareTo(IDLE_AFTER) >= 0) {
            return "idle " + shortDuration(quiet) + " (" + where + ")";
        }
        return where;
    }

    /**
     * How many replies at a scene took each option, and how many were typed: option labels in
     * number order, then "typed". A trainee who undid a reply counts only for the one that stands.
     */
    public static Map<String, Integer> distribution(List<SeatView> seats, Scene scene) {
        Map<Integer, Integer> options = new TreeMap<>();
        int typed = 0;
        for (SeatView s : seats) {
            for (SeatView.Choice c : s.choices()) {
                if (!c.scenarioId().equals(scene.scenarioId()) || !c.nodeId().equals(scene.nodeId())) {
                    continue;
                }
                Integer n = optionNumber(c.label());
                if (n == null) {
                    typed++;
                } else {
                    options.merge(n, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        options.forEach((n, count) -> out.put("option " + n, count));
        if (typed > 0) {
            out.put("typed", typed);
        }
        return out;
    }

    /** The scenes replies were given at, in the order first reached. */
    public static List<Scene> scenes(List<SeatView> seats) {
        Set<Scene> seen = new LinkedHashSet<>();
        for (SeatView s : seats) {
            for (SeatView.Choice c : s.choices()) {
                seen.add(new Scene(c.scenarioId(), c.nodeId()));
            }
        }
        return List.copyOf(seen);
    }

    /**
     * The connected trainees still before an ending, longest at their scene (or the briefing)
     * first; at most {@code limit}.
     */
    public static List<Stuck> stuckLongest(List<SeatView> seats, Instant now, int limit) {
        return seats.stream()
                .filter(s -> s.connected() && s.place() != SeatView.Place.FINISHED)
                .sorted(Comparator.comparing(SeatView::since).thenComparing(SeatView::name))
                .limit(limit)
                .map(s -> new Stuck(s.name(), s.place() == SeatView.Place.SCENE ? "scene " + s.nodeId() : "briefing",
                        Duration.between(s.since(), now)))
                .toList();
    }

    /** How many runs reached each outcome, most common first (ties by name). */
    public static Map<String, Integer> endings(List<SeatView> seats) {
        Map<String, Integer> counts = new TreeMap<>();
        for (SeatView s : seats) {
            for (String outcome : s.endings()) {
                counts.merge(outcome, 1, Integer::sum);
            }
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** "45s", "3m", "1h05m". */
    public static String shortDuration(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m";
        }
        return String.format("%dh%02dm", s / 3600, (s % 3600) / 60);
    }

    private static Integer optionNumber(String label) {
        if (label != null && label.startsWith("option ")) {
            try {
                return Integer.parseInt(label.substring(7).strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static List<SeatView> sortedByName(List<SeatView> seats) {
        List<SeatView> sorted = new ArrayList<>(seats);
        sorted.sort(Comparator.comparing(SeatView::name, String.CASE_INSENSITIVE_ORDER));
        return sorted;
    }
}
