package hotseat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** What each connection is decided from: its own TERM, and the channel's lack of output processing. */
class TraineeShellTest {
    @Test
    void colourIsDecidedPerConnectionFromTheTermItsClientSent() {
        assertTrue(TraineeShell.colour(Map.of("TERM", "xterm-256color")));
        assertTrue(TraineeShell.colour(Map.of("TERM", "screen")));
        assertFalse(TraineeShell.colour(Map.of("TERM", "dumb")), "a dumb terminal");
        assertFalse(TraineeShell.colour(Map.of()), "no TERM sent (ssh -T)");
        assertFalse(TraineeShell.colour(Map.of("TERM", " ")));
        assertFalse(TraineeShell.colour(Map.of("TERM", "xterm-256color", "NO_COLOR", "1")), "NO_COLOR when the client sends it");
        assertTrue(TraineeShell.colour(Map.of("TERM", "xterm-256color", "NO_COLOR", "")), "an empty NO_COLOR asks for nothing");
    }

    @Test
    void afterTheFullScreenEveryLineEndsInCarriageReturnAndLineFeed() {
        assertEquals("Saved.\r\nBye.\r\n", TraineeShell.lineEnds("Saved.\nBye.\n", true));
        assertEquals("one\r\ntwo\r\n", TraineeShell.lineEnds("one\r\ntwo\n", true), "never CR CR LF");
        assertEquals("plain\nmode\n", TraineeShell.lineEnds("plain\nmode\n", false), "a pipe gets the text as it is");
    }
}
