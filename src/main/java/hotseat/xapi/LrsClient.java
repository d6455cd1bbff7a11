package hotseat.xapi;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import hotseat.report.Json;

/**
 * Sends statements to a Learning Record Store: POST to the endpoint's {@code statements}
 * resource in batches, with the xAPI version header and, when a user is given, basic
 * authentication. The password is kept only in the header it goes into; it is never part of a
 * message.
 */
public final class LrsClient {
    public static final int DEFAULT_BATCH = 100;
    private static final String VERSION = "1.0.3";
    /** The one JSON configuration, without its indentation: a request body is for a server. */
    private static final ObjectWriter COMPACT = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    private final URI statements;
    private final String shown;
    private final String authorization;
    private final String password;
    private final int batch;
    private final HttpClient http;

    /** What was sent. */
    public record Sent(int statements, int batches, String host) {}

    /**
     * @param endpoint the LRS's xAPI endpoint, such as {@code https://lrs.example.org/xapi/}
     * @param user     null to send without authentication
     * @param password the user's password (read, not kept beyond the header)
     */
    public LrsClient(String endpoint, String user, char[] password, int batch) {
        URI uri = endpoint(endpoint);
        String base = uri.toString();
        this.statements = URI.create(base.endsWith("/") ? base + "statements" : base + "/statements");
        this.shown = base;
        this.batch = Math.max(1, batch);
        if (user != null) {
            char[] pair = new char[user.length() + 1 + (password == null ? 0 : password.length)];
            user.getChars(0, user.length(), pair, 0);
            pair[user.length()] = ':';
            if (password != null) {
                System.arraycopy(password, 0, pair, user.length() + 1, password.length);
            }
            var bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(pair));
            byte[] raw = new byte[bytes.remaining()];
            bytes.get(raw);
            java.util.Arrays.fill(pair, '\0');
            this.authorization = "Basic " + Base64.getEncoder().encodeToString(raw);
            java.util.Arrays.fill(raw, (byte) 0);
            this.password = password == null || password.length == 0 ? null : new String(password);
        } else {
            this.authorization = null;
            this.password = null;
        }
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * The endpoint as a URI: http or https, a host, and no user or password in it (those are
     * given apart, so they never show in messages).
     */
    static URI endpoint(String endpoint) {
        URI uri;
        try {
            uri = new URI(endpoint.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--xapi-endpoint: not a URL — " + e.getReason());
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("--xapi-endpoint: give the LRS's http or https URL, such as"
                    + " https://lrs.example.org/xapi/");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("--xapi-endpoint: leave the user and password out of the URL — give the user"
                    + " with --xapi-user and the password in HOTSEAT_XAPI_PASSWORD");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("--xapi-endpoint: give the endpoint without a query or fragment, such as"
                    + " https://lrs.example.org/xapi/");
        }
        return uri;
    }

    /** Where statements go, as messages show it. */
    public String shown() {
        return shown;
    }

    /**
     * Sends every statement, {@code batch} to a request, in order; stops at the first request the
     * LRS does not accept.
     *
     * @throws LrsException with one line naming the endpoint and what went wrong
     */
    public Sent send(List<ObjectNode> all) throws LrsException {
        int batches = 0;
        for (int from = 0; from < all.size(); from += batch) {
            List<ObjectNode> part = all.subList(from, Math.min(all.size(), from + batch));
            post(part, from);
            batches++;
        }
        return new Sent(all.size(), batches, statements.getHost() + (statements.getPort() < 0 ? "" : ":" + statements.getPort()));
    }

    private void post(List<ObjectNode> part, int sentBefore) throws LrsException {
        String body;
        try {
            body = COMPACT.writeValueAsString(XapiStatements.array(part));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("statements are plain JSON trees", e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(statements)
                .timeout(Duration.ofSeconds(60))
                .header("X-Experience-API-Version", VERSION)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        String sofar = sentBefore == 0 ? "" : " (" + sentBefore + " statements were sent before this; sending again is safe)";
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new LrsException("the LRS at " + shown + " did not answer within 10 s — check the address and the network"
                    + sofar);
        } catch (HttpTimeoutException e) {
            throw new LrsException("the LRS at " + shown + " took more than 60 s to answer" + sofar);
        } catch (ConnectException e) {
            if (unresolved(e)) {
                throw new LrsException("cannot find the LRS's host " + statements.getHost() + " (for " + shown
                        + ") — check the address" + sofar);
            }
            throw new LrsException("cannot connect to the LRS at " + shown + " (connection refused or unreachable) — is it"
                    + " running, and is the address right?" + sofar);
        } catch (IOException e) {
            throw new LrsException("sending to the LRS at " + shown + " failed: " + oneLine(String.valueOf(e.getMessage()))
                    + sofar);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LrsException("sending to the LRS at " + shown + " was interrupted" + sofar);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return;
        }
        String said = oneLine(response.body());
        if (status == 401 || status == 403) {
            throw new LrsException("the LRS at " + shown + " refused the credentials (" + status(status)
                    + ") — check --xapi-user and HOTSEAT_XAPI_PASSWORD" + (said.isEmpty() ? "" : "; it said: " + said) + sofar);
        }
        if (status == 409) {
            throw new LrsException("the LRS at " + shown + " answered " + status(status) + ": it holds statements with these"
                    + " ids that say something else — were they sent before with other --names, --xapi-home-page or"
                    + " --xapi-activity-base settings?" + (said.isEmpty() ? "" : " It said: " + said) + sofar);
        }
        throw new LrsException("the LRS at " + shown + " answered " + status(status) + (said.isEmpty() ? "" : ": " + said)
                + sofar);
    }

    /** Whether the host's name could not be looked up (the client wraps that in two ConnectExceptions). */
    private static boolean unresolved(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /** A body as one short line, with the password (or the header that carries it) blanked should a server echo it. */
    private String oneLine(String body) {
        if (body == null) {
            return "";
        }
        String s = body.replaceAll("\\s+", " ").strip();
        if (password != null) {
            s = s.replace(password, "***");
        }
        if (authorization != null) {
            s = s.replace(authorization.substring("Basic ".length()), "***");
        }
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static String status(int status) {
        String reason = switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 413 -> "Payload Too Large";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> status / 100 == 3 ? "Redirect" : "";
        };
        return reason.isEmpty() ? String.valueOf(status) : status + " " + reason;
    }

    /** The LRS did not take the statements; the message is one line for people. */
    public static final class LrsException extends Exception {
        public LrsException(String message) {
            super(message);
        }
    }
}
