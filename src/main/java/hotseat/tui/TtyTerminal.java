package hotseat.tui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;

/**
 * The terminal this process runs in: Lanterna's {@link UnixTerminal} with Ctrl-C delivered as a
 * key, and three repairs. Text is written as whole UTF-8 strings, because Lanterna 3.1 encodes a
 * string one Java char at a time and so prints each half of an emoji's surrogate pair as "?".
 * The size comes from {@code stty size}, because Lanterna asks the terminal for its cursor
 * position and waits five seconds for a terminal that never answers. And the terminal is set up
 * with one {@code stty} run instead of Lanterna's six (save the settings, no line editing, read
 * one key at a time, no echo, Ctrl-C as a key, the size), each a process of its own: together
 * they were most of the time the interface took to start.
 */
final class TtyTerminal extends UnixTerminal {

    /** How long a terminal has to answer the cursor-position query before plain mode is used instead. */
    static final Duration ANSWER_WITHIN = Duration.ofMillis(600);

    private static final String STTY = "/bin/stty";

    private final InputStream input;

    // Set while Lanterna's constructor sets the terminal up, before this class's own fields are
    // initialised: so none of these has an initialiser.
    /** The settings to restore on leaving, as {@code stty -g} printed them. */
    private String saved;
    /** Whether the terminal is in the mode full screen needs: no line editing or echo, Ctrl-C a key. */
    private boolean raw;
    /** The size as {@code stty} last reported it; null once the window has changed size since. */
    private volatile TerminalSize knownSize;

    private TtyTerminal(InputStream input, OutputStream output) throws IOException {
        super(input, output, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
        this.input = input;
    }

    /**
     * The terminal of standard input and output, ready for full screen; or empty, with the
     * terminal left as it was, when it does not answer a cursor-position query within
     * {@code wait} (it cannot draw a full screen, and escape codes would only litter it).
     */
    static Optional<TtyTerminal> open(Duration wait) throws IOException {
        TtyTerminal terminal = new TtyTerminal(System.in, System.out);
        if (terminal.answersCursorQuery(wait)) {
            return Optional.of(terminal);
        }
        terminal.close();
        return Optional.empty();
    }

    /**
     * Sends the cursor-position query (ESC [ 6 n) and reads the reply, ESC [ row ; column R,
     * straight from the input before Lanterna starts reading it. Called once, before the screen
     * starts, with the terminal already in raw mode.
     */
    private boolean answersCursorQuery(Duration wait) throws IOException {
        writeToTerminal((byte) 0x1b, (byte) '[', (byte) '6', (byte) 'n');
        flush();
        long deadline = System.nanoTime() + wait.toNanos();
        StringBuilder reply = new StringBuilder();
        while (System.nanoTime() < deadline) {
            if (input.available() == 0) {
                sleep();
                continue;
            }
            int b = input.read();
            if (b < 0) {
                return false;
            }
            reply.append((char) b);
            if (b == 'R' && reply.indexOf("\u001b[") >= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void putString(String string) throws IOException {
        // Every cell the screen sends was made by CellText, which has already turned control
        // characters into spaces; this runs once per changed cell, so it only encodes.
        writeToTerminal(string.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Saves the settings, and in the same run of {@code stty} puts the terminal in the mode full
     * screen needs and reads its size; Lanterna's calls that follow, to set the mode piece by
     * piece, then find it already set.
     */
    @Override
    protected void saveTerminalSettings() throws IOException {
        String[] lines = sh("{ " + STTY + " -g; " + STTY + " -icanon min 1 -echo intr undef; " + STTY + " size; } < /dev/tty")
                .split("\n");
        if (lines.length < 2 || lines[0].isBlank()) {
            throw new IOException("stty could not read the terminal's settings");
        }
        saved = lines[0].strip();
        raw = true;
        knownSize = size(lines[1]);
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (saved != null) {
            runSTTYCommand(saved);
            raw = false;
        }
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (enabled == raw) {
            super.canonicalMode(enabled);
        }
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (enabled == raw) {
            super.keyEchoEnabled(enabled);
        }
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if (enabled == raw) {
            super.keyStrokeSignalsEnabled(enabled);
        }
    }

    /** Runs a shell command line and gives what it printed, line by line. */
    private static String sh(String commandLine) throws IOException {
        Process p = new ProcessBuilder("sh", "-c", commandLine).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    /** "rows columns", as {@code stty size} prints it; null when it is not that. */
    private static TerminalSize size(String rowsAndColumns) {
        try {
            String[] parts = rowsAndColumns.strip().split("\\s+");
            int rows = Integer.parseInt(parts[0]);
            int columns = Integer.parseInt(parts[1]);
            return rows > 0 && columns > 0 ? new TerminalSize(columns, rows) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The size is asked again only after the window has changed size (SIGWINCH). */
    @Override
    protected void registerTerminalResizeListener(Runnable onResize) throws IOException {
        super.registerTerminalResizeListener(() -> {
            knownSize = null;
            onResize.run();
        });
    }

    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        TerminalSize known = knownSize;
        if (known != null) {
            return known;
        }
        try {
            TerminalSize now = size(runSTTYCommand("size"));
            if (now != null) {
                knownSize = now;
                return now;
            }
        } catch (IOException e) {
            // stty could not tell (no tty device, an odd stty): ask the terminal as Lanterna does.
        }
        return super.findTerminalSize();
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
