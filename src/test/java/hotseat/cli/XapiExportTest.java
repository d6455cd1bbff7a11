package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import hotseat.cohort.Workshop;
import hotseat.store.Database;
import hotseat.store.RunDatabase;

/**
 * {@code hotseat report --xapi} and {@code --xapi-endpoint} over a known room of runs
 * ({@link Workshop}), sending to a real HTTP server on the loopback address that keeps what it
 * was sent.
 */
class XapiExportTest {
    private static final String PASSWORD = "s3cret-Pässword";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static String db;
    static Map<String, String> env;

    private HttpServer server;
    private final List<Request> received = new ArrayList<>();

    /** One request as the server saw it. */
    record Request(String method, String path, String version, String contentType, String authorization, JsonNode body) {}

    @BeforeAll
    static void playTheRoom() throws Exception {
        Database d = Database.sqlite(dir.resolve("hotseat.db"));
        db = d.shown();
        try (RunDatabase store = RunDatabase.open(d)) {
            new Workshop().play(store);
        }
        env = Map.of("XDG_DATA_HOME", dir.resolve("data").toString(), "XDG_CONFIG_HOME", dir.resolve("config").toString(),
                "HOTSEAT_XAPI_PASSWORD", PASSWORD);
    }

    /** Starts an LRS on a free port of 127.0.0.1 that answers every request with {@code status} and {@code body}. */
    private String lrs(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] in = exchange.getRequestBody().readAllBytes();
            var h = exchange.getRequestHeaders();
            synchronized (received) {
                received.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        h.getFirst("X-Experience-API-Version"), h.getFirst("Content-Type"), h.getFirst("Authorization"),
                        JSON.readTree(in)));
            }
            byte[] out = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                exchange.getResponseBody().write(out);
            }
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static Run report(String... args) {
        List<String> all = new ArrayList<>(List.of("report", "--db", db));
        all.addAll(List.of(args));
        return Run.withEnv(env, "", all.toArray(String[]::new));
    }

    @Test
    void statementsAreWrittenToAFileInsteadOfTheReport(@TempDir Path out) throws Exception {
        Path file = out.resolve("statements.json");
        Run r = report("--xapi", file.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals("xAPI statements written to " + file + "\n", r.out(), "the report itself is left out");
        JsonNode statements = JSON.readTree(Files.readString(file));
        assertTrue(statements.isArray());
        assertEquals(26, statements.size());
        assertEquals("http://adlnet.gov/expapi/verbs/attempted", statements.at("/0/verb/id").asText());
        assertTrue(statements.at("/0/actor/account/name").asText().startsWith("trainee-"));

        Run again = report("--xapi", file.toString());
        assertEquals(0, again.exit(), again.toString());
        assertEquals(statements, JSON.readTree(Files.readString(file)), "the same statements each time");

        Run named = report("--xapi", "-", "--names", "--trainee", "dee");
        assertEquals(0, named.exit(), named.toString());
        JsonNode dee = JSON.readTree(named.out());
        assertEquals(4, dee.size());
        assertEquals("dee", dee.at("/0/actor/account/name").asText());

        Run both = report("--xapi", file.toString(), "--format", "markdown");
        assertEquals(0, both.exit(), both.toString());
        assertTrue(both.out().contains("The late parcel") && both.out().endsWith("xAPI statements written to " + file + "\n"),
                both.out());
    }

    @Test
    void statementsAreSentInBatchesWithTheVersionAndBasicAuthentication(@TempDir Path out) throws Exception {
        String url = lrs(200, "[]");
        Path file = out.resolve("statements.json");
        Run r = report("--xapi", file.toString(), "--xapi-endpoint", url + "/xapi/", "--xapi-user", "hotseat",
                "--xapi-batch", "10");
        assertEquals(0, r.exit(), r.toString());
        String host = "127.0.0.1:" + server.getAddress().getPort();
        assertTrue(r.out().endsWith("26 statements sent to " + host + " in 3 batches\n"), r.out());
        assertFalse(r.out().contains(PASSWORD) || r.err().contains(PASSWORD));

        assertEquals(3, received.size());
        List<Integer> sizes = new ArrayList<>();
        List<JsonNode> all = new ArrayList<>();
        for (Request q : received) {
            assertEquals("POST", q.method());
            assertEquals("/xapi/statements", q.path());
            assertEquals("1.0.3", q.version());
            assertEquals("application/json", q.contentType());
            assertTrue(q.authorization().startsWith("Basic "), q.authorization());
            String pair = new String(Base64.getDecoder().decode(q.authorization().substring(6)), StandardCharsets.UTF_8);
            assertEquals("hotseat:" + PASSWORD, pair);
            sizes.add(q.body().size());
            q.body().forEach(all::add);
        }
        assertEquals(List.of(10, 10, 6), sizes);
        List<JsonNode> written = new ArrayList<>();
        JSON.readTree(Files.readString(file)).forEach(written::add);
        assertEquals(written, all, "what was sent is what was written");
    }

    @Test
    void anEndpointWithoutATrailingSlashGetsOneAndNoUserMeansNoAuthentication() throws Exception {
        String url = lrs(204, "");
        Run r = report("--trainee", "ana", "--xapi-endpoint", url + "/lrs/xapi");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().endsWith("10 statements sent to 127.0.0.1:" + server.getAddress().getPort() + " in 1 batch\n"),
                r.out());
        assertEquals(1, received.size());
        assertEquals("/lrs/xapi/statements", received.get(0).path());
        assertEquals(null, received.get(0).authorization());
        assertEquals(10, received.get(0).body().size());
    }

    @Test
    void aRefusedPasswordIsOneLineThatNamesTheEndpointAndStatus() throws Exception {
        String header = java.util.Base64.getEncoder().encodeToString(("hotseat:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String url = lrs(401, "{\"error\": \"bad credentials for hotseat:" + PASSWORD + " (Basic " + header + ")\"}");
        Run r = report("--xapi-endpoint", url + "/xapi/", "--xapi-user", "hotseat");
        assertEquals(1, r.exit(), r.toString());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("hotseat: error: the LRS at " + url + "/xapi/ refused the credentials (401 Unauthorized)"),
                r.err());
        assertFalse(r.err().contains(PASSWORD), "the password is blanked even when the server echoes it");
        assertFalse(r.err().contains(header), "and so is the header that carries it");
        assertTrue(r.err().contains("hotseat:***"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void anotherErrorCarriesTheStatusAndWhatTheServerSaid() throws Exception {
        String url = lrs(400, "Statement 1 is missing verb\n");
        Run r = report("--xapi-endpoint", url + "/xapi");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("hotseat: error: the LRS at " + url + "/xapi answered 400 Bad Request: Statement 1 is missing verb\n",
                r.err());
    }

    @Test
    void aRefusedConnectionIsOneClearLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Run r = report("--xapi-endpoint", "http://127.0.0.1:" + port + "/xapi/", "--xapi-user", "hotseat");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("hotseat: error: cannot connect to the LRS at http://127.0.0.1:" + port + "/xapi/ (connection refused or"
                + " unreachable) — is it running, and is the address right?\n", r.err());
        assertTrue(r.out().isEmpty(), r.out());
    }

    @Test
    void mistakesInTheOptionsAreUsageErrors() {
        Run urn = report("--xapi", "-", "--xapi-home-page", "urn:hotseat:trainees");
        assertEquals(2, urn.exit(), urn.toString());
        assertTrue(urn.err().contains("--xapi-home-page urn:hotseat:trainees: give an http or https URL"), urn.err());

        Run inUrl = report("--xapi-endpoint", "https://hotseat:" + PASSWORD + "@lrs.example.org/xapi/");
        assertEquals(2, inUrl.exit(), inUrl.toString());
        assertTrue(inUrl.err().contains("leave the user and password out of the URL"), inUrl.err());
        assertFalse(inUrl.err().contains(PASSWORD), inUrl.err());

        Run noPassword = Run.withEnv(Map.of(), "", "report", "--db", db, "--xapi-endpoint", "https://lrs.example.org/xapi/",
                "--xapi-user", "hotseat");
        assertEquals(2, noPassword.exit(), noPassword.toString());
        assertTrue(noPassword.err().contains("--xapi-user hotseat needs a password: set HOTSEAT_XAPI_PASSWORD"),
                noPassword.err());

        Run userAlone = report("--xapi", "-", "--xapi-user", "hotseat");
        assertEquals(2, userAlone.exit(), userAlone.toString());
        assertTrue(userAlone.err().contains("add --xapi-endpoint URL"), userAlone.err());

        for (String[] given : new String[][] {{"--xapi-password", PASSWORD}, {"--xapi-password=" + PASSWORD}}) {
            List<String> args = new java.util.ArrayList<>(List.of("--xapi-endpoint", "https://lrs.example.org/xapi/",
                    "--xapi-user", "hotseat"));
            args.addAll(List.of(given));
            Run onCommandLine = report(args.toArray(String[]::new));
            assertEquals(2, onCommandLine.exit(), onCommandLine.toString());
            assertTrue(onCommandLine.err().contains("--xapi-password takes no value on the command line"), onCommandLine.err());
            assertFalse(onCommandLine.toString().contains(PASSWORD), "the password is never repeated: " + onCommandLine);
        }

        Run screenTwice = report("--xapi", "-", "--format", "json");
        assertEquals(2, screenTwice.exit(), screenTwice.toString());
        assertTrue(screenTwice.err().contains("would both be written to the screen"), screenTwice.err());
    }
}
