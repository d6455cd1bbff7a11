package hotseat.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import hotseat.cli.ServeParts;
import hotseat.conversation.ReplyMatcher;
import hotseat.scoring.ReplyScorer;
import hotseat.session.Playable;
import hotseat.store.RunDatabase;

/**
 * The workshop server started in the caller's process on a free loopback port, as `hotseat
 * serve` starts it but without the facilitator's view, for benchmarks outside this package.
 */
public final class InProcessWorkshop implements AutoCloseable {
    private final WorkshopServer server;
    private final Room room;

    private InProcessWorkshop(WorkshopServer server, Room room) {
        this.server = server;
        this.room = room;
    }

    /** Serves {@code scenarios} in room {@code roomName} with no room code; the meaning model is left out. */
    public static InProcessWorkshop start(RunDatabase store, String roomName, List<Playable> scenarios, ReplyScorer scorer,
                                          int max, Path hostKey) throws Exception {
        String workshopId = store.openWorkshop(roomName, LocalDate.now());
        Room room = new Room(workshopId, null, max, false, store, Clock.systemUTC());
        Workshop workshop = new Workshop(room, store, scenarios, () -> scorer, () -> ReplyMatcher.NONE, ServeParts.plainPlay());
        WorkshopServer server = WorkshopServer.start(workshop, "127.0.0.1", 0, hostKey,
                new Doorman(Clock.systemUTC(), 10_000, 10, Duration.ofMinutes(5)), TraineeShell.MAX_SESSION);
        return new InProcessWorkshop(server, room);
    }

    public int port() {
        return server.port();
    }

    /** How many trainees are connected now. */
    public long connected() {
        return room.seats().stream().filter(s -> s.connected()).count();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
