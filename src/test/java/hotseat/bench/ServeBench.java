package hotseat.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;

import hotseat.cli.ServeParts;
import hotseat.load.ScoringFiles;
import hotseat.serve.InProcessWorkshop;
import hotseat.store.Database;
import hotseat.store.RunDatabase;

/**
 * The workshop server under a room's worth of full-screen trainees: the real server in this
 * process on the loopback address, and 50 SSH sessions from MINA's own client, each with a pty of
 * 100×30 on the scenario picker, pressing ↓ and ↑ (each press moves the selection and redraws
 * the list and the briefing preview) at a trainee's pace, every 200–500 ms, all at once.
 *
 * <p>Latency is from writing a key to the channel to the last byte of the redraw it causes: a
 * frame is taken as complete once {@value #QUIET_MS} ms pass without output (the quiet is waited
 * for, not counted). Memory per session is heap used after a full GC with the sessions open
 * minus before, over the session count, and the same for resident memory; both include the
 * client's own side of each session, which runs in this process too, so they overstate the
 * server's share.
 *
 * <p>Arguments: [sessions (50)] [seconds measured (20)].
 */
public final class ServeBench {
    private static final int QUIET_MS = 25;
    private static final long FRAME_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final byte[] DOWN = "\u001B[B".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] UP = "\u001B[A".getBytes(StandardCharsets.US_ASCII);

    private ServeBench() {}

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path home = Files.createTempDirectory("hotseat-servebench");
        // The server's log to a file, as `hotseat serve` does, not over this output.
        System.setProperty("org.slf4j.simpleLogger.logFile", home.resolve("serve.log").toString());
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.sshd", "warn");

        try (RunDatabase store = RunDatabase.open(Database.sqlite(home.resolve("hotseat.db")));
             InProcessWorkshop server = InProcessWorkshop.start(store, "bench", ServeParts.library(),
                     ScoringFiles.standardScorer(), sessions + 10, home.resolve("host-key"))) {
            SshClient client = SshClient.setUpDefaultClient();
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
            client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
            client.start();
            try {
                // One session first, pressing keys for a while, so classes are loaded and compiled
                // before anything is counted.
                Trainee warm = Trainee.open(client, server.port(), "warm-up");
                warm.awaitFirstFrame();
                drive(List.of(warm), Duration.ofSeconds(8), new long[0]);
                warm.leave();
                awaitConnected(server, 0);

                long[] before = memory();
                int threadsBefore = liveThreads();

                List<Trainee> trainees = openAll(client, server.port(), sessions);
                awaitConnected(server, sessions);
                for (Trainee t : trainees) {
                    t.awaitFirstFrame();
                }
                long[] with = memory();
                int threadsWith = liveThreads();
                // The open sessions with nobody typing: what waiting for keys costs.
                long idle0 = processCpu();
                java.util.Map<String, Long> idleThreads0 = cpuByThreadKind();
                long idleT0 = System.nanoTime();
                Thread.sleep(5000);
                double idleCpu = (processCpu() - idle0) / 1e9;
                double idleWall = (System.nanoTime() - idleT0) / 1e9;
                java.util.Map<String, Long> idleThreads = cpuByThreadKind();
                idleThreads.replaceAll((k, v) -> v - idleThreads0.getOrDefault(k, 0L));

                drive(trainees, Duration.ofSeconds(5), new long[0]); // everyone's first keys, unmeasured
                double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                long cpu0 = processCpu();
                long t0 = System.nanoTime();
                long[] latencies = new long[sessions * seconds * 6];
                int n = drive(trainees, Duration.ofSeconds(seconds), latencies);
                double wall = (System.nanoTime() - t0) / 1e9;
                double cpu = (processCpu() - cpu0) / 1e9;
                double load1 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                int missed = 0;
                for (Trainee t : trainees) {
                    missed += t.missed;
                }

                long[] sorted = Arrays.copyOf(latencies, n);
                Arrays.sort(sorted);
                System.out.printf(Locale.ROOT, "%d full-screen sessions (pty 100x30, MINA client in-process), ↓/↑ on the picker"
                        + " every 200-500 ms each, %d s: %d redraws, %d without a redraw within 5 s%n", sessions, seconds, n, missed);
                System.out.printf(Locale.ROOT, "keypress to redrawn frame: p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms%n",
                        at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
                System.out.printf(Locale.ROOT, "memory per session: heap after GC %.2f MiB, resident %.2f MiB"
                        + " (heap %.0f -> %.0f MiB, RSS %.0f -> %.0f MiB; client side included)%n",
                        (with[0] - before[0]) / (double) sessions / (1 << 20), (with[1] - before[1]) / (double) sessions / (1 << 20),
                        before[0] / (double) (1 << 20), with[0] / (double) (1 << 20),
                        before[1] / (double) (1 << 20), with[1] / (double) (1 << 20));
                System.out.printf(Locale.ROOT, "live threads: %d before, %d with %d sessions open (server and client)%n",
                        threadsBefore, threadsWith, sessions);
                System.out.printf(Locale.ROOT, "CPU (server and client together): %.1f s over %.1f s typing (%.0f%% of one core,"
                        + " %.1f ms per redraw), %.0f%% of one core with all %d sessions open and idle%n",
                        cpu, wall, 100 * cpu / wall, 1000 * cpu / Math.max(1, n), 100 * idleCpu / idleWall, sessions);
                StringBuilder kinds = new StringBuilder();
                idleThreads.entrySet().stream().filter(e -> e.getValue() / 1e9 / idleWall >= 0.005).sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                        .forEach(e -> kinds.append(String.format(Locale.ROOT, "  %s %.0f%%", e.getKey(), 100 * e.getValue() / 1e9 / idleWall)));
                System.out.println("idle CPU by thread, 0.5% or more of one core (the rest is the JVM's own, GC and JIT):" + kinds);
                System.out.printf(Locale.ROOT, "load average while measuring: %.1f at the start, %.1f at the end, on %d cores%n",
                        load0, load1, Runtime.getRuntime().availableProcessors());
                for (Trainee t : trainees) {
                    t.leave();
                }
            } finally {
                client.stop();
            }
        } finally {
            try (var paths = Files.walk(home)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double at(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1e6;
    }

    /** Opens the sessions from a few threads at once, as a room arriving together. */
    private static List<Trainee> openAll(SshClient client, int port, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Trainee>> opening = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String name = String.format("trainee-%02d", i);
                opening.add(pool.submit(() -> Trainee.open(client, port, name)));
            }
            List<Trainee> out = new ArrayList<>();
            for (Future<Trainee> f : opening) {
                out.add(f.get(120, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Presses keys in every session at a trainee's pace for {@code span}: the next key 200–500 ms
     * after the last frame ended. Latencies go into {@code into} while it has room; returns how many.
     */
    private static int drive(List<Trainee> trainees, Duration span, long[] into) throws IOException, InterruptedException {
        long end = System.nanoTime() + span.toNanos();
        int n = 0;
        for (Trainee t : trainees) {
            t.nextKeyAt = System.nanoTime() + pace();
        }
        while (System.nanoTime() < end) {
            long now = System.nanoTime();
            for (Trainee t : trainees) {
                if (t.sentAt == 0) {
                    if (now >= t.nextKeyAt) {
                        t.press();
                    }
                    continue;
                }
                long last = t.lastByte;
                if (last > t.sentAt && now - last >= TimeUnit.MILLISECONDS.toNanos(QUIET_MS)) {
                    if (n < into.length) {
                        into[n++] = last - t.sentAt;
                    }
                    t.sentAt = 0;
                    t.nextKeyAt = last + pace();
                } else if (last <= t.sentAt && now - t.sentAt > FRAME_TIMEOUT_NANOS) {
                    t.missed++;
                    t.sentAt = 0;
                    t.nextKeyAt = now + pace();
                }
            }
            Thread.sleep(1);
        }
        // Let the last frames finish, so the next phase starts quiet.
        Thread.sleep(200);
        for (Trainee t : trainees) {
            t.sentAt = 0;
        }
        return n;
    }

    private static long pace() {
        return TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextLong(200, 501));
    }

    private static void awaitConnected(InProcessWorkshop server, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (server.connected() != count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(server.connected() + " connected, expected " + count);
            }
            Thread.sleep(20);
        }
    }

    /** Heap used after a full GC, and resident memory, in bytes. */
    private static long[] memory() throws Exception {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new long[] {heap, rss()};
    }

    private static long rss() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return 0;
    }

    private static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    /** CPU time so far of the live threads, by kind (the name with its numbers taken out). */
    private static java.util.Map<String, Long> cpuByThreadKind() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        for (java.lang.management.ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info != null) {
                long cpu = mx.getThreadCpuTime(info.getThreadId());
                if (cpu > 0) {
                    out.merge(info.getThreadName().replaceAll("\\[[^]]*]", "").replaceAll("[0-9]+", "N"), cpu, Long::sum);
                }
            }
        }
        return out;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** One trainee's session: a shell channel with a pty; what the server writes is timed as it arrives. */
    private static final class Trainee extends OutputStream {
        private final ClientSession session;
        private ChannelShell channel;
        private OutputStream keys;
        volatile long lastByte;
        volatile long sentAt;
        long nextKeyAt;
        int missed;
        private boolean down = true;

        private Trainee(ClientSession session) {
            this.session = session;
        }

        static Trainee open(SshClient client, int port, String name) throws Exception {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(256);
            KeyPair key = g.generateKeyPair();
            ClientSession session = client.connect(name, "127.0.0.1", port).verify(60, TimeUnit.SECONDS).getSession();
            session.addPublicKeyIdentity(key);
            session.auth().verify(60, TimeUnit.SECONDS);
            Trainee t = new Trainee(session);
            ChannelShell channel = session.createShellChannel();
            channel.setPtyType("xterm-256color");
            channel.setPtyColumns(100);
            channel.setPtyLines(30);
            channel.setOut(t);
            channel.setErr(t);
            channel.open().verify(60, TimeUnit.SECONDS);
            t.channel = channel;
            t.keys = channel.getInvertedIn();
            return t;
        }

        /** Waits for the first frame (the picker) to be drawn and the output to go quiet. */
        void awaitFirstFrame() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lastByte == 0 || System.nanoTime() - lastByte < TimeUnit.MILLISECONDS.toNanos(QUIET_MS * 4)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no first frame");
                }
                Thread.sleep(10);
            }
        }

        void press() throws IOException {
            byte[] key = down ? DOWN : UP;
            down = !down;
            sentAt = System.nanoTime();
            keys.write(key);
            keys.flush();
        }

        @Override
        public void write(int b) {
            lastByte = System.nanoTime();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            lastByte = System.nanoTime();
        }

        @Override
        public void close() {
            // the channel closes its output stream when it ends; the session is left with leave()
        }

        void leave() throws IOException {
            if (channel != null) {
                channel.close(false);
            }
            session.close(false);
        }
    }
}
