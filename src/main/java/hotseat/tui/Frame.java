package hotseat.tui;

import java.io.IOException;

import com.googlecode.lanterna.screen.Screen.RefreshType;
import com.googlecode.lanterna.screen.TerminalScreen;

/**
 * Draws one frame of a state on a screen and sends it to the terminal: only the changed cells,
 * or every cell after the window has changed size (the terminal has then rearranged what it
 * showed in its own way, so what Lanterna remembers of the screen no longer holds).
 */
final class Frame {
    private Frame() {}

    static void show(TerminalScreen screen, UiState state, boolean colour, boolean whole) throws IOException {
        Canvas canvas = new Canvas(screen.newTextGraphics(), colour);
        View.draw(state, canvas);
        screen.setCursorPosition(canvas.cursor());
        screen.refresh(whole ? RefreshType.COMPLETE : RefreshType.DELTA);
    }
}
