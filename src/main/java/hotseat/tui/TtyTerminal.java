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
 * key, and two repairs. Text is written as whole UTF-8 strings, because Lanterna 3.1 encodes a
 * string one Java char at a time and so prints each half of an emoji's surrogate pair as "?".
 * The size comes from {@code stty size}, because Lanterna asks the terminal for its cursor
 * position and waits five seconds for a terminal that never answers.
 */
final class TtyTerminal extends UnixTerminal {

    /** How long a terminal has to answer the cursor-position query before plain mode is used instead. */
    static final Duration ANSWER_WITHIN = Duration.ofMillis(600);

    private final InputStream input;

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
        StringBuilder printable = new StringBuilder(string.length());
        string.codePoints().filter(c -> !Character.isISOControl(c)).forEach(printable::appendCodePoint);
        writeToTerminal(printable.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        try {
            String[] rowsAndColumns = runSTTYCommand("size").strip().split("\\s+");
            int rows = Integer.parseInt(rowsAndColumns[0]);
            int columns = Integer.parseInt(rowsAndColumns[1]);
            if (rows > 0 && columns > 0) {
                return new TerminalSize(columns, rows);
            }
        } catch (IOException | RuntimeException e) {
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
