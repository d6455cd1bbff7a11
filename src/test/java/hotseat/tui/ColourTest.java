package hotseat.tui;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;

import hotseat.conversation.Mode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Colour: only the sixteen ANSI colours when wanted, none at all when NO_COLOR asks. */
class ColourTest {

    private static Set<TextColor> coloursOnScreen(UiState state, boolean colour) throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(state.size());
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Frame.show(screen, state, colour, false);
        Set<TextColor> colours = new HashSet<>();
        for (int row = 0; row < state.size().getRows(); row++) {
            for (int col = 0; col < state.size().getColumns(); col++) {
                TextCharacter c = terminal.getCharacter(col, row);
                colours.add(c.getForegroundColor());
                colours.add(c.getBackgroundColor());
            }
        }
        return colours;
    }

    private static UiState playing() {
        return Script.briefing(Mode.PRACTICE).size(80, 24).key(KeyType.Enter).type("1").state;
    }

    @Test
    void withColourOnlyTheSixteenAnsiColoursAreUsed() throws IOException {
        Set<TextColor> colours = coloursOnScreen(playing(), true);
        assertTrue(colours.size() > 1, "some colour is used: " + colours);
        for (TextColor c : colours) {
            assertTrue(c instanceof TextColor.ANSI, "not an ANSI colour: " + c);
        }
    }

    @Test
    void withoutColourEveryCellKeepsTheTerminalsOwnColours() throws IOException {
        assertEquals(Set.of(TextColor.ANSI.DEFAULT), coloursOnScreen(playing(), false));
        assertEquals(Set.of(TextColor.ANSI.DEFAULT), coloursOnScreen(Script.picker().size(80, 24).state, false));
    }
}
