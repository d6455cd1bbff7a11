package hotseat.serve;

import java.io.IOException;
import java.net.BindException;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;

import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.io.IoAcceptor;
import org.apache.sshd.common.io.IoServiceEventListener;
import org.apache.sshd.common.session.SessionHeartbeatController.HeartbeatType;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.keyboard.InteractiveChallenge;
import org.apache.sshd.server.auth.keyboard.KeyboardInteractiveAuthenticator;
import org.apache.sshd.server.channel.ChannelSessionFactory;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workshop's SSH server (Apache MINA SSHD): trainees connect with the SSH client their system
 * ships and get a {@link TraineeShell}. A public key, when the client offers one, is accepted and
 * kept as the trainee's identity; a client without one gets in through keyboard-interactive, which
 * asks for the room code when there is one (a trainee with a key is asked it too, once).
 */
final class WorkshopServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("hotseat.serve");
    private static final AttributeKey<Integer> WRONG_CODES = new AttributeKey<>();

    /**
     * A thinking trainee is not disconnected: idleness shows on the facilitator's view instead. The
     * SSH idle timeout is this beyond the longest session, so it only ever ends what nothing else did.
     */
    static final Duration IDLE_TIMEOUT = Duration.ofMinutes(10);
    /** Keeps connections through Wi-Fi and NAT quiet spells, and finds vanished clients. */
    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    /**
     * From connecting to being let in: time to check the host key's fingerprint and type the room
     * code, and no longer, so half-open connections do not pile up.
     */
    static final Duration AUTH_TIMEOUT = Duration.ofMinutes(2);
    /** Authentication attempts one connection may make (each wrong room code is one). */
    static final int MAX_AUTH_REQUESTS = 6;

    private final SshServer sshd;
    private final String fingerprint;

    private WorkshopServer(SshServer sshd, String fingerprint) {
        this.sshd = sshd;
        this.fingerprint = fingerprint;
    }

    /**
     * Starts serving {@code workshop} on {@code host}:{@code port} (0: a free port) with the host
     * key kept in {@code hostKey} (made there the first time).
     *
     * @throws PortInUse when the port is taken
     */
    static WorkshopServer start(Workshop workshop, String host, int port, Path hostKey) throws IOException {
        return start(workshop, host, port, hostKey, new Doorman(java.time.Clock.systemUTC()), TraineeShell.MAX_SESSION);
    }

    /**
     * As {@link #start(Workshop, String, int, Path)}, with the door's per-address limits and the
     * longest a connection may last.
     */
    static WorkshopServer start(Workshop workshop, String host, int port, Path hostKey, Doorman door, Duration maxSession)
            throws IOException {
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(hostKey);
        keys.setAlgorithm(KeyUtils.EC_ALGORITHM);
        keys.setKeySize(256);
        String fingerprint = loadHostKey(keys, hostKey);

        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost(host);
        sshd.setPort(port);
        sshd.setKeyPairProvider(keys);
        String code = workshop.room().code();
        sshd.setPublickeyAuthenticator((user, key, session) -> {
            session.setAttribute(TraineeShell.KEY, fingerprint(key));
            return true;
        });
        sshd.setKeyboardInteractiveAuthenticator(new RoomCode(code, door));
        sshd.setPasswordAuthenticator(null);
        sshd.setHostBasedAuthenticator(null);
        // A connection that has opened too many within the minute is closed before the handshake;
        // so is any beyond a generous safety net for the whole server, authenticated or not.
        int most = 4 * workshop.room().max() + 100;
        sshd.setIoServiceEventListener(new IoServiceEventListener() {
            @Override
            public void connectionAccepted(IoAcceptor acceptor, SocketAddress local, SocketAddress remote, SocketAddress service)
                    throws IOException {
                if (!door.connecting(Doorman.address(remote))) {
                    throw new IOException("too many connections from " + Doorman.address(remote));
                }
                if (sshd.getActiveSessions().size() >= most) {
                    LOG.warn("refusing a connection from {}: {} connections are open", Doorman.address(remote), most);
                    throw new IOException("too many connections");
                }
            }
        });
        // Nothing but the trainee's shell: no exec, no subsystems (SFTP, SCP), no port, agent or X11
        // forwarding, no global requests. MINA rejects forwarding by default; this says so outright.
        sshd.setCommandFactory(null);
        sshd.setSubsystemFactories(List.of());
        sshd.setChannelFactories(List.of(ChannelSessionFactory.INSTANCE));
        sshd.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        sshd.setAgentFactory(null);
        sshd.setGlobalRequestHandlers(List.of());
        CoreModuleProperties.AUTH_METHODS.set(sshd, code == null ? "publickey keyboard-interactive"
                : "publickey,keyboard-interactive keyboard-interactive");
        CoreModuleProperties.IDLE_TIMEOUT.set(sshd, maxSession.plus(IDLE_TIMEOUT));
        CoreModuleProperties.AUTH_TIMEOUT.set(sshd, AUTH_TIMEOUT);
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(sshd, MAX_AUTH_REQUESTS);
        CoreModuleProperties.MAX_CONCURRENT_CHANNELS.set(sshd, 2);
        CoreModuleProperties.WELCOME_BANNER.set(sshd, "Hotseat workshop. Host key " + fingerprint + "\n");
        sshd.setSessionHeartbeat(HeartbeatType.IGNORE, HEARTBEAT);
        sshd.setShellFactory(channel -> new TraineeShell(workshop, maxSession));
        try {
            sshd.start();
        } catch (BindException e) {
            throw new PortInUse(port);
        } catch (IOException e) {
            if (e.getCause() instanceof BindException || String.valueOf(e.getMessage()).contains("Address already in use")) {
                throw new PortInUse(port);
            }
            throw e;
        }
        return new WorkshopServer(sshd, fingerprint);
    }

    /** The port is taken; the message is for people. */
    static final class PortInUse extends IOException {
        PortInUse(int port) {
            super("port " + port + " is already in use — stop what uses it, or serve on another with --port N");
        }
    }

    /** Makes the host key the first time (only the owner may read it), loads it, and gives its fingerprint. */
    private static String loadHostKey(SimpleGeneratorHostKeyProvider keys, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        boolean made = !Files.exists(file);
        Iterator<KeyPair> pairs;
        try {
            pairs = keys.loadKeys(null).iterator();
        } catch (RuntimeException e) {
            throw new IOException(file + ": cannot read the workshop's host key (" + e.getMessage()
                    + ") — move the file away to make a new one (trainees will then see a new fingerprint)");
        }
        if (!pairs.hasNext()) {
            throw new IOException(file + ": no host key in it — move the file away to make a new one");
        }
        if (made) {
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException | IOException e) {
                // not a POSIX file system: the folder's own permissions protect it
            }
        }
        return fingerprint(pairs.next().getPublic());
    }

    /** The SHA-256 fingerprint of a public key, as OpenSSH prints it ({@code SHA256:…}). */
    static String fingerprint(PublicKey key) {
        return KeyUtils.getFingerPrint(key);
    }

    int port() {
        return sshd.getPort();
    }

    String fingerprint() {
        return fingerprint;
    }

    /** How many SSH sessions are open (connected, authenticated or not). */
    int sessions() {
        return sshd.getActiveSessions().size();
    }

    @Override
    public void close() throws IOException {
        sshd.stop(true);
    }

    /** Keyboard-interactive: no prompt when the room has no code; else one prompt for it. */
    private static final class RoomCode implements KeyboardInteractiveAuthenticator {
        private final String code;
        private final Doorman door;

        RoomCode(String code, Doorman door) {
            this.code = code;
            this.door = door;
        }

        @Override
        public InteractiveChallenge generateChallenge(ServerSession session, String user, String lang, String subMethods) {
            InteractiveChallenge c = new InteractiveChallenge();
            c.setInteractionName("Hotseat workshop");
            c.setLanguageTag("");
            if (code == null) {
                c.setInteractionInstruction("");
                return c;
            }
            if (door.blocked(Doorman.address(session.getClientAddress()))) {
                c.setInteractionInstruction(Doorman.BLOCKED);
                return c;
            }
            Integer wrong = session.getAttribute(WRONG_CODES);
            c.setInteractionInstruction(wrong == null ? "Type the room code the facilitator gave you."
                    : "That room code was not right. Check it with the facilitator and try again.");
            c.addPrompt("Room code: ", true);
            return c;
        }

        @Override
        public boolean authenticate(ServerSession session, String user, List<String> responses) {
            if (code == null) {
                return true;
            }
            String address = Doorman.address(session.getClientAddress());
            if (door.blocked(address)) {
                return false;
            }
            boolean right = responses != null && responses.size() == 1 && responses.get(0) != null
                    && responses.get(0).strip().equalsIgnoreCase(code);
            if (!right) {
                Integer wrong = session.getAttribute(WRONG_CODES);
                session.setAttribute(WRONG_CODES, wrong == null ? 1 : wrong + 1);
                LOG.info("wrong room code from {} ({})", session.getClientAddress(), user);
                door.wrongCode(address);
            }
            return right;
        }
    }
}
