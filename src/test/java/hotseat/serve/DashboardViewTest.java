package hotseat.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import hotseat.workshop.SeatView;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DashboardViewTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:30:00Z");
    private static final Serve.Lobby LOBBY = new Serve.Lobby("room-2026-03-01", "0.0.0.0", 2222, "SHA256:abc", "tulip",
            Path.of("serve.log"), "parcel");

    private static SeatView seat(String name, String node, String label, Duration at) {
        return new SeatView(name, true, SeatView.Place.SCENE, "parcel", node, 55, 70, 80, 90, null, NOW.minus(at), NOW,
                List.of(new SeatView.Choice("parcel", "opening", label)), List.of());
    }

    @Test
    void theViewShowsTheRoomTheRosterTheChoicesAtTheSceneWhoIsStuckAndTheKeysWithinTheWindow() {
        DashboardView.Shown shown = new DashboardView.Shown(LOBBY, List.of(seat("alice", "photo", "option 2", Duration.ofMinutes(4)),
                seat("bob", "photo", "typed", Duration.ofSeconds(10))), NOW, true, "back in five", true, 2, 30, 0, null, null);
        List<String> lines = DashboardView.lines(shown, 120, 24);
        String text = String.join("\n", lines);
        assertEquals(24, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.length() <= 120), text);
        assertTrue(lines.get(0).contains("PAUSED") && lines.get(0).contains("LOCKED") && lines.get(0).contains("2/30 connected"), text);
        assertTrue(lines.get(1).contains("ssh -p 2222 NAME@THIS-MACHINE") && lines.get(1).contains("room code: tulip"), text);
        assertTrue(text.contains("Every screen shows: back in five"), text);
        assertTrue(text.contains("alice            scene photo"), text);
        assertTrue(text.contains("CHOICES AT opening"), text);
        assertTrue(text.contains("option 2") && text.contains("typed"), text);
        assertTrue(text.indexOf("alice            scene photo    ") < text.lastIndexOf("4m"), text);
        assertTrue(lines.get(23).contains("r resume") && lines.get(23).contains("u unlock"), lines.get(23));
    }

    @Test
    void aNarrowWindowStacksThePanelsUnderTheRosterAndThePausePromptTakesTheBottomLine() {
        DashboardView.Shown shown = new DashboardView.Shown(LOBBY, List.of(), NOW, false, null, false, 0, 30, 0, "Let us", null);
        List<String> lines = DashboardView.lines(shown, 80, 20);
        String text = String.join("\n", lines);
        assertTrue(text.contains("WAITING TO START"), text);
        assertTrue(text.contains("Nobody has joined yet."), text);
        assertTrue(text.contains("STUCK LONGEST"), text);
        assertTrue(lines.get(19).startsWith("Pause message") && lines.get(19).endsWith("Let us"), lines.get(19));
    }
}
