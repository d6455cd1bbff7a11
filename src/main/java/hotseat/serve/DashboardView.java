package hotseat.serve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import hotseat.report.Bars;
import hotseat.workshop.RoomReport;
import hotseat.workshop.SeatView;

/**
 * The facilitator's view as lines of text for a window of a given size: the room's state and
 * how to join, the roster, the choices at the selected scene, who is stuck longest, the endings so
 * far, and the keys. Pure: drawn from a {@link Shown} and the size alone.
 */
final class DashboardView {
    private DashboardView() {}

    /**
     * What the view shows.
     *
     * @param scene  the index of the selected scene among {@link RoomReport#scenes}
     * @param prompt the pause message being typed, or null
     * @param asking a question waiting for y or n (stop serving), or null
     */
    record Shown(Serve.Lobby lobby, List<SeatView> seats, Instant now, boolean started, String pause, boolean locked,
                 int connected, int max, int scene, String prompt, String asking) {}

    static List<String> lines(Shown s, int columns, int rows) {
        List<String> out = new ArrayList<>();
        String state = s.pause() != null ? "PAUSED" : s.started() ? "PLAYING" : "WAITING TO START";
        out.add(fit("Hotseat workshop " + s.lobby().workshopId() + "   " + state + (s.locked() ? "   LOCKED" : "")
                + "   " + s.connected() + "/" + s.max() + " connected", columns));
        out.add(fit("Join: ssh -p " + s.lobby().port() + " NAME@" + s.lobby().shownHost()
                + (s.lobby().code() == null ? "" : "   room code: " + s.lobby().code())
                + "   host key " + s.lobby().fingerprint(), columns));
        if (s.pause() != null) {
            out.add(fit("Every screen shows: " + s.pause(), columns));
        }
        out.add("");

        List<String> roster = new ArrayList<>();
        roster.add(String.format(Locale.ROOT, "%-16s %-30s %4s %4s %4s %4s", "TRAINEE", "WHERE", "MOOD", "CALM", "ACK", "RES"));
        List<RoomReport.RosterRow> rows1 = RoomReport.roster(s.seats(), s.now());
        for (RoomReport.RosterRow r : rows1) {
            roster.add(String.format(Locale.ROOT, "%-16s %-30s %4s %4s %4s %4s", cut(r.name(), 16), cut(r.status(), 30),
                    num(r.mood()), num(r.calmness()), num(r.acknowledgment()), num(r.resolution())));
        }
        if (rows1.isEmpty()) {
            roster.add("Nobody has joined yet.");
        }

        List<String> panels = new ArrayList<>();
        List<RoomReport.Scene> scenes = RoomReport.scenes(s.seats());
        if (scenes.isEmpty()) {
            panels.add("CHOICES: none yet");
        } else {
            RoomReport.Scene scene = scenes.get(Math.floorMod(s.scene(), scenes.size()));
            panels.add("CHOICES AT " + scene.nodeId() + " (" + scene.scenarioId() + ")  ←/→ scene "
                    + (Math.floorMod(s.scene(), scenes.size()) + 1) + " of " + scenes.size());
            Map<String, Integer> d = RoomReport.distribution(s.seats(), scene);
            int total = d.values().stream().mapToInt(Integer::intValue).sum();
            d.forEach((label, count) -> panels.add(String.format(Locale.ROOT, "  %-10s %s %3d (%d%%)", label,
                    Bars.of(total == 0 ? 0 : count * 100 / total, 20), count, total == 0 ? 0 : Math.round(count * 100f / total))));
        }
        panels.add("");
        panels.add("STUCK LONGEST");
        List<RoomReport.Stuck> stuck = RoomReport.stuckLongest(s.seats(), s.now(), 5);
        for (RoomReport.Stuck st : stuck) {
            panels.add(String.format(Locale.ROOT, "  %-16s %-22s %s", cut(st.name(), 16), cut(st.where(), 22),
                    RoomReport.shortDuration(st.forHowLong())));
        }
        if (stuck.isEmpty()) {
            panels.add("  nobody");
        }
        panels.add("");
        panels.add("ENDINGS SO FAR");
        Map<String, Integer> endings = RoomReport.endings(s.seats());
        endings.forEach((outcome, n) -> panels.add(String.format(Locale.ROOT, "  %-12s %3d", outcome, n)));
        if (endings.isEmpty()) {
            panels.add("  none yet");
        }

        int body = Math.max(0, rows - out.size() - 1);
        int rosterWidth = 68;
        if (columns >= rosterWidth + 2 + 40) {
            for (int i = 0; i < body; i++) {
                String left = i < roster.size() ? roster.get(i) : "";
                String right = i < panels.size() ? panels.get(i) : "";
                out.add(fit(pad(left, rosterWidth) + "  " + right, columns));
            }
        } else {
            List<String> stacked = new ArrayList<>(roster);
            stacked.add("");
            stacked.addAll(panels);
            for (int i = 0; i < body; i++) {
                out.add(fit(i < stacked.size() ? stacked.get(i) : "", columns));
            }
        }
        while (out.size() < rows - 1) {
            out.add("");
        }
        String bottom;
        if (s.asking() != null) {
            bottom = s.asking();
        } else if (s.prompt() != null) {
            bottom = "Pause message (Enter pauses every screen, Esc cancels): " + s.prompt();
        } else {
            bottom = (s.started() ? "" : "s start everyone  ") + (s.pause() == null ? "p pause with a message  " : "r resume  ")
                    + (s.locked() ? "u unlock" : "l lock the room") + "  ←/→ scene  q stop serving";
        }
        out.add(fit(bottom, columns));
        return out.subList(0, Math.min(out.size(), rows));
    }

    private static String num(Integer n) {
        return n == null ? "-" : n.toString();
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, Math.max(0, width - 1)) + "…";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s.substring(0, width) : s + " ".repeat(width - s.length());
    }

    private static String fit(String s, int columns) {
        return s.length() <= columns ? s : s.substring(0, Math.max(0, columns));
    }
}
