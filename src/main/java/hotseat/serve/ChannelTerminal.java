package hotseat.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;

/**
 * A trainee's terminal at the far end of an SSH channel: ANSI escape codes written to the
 * channel, keys read from it. Its size is the one the client's pty request gave, changed when the
 * client reports a window change; nothing is asked of the terminal and nothing of this process's
 * own terminal is touched (no stty, no shutdown hook, no signal handler).
 */
final class ChannelTerminal extends ANSITerminal {
    private volatile TerminalSize size;

    private final EnterAsNewline keys;

    ChannelTerminal(InputStream keys, OutputStream screen, TerminalSize size) {
        this(new EnterAsNewline(keys), screen, size);
    }

    private ChannelTerminal(EnterAsNewline keys, OutputStream screen, TerminalSize size) {
        super(keys, screen, StandardCharsets.UTF_8);
        this.keys = keys;
        this.size = size;
    }

    /**
     * Waits for the trainee's next key, at most {@code millis}: the session's thread sleeps
     * until a key comes instead of looking for one every few milliseconds.
     */
    void awaitKey(long millis) throws IOException, InterruptedException {
        keys.await(millis);
    }

    /** Whether the client has ended its input, so no key can come any more. */
    boolean inputEnded() {
        return keys.ended();
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    /** The client's window has changed size: the screen redraws at the new size on its next frame. */
    void resized(TerminalSize now) {
        size = now;
        onResized(now);
    }

    @Override
    public void putString(String string) throws IOException {
        // Whole strings as UTF-8: Lanterna would encode one Java char at a time, breaking emoji.
        writeToTerminal(string.getBytes(StandardCharsets.UTF_8));
    }
}
