package hotseat.tui;

import org.junit.jupiter.api.Test;

import com.googlecode.lanterna.input.KeyType;

import hotseat.conversation.Mode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run held from outside (a workshop room not yet started, or paused by its facilitator). */
class HoldTest {

    @Test
    void beforeTheRoomStartsTheBriefingCanBeReadButNotBegunAndTheHoldShowsOnTheBottomLine() {
        Script s = Script.briefing(Mode.PRACTICE).size(80, 24).send(new Msg.Hold("Waiting for the facilitator"));
        s.key(KeyType.Enter).type(" ");
        assertEquals(Screen.BRIEFING, s.state.screen());
        assertTrue(s.effects(Effect.Begin.class).isEmpty());
        s.type("?");
        assertEquals(Screen.HELP, s.state.screen(), "other keys still work: help opens");
        s.key(KeyType.Escape);
        assertEquals(Screen.BRIEFING, s.state.screen());
        String[] rows = s.screen().split("\n");
        assertTrue(rows[rows.length - 1].contains("Waiting for the facilitator"), s.screen());

        s.send(new Msg.Hold(null)).key(KeyType.Enter);
        assertEquals(Screen.PLAYING, s.state.screen());
        assertEquals(1, s.effects(Effect.Begin.class).size());
    }

    @Test
    void aPauseInPlayCoversTheScreenAndHoldsEveryKeyButCtrlC() {
        Script s = Script.briefing(Mode.PRACTICE).size(80, 24).key(KeyType.Enter);
        s.send(new Msg.Hold("Paused by the facilitator: back in five"));
        s.type("1");
        assertTrue(s.effects(Effect.Apply.class).isEmpty(), "no reply while paused");
        assertTrue(s.screen().contains("back in five"), s.screen());
        s.send(new Msg.Hold(null)).type("1");
        assertEquals(1, s.effects(Effect.Apply.class).size());
        assertFalse(s.screen().contains("back in five"));

        s.send(new Msg.Hold("again")).ctrl('c');
        assertEquals(1, s.effects(Effect.Quit.class).size(), "Ctrl-C still leaves");
    }
}
