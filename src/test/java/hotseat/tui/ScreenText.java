package hotseat.tui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Renders a state the way the runner does — through a {@link TerminalScreen} onto Lanterna's
 * {@link DefaultVirtualTerminal} — and reads the terminal's cell grid back as text: one line per
 * row, trailing blanks removed, a wide character written once, and the cursor marked with '▏'
 * when the view shows it.
 */
final class ScreenText {
    private ScreenText() {}

    /** Where expected screens live; run with -Dhotseat.snapshots=update to rewrite them. */
    static final Path EXPECTED = Path.of("src/test/resources/tui");

    static String render(UiState state, boolean colour) {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(state.size());
        try {
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            Frame.show(screen, state, colour, false);
            return text(terminal, screen.getCursorPosition());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(UiState state) {
        return render(state, false);
    }

    static String text(DefaultVirtualTerminal terminal, TerminalPosition cursor) {
        TerminalSize size = terminal.getTerminalSize();
        StringBuilder out = new StringBuilder();
        for (int row = 0; row < size.getRows(); row++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < size.getColumns(); col++) {
                if (cursor != null && cursor.getColumn() == col && cursor.getRow() == row) {
                    line.append('▏');
                }
                TextCharacter c = terminal.getCharacter(col, row);
                line.append(c.getCharacterString());
                if (c.isDoubleWidth()) {
                    col++; // the next cell is the right half of the same character
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** Compares the screen with {@code name}.txt, or writes it when asked to update snapshots. */
    static void assertMatches(String name, String actual) {
        Path file = EXPECTED.resolve(name + ".txt");
        try {
            if ("update".equals(System.getProperty("hotseat.snapshots"))) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "screen " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
