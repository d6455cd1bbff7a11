package hotseat.tui;

import org.junit.jupiter.api.Test;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CanvasTest {

    private static String drawn(String text, int columns) {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(columns, 1));
        Canvas canvas = new Canvas(terminal.newTextGraphics(), false);
        canvas.text(0, 0, text, Look.PLAIN);
        return ScreenText.text(terminal, null).strip();
    }

    @Test
    void textThatDoesNotFitEndsWithAnEllipsis() {
        String tags = "Difficulty ###-- 3/5   Tags: delivery, retail, phone, repeat-contact, partly-at-fault, policy, angry";
        String line = drawn(tags, 80);
        assertEquals(80, CellText.width(line));
        assertEquals('…', line.charAt(line.length() - 1));
        assertEquals(tags.substring(0, 79), line.substring(0, 79));
    }

    @Test
    void textThatFitsIsDrawnWhole() {
        assertEquals("Tags: delivery 🎂", drawn("Tags: delivery 🎂", 17));
        assertEquals("Tags: delivery …", drawn("Tags: delivery 🎂", 16), "a wide character that would be cut is left out");
    }
}
