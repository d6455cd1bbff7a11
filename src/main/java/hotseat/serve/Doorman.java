package hotseat.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-address limits at the server's door, for a server on a shared network: how many
 * connections one address may open in a minute, and how many wrong room codes it may give in a
 * minute before it is refused for a while. A classroom behind one NAT shares an address, so the
 * limits are far above what a room of people does and only a script reaches them. Each limit is
 * logged once when it is reached, not once per refused connection. Thread-safe.
 */
final class Doorman {
    private static final Logger LOG = LoggerFactory.getLogger("hotseat.serve");

    static final Duration WINDOW = Duration.ofMinutes(1);
    /** Connections one address may open within {@link #WINDOW}. */
    static final int CONNECTIONS_PER_MINUTE = 60;
    /** Wrong room codes one address may give within {@link #WINDOW} before it is refused. */
    static final int WRONG_CODES_PER_MINUTE = 10;
    /** How long an address that gave too many wrong room codes is refused. */
    static final Duration BLOCK = Duration.ofMinutes(5);

    /** Said to a trainee whose address is refused for a while. */
    static final String BLOCKED = "Too many wrong room codes came from your network:"
            + " wait five minutes, check the code with the facilitator, then connect again.";

    private final Clock clock;
    private final int connectionsPerMinute;
    private final int wrongCodesPerMinute;
    private final Duration block;
    private final Map<String, Deque<Instant>> connections = new HashMap<>();
    private final Map<String, Deque<Instant>> wrongCodes = new HashMap<>();
    private final Map<String, Instant> blockedUntil = new HashMap<>();
    private final Map<String, Instant> rateLogged = new HashMap<>();

    Doorman(Clock clock) {
        this(clock, CONNECTIONS_PER_MINUTE, WRONG_CODES_PER_MINUTE, BLOCK);
    }

    Doorman(Clock clock, int connectionsPerMinute, int wrongCodesPerMinute, Duration block) {
        this.clock = clock;
        this.connectionsPerMinute = connectionsPerMinute;
        this.wrongCodesPerMinute = wrongCodesPerMinute;
        this.block = block;
    }

    /** The address part of a socket address ("192.0.2.7"), the key every limit counts by. */
    static String address(SocketAddress remote) {
        if (remote instanceof InetSocketAddress inet) {
            InetAddress a = inet.getAddress();
            return a != null ? a.getHostAddress() : inet.getHostString();
        }
        return String.valueOf(remote);
    }

    /** A connection from {@code address} is opening: whether to let it in (false: close it at once). */
    synchronized boolean connecting(String address) {
        Instant now = clock.instant();
        forgetOld(now);
        Deque<Instant> recent = connections.computeIfAbsent(address, a -> new ArrayDeque<>());
        if (recent.size() >= connectionsPerMinute) {
            if (rateLogged.putIfAbsent(address, now) == null) {
                LOG.warn("refusing connections from {}: more than {} in a minute", address, connectionsPerMinute);
            }
            return false;
        }
        recent.addLast(now);
        return true;
    }

    /** Whether {@code address} is refused for now after too many wrong room codes. */
    synchronized boolean blocked(String address) {
        Instant until = blockedUntil.get(address);
        if (until == null) {
            return false;
        }
        if (!clock.instant().isBefore(until)) {
            blockedUntil.remove(address);
            return false;
        }
        return true;
    }

    /** {@code address} gave a wrong room code; enough of them within a minute refuse it for a while. */
    synchronized void wrongCode(String address) {
        Instant now = clock.instant();
        forgetOld(now);
        Deque<Instant> recent = wrongCodes.computeIfAbsent(address, a -> new ArrayDeque<>());
        recent.addLast(now);
        if (recent.size() >= wrongCodesPerMinute && !blockedUntil.containsKey(address)) {
            blockedUntil.put(address, now.plus(block));
            recent.clear();
            LOG.warn("refusing {} for {} minutes: {} wrong room codes within a minute", address, block.toMinutes(),
                    wrongCodesPerMinute);
        }
    }

    /** Drops what is older than the window, so the maps hold only addresses seen lately. */
    private void forgetOld(Instant now) {
        Instant cutoff = now.minus(WINDOW);
        prune(connections, cutoff);
        prune(wrongCodes, cutoff);
        rateLogged.values().removeIf(t -> t.isBefore(cutoff));
        blockedUntil.values().removeIf(t -> !now.isBefore(t));
    }

    private static void prune(Map<String, Deque<Instant>> counts, Instant cutoff) {
        for (Iterator<Deque<Instant>> it = counts.values().iterator(); it.hasNext();) {
            Deque<Instant> d = it.next();
            while (!d.isEmpty() && d.peekFirst().isBefore(cutoff)) {
                d.removeFirst();
            }
            if (d.isEmpty()) {
                it.remove();
            }
        }
    }
}
