package hotseat.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import hotseat.cli.ServeParts;
import hotseat.conversation.ReplyMatcher;
import hotseat.load.ScoringFiles;
import hotseat.scoring.ReplyScorer;
import hotseat.session.Playable;
import hotseat.session.RunRecord;
import hotseat.store.Database;
import hotseat.store.RunDatabase;
import hotseat.workshop.RoomReport;
import hotseat.workshop.SeatView;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The workshop server in this process, so the test can shorten its limits, make one session
 * fail and count its threads, with the real OpenSSH client joining it on the loopback address:
 * fifty trainees at once, a connection reaching its longest, one session failing among others,
 * a full-screen client killed with SIGKILL, and one ending its input (with MINA's client, as
 * OpenSSH does not). Skipped where ssh is not installed.
 */
class ServeSessionsIT {
    private static final Path HOME = Path.of("target/it-serve-sessions").toAbsolutePath();
    private static final int CROWD = 50;
    /** Enough replies of option 2 to reach parcel-never-came's ending; what is left over is never read. */
    private static final String TO_THE_END = "2\n".repeat(10);
    private static final Pattern ESCAPES = Pattern.compile("\u001B(\\[[0-9;?<=>]*[ -/]*[@-~]|[()][0-9A-Za-z]|[=>78])");

    private static RunDatabase store;
    private static ReplyScorer scorer;
    private static Playable parcel;
    private static final List<Process> started = new ArrayList<>();

    @BeforeAll
    static void setUp() throws Exception {
        assumeTrue(ServeIT.onPath("ssh") && ServeIT.onPath("ssh-keygen"),
                "the OpenSSH client (ssh, ssh-keygen) is not installed: skipping the workshop server's session test");
        ServeIT.deleteTree(HOME);
        Files.createDirectories(HOME.resolve("keys"));
        List<Process> keygens = new ArrayList<>();
        for (String who : keyNames()) {
            keygens.add(new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key(who).toString())
                    .redirectErrorStream(true).start());
        }
        for (Process p : keygens) {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "ssh-keygen");
        }
        store = RunDatabase.open(Database.sqlite(HOME.resolve("hotseat.db")));
        scorer = ScoringFiles.standardScorer();
        parcel = ServeParts.scenario("parcel-never-came");
    }

    @AfterAll
    static void tearDown() {
        for (Process p : started) {
            p.destroyForcibly();
        }
        if (store != null) {
            store.close();
        }
    }

    private static List<String> keyNames() {
        List<String> names = new ArrayList<>(List.of("limit", "screen", "boom", "steady", "calm", "later", "warm", "killed"));
        for (int i = 1; i <= CROWD; i++) {
            names.add(crowd(i));
        }
        return names;
    }

    private static String crowd(int i) {
        return String.format("trainee-%02d", i);
    }

    // ---- fifty at once ---------------------------------------------------------------------------

    @Test
    void fiftyTraineesConnectedAtOnceEachPlayToTheirEndingAndEveryRunIsInTheStoreWithItsTraineeAndWorkshop() throws Exception {
        try (Served served = serve("crowd", TraineeShell.MAX_SESSION, ServeParts.plainPlay())) {
            Instant t0 = Instant.now();
            List<Client> clients = new ArrayList<>();
            for (int i = 1; i <= CROWD; i++) {
                // One loopback address each: the door lets one address open only so many connections a minute.
                clients.add(Client.plain(served, crowd(i), crowd(i), "127.0.1." + i));
            }
            // Every trainee is in before anyone answers, so all fifty sessions are open together.
            await("all " + CROWD + " trainees connected", () -> connected(served.room) == CROWD, Duration.ofSeconds(90));
            Instant allIn = Instant.now();
            for (Client c : clients) {
                c.type(TO_THE_END);
                c.endInput();
            }
            for (Client c : clients) {
                assertTrue(c.exited(Duration.ofSeconds(60)), c.name + " did not finish: " + c.tail());
            }
            System.out.printf("%d ssh clients: all connected after %d ms, all finished after %d ms%n", CROWD,
                    Duration.between(t0, allIn).toMillis(), Duration.between(t0, Instant.now()).toMillis());
            for (Client c : clients) {
                String out = c.output();
                assertTrue(out.contains("you are " + c.name + "."), out);
                assertTrue(out.contains("The conversation ends"), c.tail());
                assertTrue(out.contains("Your run is saved"), c.tail());
                assertFalse(out.contains("Exception") || out.contains("went wrong"), c.tail());
            }
            // Read back as `hotseat runs` would: a store of its own over the same file.
            try (RunDatabase reader = RunDatabase.open(Database.sqlite(HOME.resolve("hotseat.db")))) {
                List<String> ids = reader.workshopRuns(served.workshopId);
                assertEquals(CROWD, ids.size(), "one run per trainee in workshop " + served.workshopId);
                Set<String> trainees = new TreeSet<>();
                for (String id : ids) {
                    RunRecord run = reader.find(id).orElseThrow();
                    assertTrue(run.finished(), id + " finished");
                    assertEquals("parcel-never-came", run.scenarioId());
                    trainees.add(run.trainee());
                }
                Set<String> expected = new TreeSet<>();
                for (int i = 1; i <= CROWD; i++) {
                    expected.add(crowd(i));
                }
                assertEquals(expected, trainees);
            }
        }
    }

    // ---- the longest connection ------------------------------------------------------------------

    @Test
    void aConnectionThatReachesItsLongestIsToldSoAndItsRunIsTakenUpOnTheNextConnection() throws Exception {
        try (Served served = serve("limit", Duration.ofSeconds(4), ServeParts.plainPlay())) {
            Client first = Client.plain(served, "limit", "limit", null);
            first.await("you are limit.", Duration.ofSeconds(30));
            first.type("2\n");
            // Input stays open: only the limit ends this connection.
            assertTrue(first.exited(Duration.ofSeconds(30)), first.tail());
            assertTrue(first.output().contains("This connection has lasted its longest (4 seconds): every reply is saved,"
                    + " so connect again to go on."), first.tail());
            RunRecord cut = only(served, "limit");
            assertFalse(cut.finished(), "unfinished");
            assertEquals(1, cut.debrief().turns().size());
            assertTrue(served.room.seats().stream().noneMatch(SeatView::connected), "the seat is let go");

            Client again = Client.plain(served, "limit", "limit", null);
            again.type(TO_THE_END);
            again.endInput();
            assertTrue(again.exited(Duration.ofSeconds(30)), again.tail());
            assertTrue(again.output().contains(Welcome.back("limit")), again.tail());
            assertTrue(again.output().contains("The conversation ends"), again.tail());
            RunRecord taken = only(served, "limit");
            assertEquals(cut.id(), taken.id(), "taken up, not begun again");
            assertTrue(taken.finished());
        }
    }

    @Test
    void aFullScreenConnectionThatReachesItsLongestGivesTheScreenBackWithTheMessage() throws Exception {
        try (Served served = serve("limit-screen", Duration.ofSeconds(4), ServeParts.plainPlay())) {
            Client c = Client.fullScreen(served, "screen", "screen");
            c.await("Enter begin", Duration.ofSeconds(30));
            c.type("\r");
            c.await("Your reply", Duration.ofSeconds(15));
            c.type("2");
            c.await("calmness", Duration.ofSeconds(15));
            assertTrue(c.exited(Duration.ofSeconds(30)), c.tail());
            assertTrue(c.shows("This connection has lasted its longest (4 seconds)"), c.tail());
            RunRecord cut = only(served, "screen");
            assertFalse(cut.finished());
            assertEquals(1, cut.debrief().turns().size());
        }
    }

    // ---- one session failing ---------------------------------------------------------------------

    @Test
    void oneSessionFailingEndsOnlyThatConnectionAndTheServerServesOthersAndNewOnes() throws Exception {
        // The one seam: the server's plain player, here failing for one trainee after their first reply.
        PlainPlay real = ServeParts.plainPlay();
        PlainPlay failingForBoom = (session, in, out) -> real.play(session,
                "boom".equals(session.record().trainee()) ? new FailingAfterOneLine(in) : in, out);
        try (Served served = serve("failing", TraineeShell.MAX_SESSION, failingForBoom)) {
            Client steady = Client.plain(served, "steady", "steady", null);
            Client calm = Client.plain(served, "calm", "calm", null);
            steady.await("you are steady.", Duration.ofSeconds(30));
            calm.await("you are calm.", Duration.ofSeconds(30));
            steady.type("2\n");

            Client boom = Client.plain(served, "boom", "boom", null);
            boom.type(TO_THE_END);
            assertTrue(boom.exited(Duration.ofSeconds(30)), boom.tail());
            assertTrue(boom.output().contains("Something went wrong on the server and this connection has to end:"
                    + " every reply so far is saved, so connect again to go on."), boom.tail());
            assertFalse(boom.output().contains("Exception"), boom.tail());
            RunRecord broken = only(served, "boom");
            assertEquals(1, broken.debrief().turns().size(), "the reply before the failure is kept");
            assertFalse(broken.finished());

            // The others play on where they were.
            for (Client c : List.of(steady, calm)) {
                c.type(TO_THE_END);
                c.endInput();
                assertTrue(c.exited(Duration.ofSeconds(30)), c.tail());
                assertTrue(c.output().contains("Your run is saved"), c.tail());
                assertTrue(only(served, c.name).finished());
            }
            // And a trainee arriving after the failure is served.
            Client later = Client.plain(served, "later", "later", null);
            later.type(TO_THE_END);
            later.endInput();
            assertTrue(later.exited(Duration.ofSeconds(30)), later.tail());
            assertTrue(later.output().contains("Your run is saved"), later.tail());
            assertFalse(served.room.seats().stream().anyMatch(SeatView::connected), "every seat let go");
        }
    }

    /** Lines from the trainee, then a failure inside the session once one reply has been given. */
    private static final class FailingAfterOneLine extends BufferedReader {
        private int lines;

        FailingAfterOneLine(BufferedReader in) {
            super(in);
        }

        @Override
        public String readLine() throws IOException {
            if (lines++ == 1) {
                throw new IllegalStateException("a failure inside one session");
            }
            return super.readLine();
        }
    }

    // ---- a killed full-screen client ---------------------------------------------------------------

    @Test
    void aFullScreenClientKilledWithSigkillIsShownDroppedAndLeavesNoThreadBehind() throws Exception {
        try (Served served = serve("killed", TraineeShell.MAX_SESSION, ServeParts.plainPlay())) {
            // A session that ends normally first, so the server's pools are as they stay.
            Client warm = Client.fullScreen(served, "warm", "warm");
            warm.await("Enter begin", Duration.ofSeconds(30));
            warm.type("\u0003");
            assertTrue(warm.exited(Duration.ofSeconds(30)), warm.tail());
            await("the first session's thread to end", () -> trainees().isEmpty(), Duration.ofSeconds(20));
            Thread.sleep(500);
            List<String> before = serverThreads();
            int hooks = shutdownHooks();

            Client killed = Client.fullScreen(served, "killed", "killed");
            killed.await("Enter begin", Duration.ofSeconds(30));
            killed.type("\r");
            killed.await("Your reply", Duration.ofSeconds(15));
            assertEquals(1, trainees().size(), "the session's thread, polling the keyboard");
            ProcessHandle ssh = killed.ssh();
            ssh.destroyForcibly(); // SIGKILL: no close, no EOF, just a dead socket
            ssh.onExit().get(10, TimeUnit.SECONDS);

            await("the seat to show dropped", () -> connected(served.room) == 0, Duration.ofSeconds(30));
            List<RoomReport.RosterRow> roster = RoomReport.roster(served.room.seats(), Instant.now());
            RoomReport.RosterRow row = roster.stream().filter(r -> r.name().equals("killed")).findFirst().orElseThrow();
            assertTrue(row.status().startsWith("dropped (scene "), row.status());
            await("the server's threads to return to " + before.size(), () -> serverThreads().size() <= before.size(),
                    Duration.ofSeconds(20), () -> "before: " + before + "\nnow: " + serverThreads());
            assertTrue(trainees().isEmpty(), trainees().toString());
            // A terminal made per session must not reach the JVM (a local terminal's shutdown hook, one per session).
            assertEquals(hooks, shutdownHooks(), "no JVM-wide hook added by a full-screen session");
        }
    }

    /** The JVM's shutdown hooks, counted (the test JVM opens java.lang to read them). */
    private static int shutdownHooks() throws ReflectiveOperationException {
        Class<?> hooks = Class.forName("java.lang.ApplicationShutdownHooks");
        Field f = hooks.getDeclaredField("hooks");
        f.setAccessible(true);
        synchronized (hooks) {
            return ((Map<?, ?>) f.get(null)).size();
        }
    }

    @Test
    void aFullScreenClientThatEndsItsInputIsLetGoAsFromAClosedTerminal() throws Exception {
        // OpenSSH sends no end of input from a terminal, so MINA's own client does it here.
        try (Served served = serve("ended", TraineeShell.MAX_SESSION, ServeParts.plainPlay());
             SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
            client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
            client.start();
            try (ClientSession session = client.connect("ender", "127.0.0.1", served.server.port())
                    .verify(30, TimeUnit.SECONDS).getSession()) {
                KeyPairGenerator keys = KeyPairGenerator.getInstance("EC");
                keys.initialize(256);
                session.addPublicKeyIdentity(keys.generateKeyPair());
                session.auth().verify(30, TimeUnit.SECONDS);
                ChannelShell channel = session.createShellChannel();
                channel.setPtyType("xterm-256color");
                channel.setPtyColumns(100);
                channel.setPtyLines(30);
                java.io.ByteArrayOutputStream screen = new java.io.ByteArrayOutputStream();
                channel.setOut(screen);
                channel.setErr(screen);
                channel.open().verify(30, TimeUnit.SECONDS);
                await("the briefing", () -> ESCAPES.matcher(screen.toString(StandardCharsets.UTF_8)).replaceAll("")
                        .replace(" ", "").contains("Enterbegin"), Duration.ofSeconds(30));
                assertEquals(1, connected(served.room));

                channel.getInvertedIn().close(); // the end of input, the channel still open
                await("the seat to be let go", () -> connected(served.room) == 0, Duration.ofSeconds(20));
                await("the session's thread to end", () -> trainees().isEmpty(), Duration.ofSeconds(20));
                assertFalse(channel.waitFor(java.util.EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(20))
                        .contains(ClientChannelEvent.TIMEOUT), "the server ends the channel");
            }
        }
    }

    /** The live threads that belong to the server (this process's process reapers and common pool come and go). */
    private static List<String> serverThreads() {
        List<String> names = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String n = t.getName();
            if (t.isAlive() && !n.startsWith("process reaper") && !n.startsWith("ForkJoinPool.commonPool")) {
                names.add(n);
            }
        }
        names.sort(null);
        return names;
    }

    private static List<String> trainees() {
        return serverThreads().stream().filter(n -> n.startsWith("hotseat-trainee-")).toList();
    }

    // ---- the server and its clients ----------------------------------------------------------------

    /** A workshop served in this process on a free loopback port, with no room code. */
    private record Served(Room room, WorkshopServer server, String workshopId) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    private static Served serve(String roomName, Duration maxSession, PlainPlay plain) throws Exception {
        String workshopId = store.openWorkshop(roomName, LocalDate.now());
        Room room = new Room(workshopId, null, CROWD + 10, false, store, Clock.systemUTC());
        Workshop workshop = new Workshop(room, store, List.of(parcel), () -> scorer, () -> ReplyMatcher.NONE, plain);
        WorkshopServer server = WorkshopServer.start(workshop, "127.0.0.1", 0, HOME.resolve("host-key"),
                new Doorman(Clock.systemUTC()), maxSession);
        return new Served(room, server, workshopId);
    }

    private static int connected(Room room) {
        return (int) room.seats().stream().filter(SeatView::connected).count();
    }

    private static RunRecord only(Served served, String trainee) throws Exception {
        List<RunRecord> runs = new ArrayList<>();
        for (String id : store.workshopRuns(served.workshopId)) {
            RunRecord r = store.find(id).orElseThrow();
            if (trainee.equals(r.trainee())) {
                runs.add(r);
            }
        }
        assertEquals(1, runs.size(), "runs of " + trainee);
        return runs.get(0);
    }

    /** One real OpenSSH client: its output gathered as it comes, its input written when the test says. */
    private static final class Client {
        final String name;
        final Process process;
        private final StringBuffer output = new StringBuffer();
        private final OutputStream input;
        private final Thread reader;

        private Client(String name, Process process) {
            this.name = name;
            this.process = process;
            this.input = process.getOutputStream();
            reader = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try (InputStream in = process.getInputStream()) {
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    // the process has gone
                }
            }, "ssh-output-" + name);
            reader.setDaemon(true);
            reader.start();
        }

        /** {@code ssh -T}: line by line. */
        static Client plain(Served served, String key, String user, String from) throws IOException {
            return start(served, key, user, "-T", from);
        }

        /**
         * {@code ssh -tt} in a terminal of 100×30: without a terminal of its own ssh would ask for a
         * pty of size 0×0, which the server rightly takes as no terminal, so it runs under script(1).
         */
        static Client fullScreen(Served served, String key, String user) throws IOException {
            assumeTrue(ServeIT.onPath("script"), "script(1) is not installed: skipping a full-screen part of the session test");
            List<String> ssh = sshArgs(served, key, user, "-tt", null);
            String command = "stty cols 100 rows 30 && exec " + String.join(" ", ssh);
            return start(user, List.of("script", "-qfec", command, "/dev/null"));
        }

        /** The ssh process itself (under script(1) for a full-screen client). */
        ProcessHandle ssh() {
            return process.info().command().orElse("").endsWith("ssh") ? process.toHandle()
                    : process.descendants().filter(h -> h.info().command().orElse("").endsWith("ssh")).findFirst().orElseThrow();
        }

        private static Client start(Served served, String key, String user, String mode, String from) throws IOException {
            return start(user, sshArgs(served, key, user, mode, from));
        }

        private static List<String> sshArgs(Served served, String key, String user, String mode, String from) {
            List<String> args = new ArrayList<>(List.of("ssh", mode, "-p", String.valueOf(served.server.port()),
                    "-i", key(key).toString(), "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
                    "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                    "-o", "ConnectTimeout=60"));
            if (from != null) {
                args.addAll(List.of("-o", "BindAddress=" + from));
            }
            args.add(user + "@127.0.0.1");
            return args;
        }

        private static Client start(String user, List<String> args) throws IOException {
            ProcessBuilder pb = new ProcessBuilder(args).redirectErrorStream(true);
            pb.environment().put("TERM", "xterm-256color");
            Process p = pb.start();
            synchronized (started) {
                started.add(p);
            }
            return new Client(user, p);
        }

        void type(String text) throws IOException {
            input.write(text.getBytes(StandardCharsets.UTF_8));
            input.flush();
        }

        void endInput() throws IOException {
            input.close();
        }

        boolean exited(Duration within) throws InterruptedException {
            boolean done = process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
            if (done) {
                reader.join(TimeUnit.SECONDS.toMillis(10)); // every byte the client wrote is read
            }
            return done;
        }

        /** What the trainee saw, without the escape codes that draw it. */
        String output() {
            return ESCAPES.matcher(output.toString()).replaceAll("");
        }

        String tail() {
            String s = output();
            return s.length() <= 3000 ? s : s.substring(s.length() - 3000);
        }

        /** Waits until the output shows {@code text}. */
        void await(String text, Duration timeout) throws InterruptedException {
            ServeSessionsIT.await(name + " to see \"" + text + "\"", () -> shows(text), timeout, this::tail);
        }

        /**
         * Whether the output shows {@code text}, spaces aside: the full screen moves the cursor
         * over blank cells rather than writing spaces.
         */
        boolean shows(String text) {
            return output().replace(" ", "").contains(text.replace(" ", ""));
        }
    }

    private static void await(String what, BooleanSupplier done, Duration timeout) throws InterruptedException {
        await(what, done, timeout, () -> "");
    }

    private static void await(String what, BooleanSupplier done, Duration timeout, java.util.function.Supplier<String> detail)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what + "\n" + detail.get());
            }
            Thread.sleep(50);
        }
    }

    private static Path key(String who) {
        return HOME.resolve("keys").resolve(who);
    }
}
