package hotseat.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import hotseat.session.RunRecord;
import hotseat.store.Database;
import hotseat.store.RunDatabase;
import hotseat.tui.Tmux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real jar serving a workshop on the loopback address, and the real OpenSSH client joining
 * it: trainees play line by line (ssh -T) and in the full screen (ssh -tt in tmux), drop and
 * take their run up with the same key, clash on a name, and give a wrong room code. Skipped
 * where ssh is not installed; the full-screen part also where tmux is not.
 */
class ServeIT {
    private static final Path JAR = Path.of("target/hotseat.jar").toAbsolutePath();
    private static final Path HOME = Path.of("target/it-serve").toAbsolutePath();
    private static final String CODE = "tulip";
    private static Process server;
    private static int port;

    @BeforeAll
    static void serve() throws Exception {
        assumeTrue(onPath("ssh") && onPath("ssh-keygen"),
                "the OpenSSH client (ssh, ssh-keygen) is not installed: skipping the workshop server's end-to-end test");
        assertTrue(Files.isRegularFile(JAR), "build the jar first (mvn verify runs this test after package): " + JAR);
        deleteTree(HOME);
        Files.createDirectories(HOME.resolve("keys"));
        for (String who : List.of("alice", "bob", "carol", "dora", "erin", "fay", "gus", "hal", "ivy")) {
            run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key(who).toString()), null, Duration.ofSeconds(20));
        }
        Path askpass = HOME.resolve("askpass");
        Files.writeString(askpass, "#!/bin/sh\ncat \"" + HOME.resolve("code") + "\"\n");
        askpass.toFile().setExecutable(true);
        Files.writeString(HOME.resolve("code"), CODE + "\n");
        Files.writeString(HOME.resolve("askpass-wrong"), "#!/bin/sh\necho daisy\n");
        HOME.resolve("askpass-wrong").toFile().setExecutable(true);
        ProcessBuilder pb = new ProcessBuilder(java(), "-jar", JAR.toString(), "serve", "--port", "0", "--host", "127.0.0.1",
                "--scenario", "parcel-never-came", "--room", "it", "--room-code", CODE, "--max", "5");
        pb.environment().putAll(env());
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.redirectOutput(HOME.resolve("serve.out").toFile());
        pb.redirectErrorStream(true);
        server = pb.start();
        Pattern p = Pattern.compile("ssh -p (\\d+) ");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String out = Files.readString(HOME.resolve("serve.out"));
            Matcher m = p.matcher(out);
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
                assertTrue(out.contains("Host key fingerprint") && out.contains("SHA256:"), out);
                return;
            }
            assertTrue(server.isAlive(), "serve stopped: " + out);
            Thread.sleep(100);
        }
        throw new AssertionError("serve did not say its port: " + Files.readString(HOME.resolve("serve.out")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void aTraineeWithoutATerminalPlaysLineByLineToTheDebriefAndTheRunIsKeptWithTheWorkshop() throws Exception {
        String out = plain("bob", "bob", "2\n2\n2\n2\n2\n2\n");
        assertTrue(out.contains("you are bob."), out);
        assertTrue(out.contains("The conversation ends: resolved"), out);
        assertTrue(out.contains("Your run is saved"), out);
        assertFalse(out.contains("Exception"), out);
        List<RunRecord> runs = runsOf("bob");
        assertEquals(1, runs.size());
        assertTrue(runs.get(0).finished());
    }

    @Test
    void aTraineeWhoDropsTakesTheirRunUpWithTheSameKeyAndAClashingNameGetsASuffix() throws Exception {
        // One reply, then the connection ends: the reply is kept, the run unfinished.
        String first = plain("alice", "alice", "2\n");
        assertTrue(first.contains("you are alice."), first);
        assertTrue(first.contains("Every reply so far is saved"), first);
        List<RunRecord> before = runsOf("alice");
        assertEquals(1, before.size());
        assertEquals(1, before.get(0).debrief().turns().size());
        assertFalse(before.get(0).finished());

        // Another key asking for the same name gets another name, and a run of its own.
        String other = plain("carol", "alice", "");
        assertTrue(other.contains("you are alice-2."), other);

        // The same key again, under any user name: the same trainee, the same run, taken up.
        String again = plain("alice", "someone-else", "2\n2\n2\n2\n2\n");
        assertTrue(again.contains("you are alice."), again);
        assertTrue(again.contains(Welcome.back("alice")), again);
        assertTrue(again.contains("The conversation ends"), again);
        List<RunRecord> after = runsOf("alice");
        assertEquals(1, after.size(), "taken up, not begun again");
        assertEquals(before.get(0).id(), after.get(0).id());
        assertTrue(after.get(0).finished());
        assertEquals(before.get(0).debrief().turns().get(0).reply(), after.get(0).debrief().turns().get(0).reply());
    }

    @Test
    void aWrongRoomCodeIsRefusedWithAMessageAndTheServerServesOn() throws Exception {
        Files.writeString(HOME.resolve("code"), "daisy\n");
        String out;
        try {
            out = ssh("erin", "mallory", "-T", "", Map.of());
        } finally {
            Files.writeString(HOME.resolve("code"), CODE + "\n");
        }
        assertTrue(out.contains("Permission denied"), out);
        assertTrue(out.contains("That room code was not right"), out);
        assertTrue(plain("erin", "erin", "").contains("you are erin."), "still serving");
    }

    @Test
    void aTraineeWithATerminalPlaysInTheFullScreenSizedToTheWindowAndFollowingItsChanges() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed: skipping the full-screen part of the workshop test");
        String command = String.join(" ", sshArgs("dora", "dora", "-tt").stream().map(a -> "'" + a + "'").toList())
                + "; echo \"[exited $?]\"; sleep 60";
        try (Tmux tmux = Tmux.start(command, 100, 30, Map.of("SSH_ASKPASS", HOME.resolve("askpass").toString(),
                "SSH_ASKPASS_REQUIRE", "force", "DISPLAY", ":0", "TERM", "xterm-256color"))) {
            String briefing = tmux.await("Enter begin", Duration.ofSeconds(30));
            assertTrue(briefing.contains("The parcel marked"), briefing);
            tmux.send("Enter"); // arrives as CR: one Enter begins, and no key is lost after it
            String playing = tmux.await("Your reply", Duration.ofSeconds(15));
            assertTrue(playing.contains("Tomasz:"), playing);
            tmux.send("2");
            String answered = tmux.await("coach line", s -> s.contains("calmness"), Duration.ofSeconds(15));
            assertTrue(widest(answered) <= 100, answered);

            tmux.resize(130, 40);
            String wider = tmux.await("the wider window", s -> widest(s) > 100, Duration.ofSeconds(15));
            assertTrue(wider.lines().count() >= 39, wider);

            tmux.send("C-c"); // Ctrl-C is a key: the screen is given back, the run kept
            String after = tmux.await("the shell again", s -> s.contains("[exited"), Duration.ofSeconds(15));
            assertTrue(after.contains("Every reply so far is saved"), after);
            assertFalse(after.contains("Exception"), after);
        }
        List<RunRecord> runs = runsOf("dora");
        assertEquals(1, runs.size());
        assertEquals(1, runs.get(0).debrief().turns().size());

        // Back with the same key: the first frame says, as plain mode does, that the run is taken up.
        try (Tmux tmux = Tmux.start(command, 100, 30, Map.of("SSH_ASKPASS", HOME.resolve("askpass").toString(),
                "SSH_ASKPASS_REQUIRE", "force", "DISPLAY", ":0", "TERM", "xterm-256color"))) {
            String back = tmux.await("the welcome back", s -> s.contains("Welcome back"), Duration.ofSeconds(30));
            assertTrue(back.contains(Welcome.back("dora")), back);
            tmux.send("Enter");
            String playing = tmux.await("Your reply", Duration.ofSeconds(15));
            assertFalse(playing.contains("Welcome back"), playing);
            tmux.send("C-c");
            tmux.await("the shell again", s -> s.contains("[exited"), Duration.ofSeconds(15));
        }
        assertEquals(runs.get(0).id(), runsOf("dora").get(0).id(), "the same run, taken up");
    }

    @Test
    void aMegabytePasteIsRefusedAsTooLongAndPlayGoesOn() throws Exception {
        String paste = "x".repeat(1 << 20);
        String out = plain("fay", "fay", paste + "\n2\n2\n2\n2\n2\n2\n");
        assertTrue(out.contains("A reply can be at most 4,000 characters"), tail(out));
        assertTrue(out.contains("The conversation ends"), tail(out));
        assertTrue(out.length() < 200_000, "the paste is not echoed back: " + out.length());
        assertTrue(plain("erin", "erin", "").contains("you are erin."), "still serving");
    }

    @Test
    void aFloodOfConnectionsAndWrongRoomCodesFromOneAddressLeavesTheServerServingOthers() throws Exception {
        // Raw connections from one address, more than it may open in a minute, held open.
        List<java.net.Socket> flood = new ArrayList<>();
        try {
            for (int i = 0; i < 70; i++) {
                java.net.Socket s = new java.net.Socket();
                s.bind(new java.net.InetSocketAddress("127.0.0.4", 0));
                s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 5000);
                s.getOutputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                flood.add(s);
            }
            // Wrong room codes from another address (each connection gives three) until it is refused.
            Map<String, String> wrong = Map.of("SSH_ASKPASS", HOME.resolve("askpass-wrong").toString());
            String last = "";
            for (int i = 0; i < 5; i++) {
                last = ssh("hal", "mallory", "-T", "", wrong, "127.0.0.3");
            }
            assertTrue(last.contains(Doorman.BLOCKED), last);
            // Everyone else is served meanwhile.
            String out = plain("gus", "gus", "2\n2\n2\n2\n2\n2\n");
            assertTrue(out.contains("you are gus."), out);
            assertTrue(out.contains("Your run is saved"), out);
        } finally {
            for (java.net.Socket s : flood) {
                s.close();
            }
        }
        String log = Files.readString(HOME.resolve("data/hotseat/serve.log"));
        assertTrue(log.contains("refusing connections from 127.0.0.4"), log);
        assertTrue(log.contains("refusing 127.0.0.3 for 5 minutes"), log);
    }

    @Test
    void aClientKilledMidRunLeavesNoSessionBehind() throws Exception {
        List<String> command = new ArrayList<>(sshArgs("ivy", "ivy", "-T"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(Map.of("SSH_ASKPASS", HOME.resolve("askpass").toString(), "SSH_ASKPASS_REQUIRE", "force",
                "DISPLAY", ":0"));
        Process p = pb.start();
        try {
            byte[] buffer = new byte[4096];
            StringBuilder seen = new StringBuilder();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!seen.toString().contains("you are ivy.") && System.nanoTime() < deadline) {
                int n = p.getInputStream().read(buffer);
                if (n < 0) {
                    break;
                }
                seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
            assertTrue(seen.toString().contains("you are ivy."), seen.toString());
        } finally {
            p.destroyForcibly(); // SIGKILL: the client vanishes without a word
            p.waitFor(10, TimeUnit.SECONDS);
        }
        Path log = HOME.resolve("data/hotseat/serve.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Pattern ended = Pattern.compile("ivy (dropped|left)");
        while (!ended.matcher(Files.readString(log)).find() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(ended.matcher(Files.readString(log)).find(), "the session thread ended and the seat is let go");
        assertTrue(plain("erin", "erin", "").contains("you are erin."), "still serving");
    }

    private static String tail(String s) {
        return s.length() <= 2000 ? s : s.substring(s.length() - 2000);
    }

    private static int widest(String screen) {
        int widest = 0;
        for (String line : screen.split("\n")) {
            widest = Math.max(widest, line.stripTrailing().codePointCount(0, line.stripTrailing().length()));
        }
        return widest;
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static String plain(String key, String user, String input) throws Exception {
        return ssh(key, user, "-T", input, Map.of());
    }

    private static List<String> sshArgs(String key, String user, String mode) {
        return List.of("ssh", mode, "-p", String.valueOf(port), "-i", key(key).toString(), "-o", "IdentitiesOnly=yes",
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=no",
                "-o", "ConnectTimeout=20", user + "@127.0.0.1");
    }

    private static String ssh(String key, String user, String mode, String input, Map<String, String> extra) throws Exception {
        return ssh(key, user, mode, input, extra, null);
    }

    /** As above, from the loopback address {@code from} (127.0.0.N) when not null. */
    private static String ssh(String key, String user, String mode, String input, Map<String, String> extra, String from)
            throws Exception {
        List<String> args = new ArrayList<>(sshArgs(key, user, mode));
        if (from != null) {
            args.addAll(1, List.of("-o", "BindAddress=" + from));
        }
        Map<String, String> env = new java.util.HashMap<>(Map.of("SSH_ASKPASS", HOME.resolve("askpass").toString(),
                "SSH_ASKPASS_REQUIRE", "force", "DISPLAY", ":0"));
        env.putAll(extra);
        return run(args, input, Duration.ofSeconds(60), env);
    }

    private static String run(List<String> command, String input, Duration timeout) throws Exception {
        return run(command, input, timeout, Map.of());
    }

    private static String run(List<String> command, String input, Duration timeout, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        if (input != null) {
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish within " + timeout);
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** The runs of a trainee in this workshop, read from the run database as `hotseat runs` would. */
    private static List<RunRecord> runsOf(String trainee) throws Exception {
        Path db = HOME.resolve("data/hotseat/hotseat.db");
        try (RunDatabase store = RunDatabase.open(Database.sqlite(db))) {
            List<RunRecord> runs = new ArrayList<>();
            for (String id : store.workshopRuns("it-" + java.time.LocalDate.now())) {
                RunRecord r = store.find(id).orElseThrow();
                if (trainee.equals(r.trainee())) {
                    runs.add(r);
                }
            }
            return runs;
        }
    }

    private static Path key(String who) {
        return HOME.resolve("keys").resolve(who);
    }

    private static Map<String, String> env() {
        return Map.of("XDG_DATA_HOME", HOME.resolve("data").toString(), "XDG_CONFIG_HOME", HOME.resolve("config").toString(),
                "HOTSEAT_DB", "");
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** Whether {@code program} is on the PATH (the tests that need it skip where it is not). */
    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
