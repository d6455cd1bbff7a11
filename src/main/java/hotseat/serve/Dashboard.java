package hotseat.serve;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen.RefreshType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;

import hotseat.tui.FullScreen;

/**
 * The facilitator's view on the terminal serve runs in, redrawn twice a second and on every key:
 * what {@link DashboardView} draws, and the keys that start the room, pause it with a message on
 * every screen, lock it, choose the scene whose choices are shown, and stop serving.
 */
final class Dashboard {
    private static final long FRAME_MILLIS = 500;

    private final Room room;
    private final Serve.Lobby lobby;
    private int scene;
    private String prompt;
    private String asking;

    private Dashboard(Room room, Serve.Lobby lobby) {
        this.room = room;
        this.lobby = lobby;
    }

    static void run(Room room, WorkshopServer server, Serve.Lobby lobby) throws IOException {
        new Dashboard(room, lobby).loop();
    }

    private void loop() throws IOException {
        try (Terminal terminal = FullScreen.localTerminal()) {
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            try {
                long next = 0;
                boolean dirty = true;
                while (true) {
                    TerminalSize resized = screen.doResizeIfNecessary();
                    if (resized != null) {
                        dirty = true;
                    }
                    long now = System.currentTimeMillis();
                    if (dirty || now >= next) {
                        draw(screen, resized != null);
                        next = now + FRAME_MILLIS;
                        dirty = false;
                    }
                    KeyStroke key = screen.pollInput();
                    if (key == null) {
                        sleep();
                        continue;
                    }
                    if (!handle(key)) {
                        return;
                    }
                    dirty = true;
                }
            } finally {
                terminal.clearScreen();
                terminal.setCursorPosition(0, 0);
                terminal.flush();
                screen.stopScreen();
            }
        }
    }

    /** Handles a key; false to stop serving. */
    boolean handle(KeyStroke key) {
        boolean ctrlC = key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() == 'c';
        if (asking != null) {
            if (key.getKeyType() == KeyType.Character && Character.toLowerCase(key.getCharacter()) == 'y' || ctrlC) {
                return false;
            }
            asking = null;
            return true;
        }
        if (prompt != null) {
            switch (key.getKeyType()) {
                case Enter -> {
                    room.pause(prompt.isBlank() ? "the facilitator will be with you shortly." : prompt);
                    prompt = null;
                }
                case Escape -> prompt = null;
                case Backspace -> prompt = prompt.isEmpty() ? prompt : prompt.substring(0, prompt.length() - 1);
                case Character -> {
                    if (!key.isCtrlDown() && prompt.length() < 200) {
                        prompt += key.getCharacter();
                    } else if (ctrlC) {
                        prompt = null;
                    }
                }
                default -> { }
            }
            return true;
        }
        if (ctrlC || key.getKeyType() == KeyType.EOF) {
            asking = "Stop serving? Every trainee is disconnected; every reply is already saved.  y stop  n keep serving";
            return key.getKeyType() != KeyType.EOF;
        }
        switch (key.getKeyType()) {
            case ArrowLeft -> scene--;
            case ArrowRight -> scene++;
            case Character -> {
                switch (Character.toLowerCase(key.getCharacter())) {
                    case 's' -> room.start();
                    case 'p' -> prompt = "";
                    case 'r' -> room.pause(null);
                    case 'l' -> room.lock(true);
                    case 'u' -> room.lock(false);
                    case 'q' -> asking = "Stop serving? Every trainee is disconnected; every reply is already saved."
                            + "  y stop  n keep serving";
                    default -> { }
                }
            }
            default -> { }
        }
        return true;
    }

    private void draw(TerminalScreen screen, boolean whole) throws IOException {
        TerminalSize size = screen.getTerminalSize();
        DashboardView.Shown shown = new DashboardView.Shown(lobby, room.seats(), Instant.now(), room.started(),
                room.pauseMessage(), room.locked(), room.connected(), room.max(), scene, prompt, asking);
        List<String> lines = DashboardView.lines(shown, size.getColumns(), size.getRows());
        screen.clear();
        TextGraphics g = screen.newTextGraphics();
        for (int row = 0; row < lines.size(); row++) {
            String line = lines.get(row);
            int column = 0;
            for (int i = 0; i < line.length() && column < size.getColumns(); ) {
                int cp = line.codePointAt(i);
                TextCharacter[] cells = TextCharacter.fromString(new String(Character.toChars(cp)));
                if (cells.length > 0) {
                    g.setCharacter(column, row, cells[0]);
                }
                column++;
                i += Character.charCount(cp);
            }
        }
        screen.setCursorPosition(null);
        screen.refresh(whole ? RefreshType.COMPLETE : RefreshType.DELTA);
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
