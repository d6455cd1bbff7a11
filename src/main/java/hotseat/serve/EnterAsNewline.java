package hotseat.serve;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;

import org.apache.sshd.common.channel.ChannelPipedInputStream;

/**
 * A trainee's keys as the full-screen interface reads them. Over SSH the client's terminal is in
 * raw mode, so Enter arrives as CR — and Lanterna reads Enter only as LF or CR NUL, taking a lone
 * CR together with the key after it. So CR becomes LF, and an LF or NUL right after a CR (CR LF,
 * CR NUL) is dropped: one Enter is one Enter, however the client sends it.
 */
final class EnterAsNewline extends FilterInputStream {
    private static final int CR = '\r';
    private static final int LF = '\n';

    /** Whether the last byte handed on was a CR turned into LF. */
    private boolean afterCr;
    /** A byte read ahead (by {@link #available}) and not yet handed on; -1 for none. */
    private int ahead = -1;

    EnterAsNewline(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        while (true) {
            int b;
            if (ahead >= 0) {
                b = ahead;
                ahead = -1;
            } else {
                b = in.read();
            }
            if (b < 0) {
                return b;
            }
            if (afterCr && (b == LF || b == 0)) {
                afterCr = false;
                continue;
            }
            afterCr = b == CR;
            return b == CR ? LF : b;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int first = read();
        if (first < 0) {
            return -1;
        }
        buffer[offset] = (byte) first;
        int n = 1;
        // Hand on what is already waiting, without blocking for more.
        while (n < length && available() > 0) {
            int b = read();
            if (b < 0) {
                break;
            }
            buffer[offset + n++] = (byte) b;
        }
        return n;
    }

    /**
     * What can be read without blocking. A LF or NUL waiting right after a CR is dropped here
     * first, so that "available" never counts a byte that {@link #read} would swallow and then
     * block for the next one.
     */
    @Override
    public int available() throws IOException {
        if (ahead >= 0) {
            return 1 + in.available();
        }
        if (afterCr && in.available() > 0) {
            int b = in.read();
            if (b == LF || b == 0) {
                afterCr = false;
            } else if (b >= 0) {
                ahead = b;
                return 1 + in.available();
            }
        }
        return in.available();
    }

    /** Whether the client has said it sends nothing more. */
    private boolean ended;

    /**
     * Whether the client has ended its input (found while {@link #await waiting}): no key can
     * come any more, though the connection may stay open until the session ends it.
     */
    boolean ended() {
        return ended;
    }

    /**
     * Waits at most {@code millis} for a key and returns as soon as one can be read; a byte read
     * while waiting is kept for the next read. Only a channel's pipe can be waited on like this;
     * another stream, or one that has ended, is slept over.
     *
     * @throws IOException when the pipe has been closed (the connection has gone)
     */
    void await(long millis) throws IOException, InterruptedException {
        int available = in.available();
        if (ahead >= 0 || available > 0) {
            return;
        }
        if (available < 0) {
            ended = true; // MINA's pipe says so once the client has sent its end of input
        }
        if (ended || !(in instanceof ChannelPipedInputStream pipe)) {
            Thread.sleep(millis);
            return;
        }
        long timeout = pipe.getTimeout();
        pipe.setTimeout(millis);
        try {
            int b = in.read();
            if (b < 0) {
                ended = true;
            } else if (afterCr && (b == LF || b == 0)) {
                afterCr = false; // the second half of an Enter, dropped as available() drops it
            } else {
                ahead = b;
            }
        } catch (SocketException e) {
            // MINA's pipe says its wait is over with no byte come: nothing to do
        } finally {
            pipe.setTimeout(timeout);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
