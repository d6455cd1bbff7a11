package hotseat.tui;

import java.io.IOException;

import com.googlecode.lanterna.screen.Screen.RefreshType;
import com.googlecode.lanterna.screen.TerminalScreen;

/** Draws one frame of a state on a screen and sends the changed cells to the terminal. */
final class Frame {
    private Frame() {}

    static void show(TerminalScreen screen, UiState state, boolean colour) throws IOException {
        Canvas canvas = new Canvas(screen.newTextGraphics(), colour);
        View.draw(state, canvas);
        screen.setCursorPosition(canvas.cursor());
        screen.refresh(RefreshType.DELTA);
    }
}
