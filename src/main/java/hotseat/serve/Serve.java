package hotseat.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import hotseat.conversation.ReplyMatcher;
import hotseat.scoring.ReplyScorer;
import hotseat.session.Playable;
import hotseat.store.RunDatabase;
import hotseat.store.StoreException;

/**
 * {@code hotseat serve} below the command line: opens the workshop in the run database, starts
 * the SSH server, and shows the facilitator's view on this terminal until the facilitator stops
 * it (or, away from a terminal, serves until the process is stopped).
 */
public final class Serve {
    private static final Logger LOG = LoggerFactory.getLogger("hotseat.serve");

    private Serve() {}

    /**
     * How to serve.
     *
     * @param host        the address to listen on
     * @param port        the port (0: any free one)
     * @param room        the room's name; with today's date it makes the workshop's id
     * @param code        the room code trainees must give, or null
     * @param max         the most trainees connected at once
     * @param hold        trainees wait at the briefing until the facilitator starts the room
     * @param scenarios   the scenarios on offer (one: everyone plays it)
     * @param hostKey     where the host key is kept
     * @param logFile     where the server's log goes
     * @param maxSession  the longest one connection lasts
     * @param view        whether to show the facilitator's view (this process has a terminal)
     */
    public record Config(String host, int port, String room, String code, int max, boolean hold, List<Playable> scenarios,
                         Path hostKey, Path logFile, boolean view, Supplier<ReplyScorer> scorer, Supplier<ReplyMatcher> matcher,
                         PlainPlay plain, Duration maxSession) {}

    /** Serves until stopped; what to tell the facilitator goes to {@code out}. */
    public static void run(Config c, RunDatabase store, PrintWriter out) throws IOException {
        String workshopId;
        try {
            workshopId = store.openWorkshop(c.room(), LocalDate.now());
        } catch (StoreException e) {
            throw new IOException(e.getMessage(), e);
        }
        Room room = new Room(workshopId, c.code(), c.max(), c.hold(), store, Clock.systemUTC());
        Workshop workshop = new Workshop(room, store, c.scenarios(), c.scorer(), c.matcher(), c.plain());
        try (WorkshopServer server = WorkshopServer.start(workshop, c.host(), c.port(), c.hostKey(),
                new Doorman(Clock.systemUTC()), c.maxSession())) {
            LOG.info("workshop {} serving on {}:{}, host key {}", workshopId, c.host(), server.port(), server.fingerprint());
            Lobby lobby = new Lobby(workshopId, c.host(), server.port(), server.fingerprint(), c.code(), c.logFile(),
                    c.scenarios().size() == 1 ? c.scenarios().get(0).scenario().id() : null);
            if (c.view()) {
                Dashboard.run(room, server, lobby);
                return;
            }
            for (String line : lobby.lines()) {
                out.println(line);
            }
            out.println("Serving until stopped (Ctrl-C). Every reply is saved as it is given.");
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(stopped::countDown, "hotseat-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * What the facilitator tells the room: the workshop, where to connect, the host key's
     * fingerprint, and the room code.
     */
    record Lobby(String workshopId, String host, int port, String fingerprint, String code, Path logFile, String scenario) {
        List<String> lines() {
            return List.of(
                    "Hotseat workshop " + workshopId + (scenario == null ? "" : ", playing " + scenario),
                    "Trainees join with:  ssh -p " + port + " NAME@" + shownHost(),
                    "Host key fingerprint (trainees can check it on first connecting): " + fingerprint,
                    code == null ? "No room code is asked." : "Room code: " + code,
                    "Log: " + logFile);
        }

        String shownHost() {
            return host.equals("0.0.0.0") || host.equals("::") ? "THIS-MACHINE" : host;
        }
    }
}
