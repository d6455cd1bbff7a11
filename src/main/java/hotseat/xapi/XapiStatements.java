package hotseat.xapi;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import hotseat.cohort.CohortRun;
import hotseat.debrief.Overall;

/**
 * Saved runs as xAPI 1.0.3 statements, in the order they happened within each run:
 * <ul>
 *   <li>{@code attempted} the scenario, when the run began;</li>
 *   <li>{@code answered} each scene, once per reply that stands (the reply, its time to answer,
 *       its three scores and their mean);</li>
 *   <li>{@code completed} the scenario, when the run reached an ending;</li>
 *   <li>{@code passed} or {@code failed} it, by the debrief's grade ({@link Overall#passes}).</li>
 * </ul>
 * A run that stopped before an ending gives the first two only. Every id is a name-based UUID of
 * the run and the event, so exporting again gives the same statements.
 */
public final class XapiStatements {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    private static final String SIMULATION = "http://adlnet.gov/expapi/activities/simulation";
    private static final String INTERACTION = "http://adlnet.gov/expapi/activities/interaction";
    private static final String MEETING = "http://adlnet.gov/expapi/activities/meeting";
    private static final String LANGUAGE = "en-US";

    /** The default {@code homePage} of trainees' accounts: a URL that names Hotseat and can never resolve. */
    public static final String DEFAULT_HOME_PAGE = "https://hotseat.invalid/trainees";
    /** The default base of activity and extension ids. */
    public static final String DEFAULT_ACTIVITY_BASE = "https://hotseat.invalid/xapi/";

    /**
     * How statements name people and things.
     *
     * @param homePage     the {@code homePage} of every trainee's account (an http or https URL)
     * @param activityBase where activity and extension ids live, ending in "/"
     * @param names        trainees' names as their account names; otherwise a pseudonym
     */
    public record Settings(String homePage, String activityBase, boolean names) {
        public Settings {
            homePage = web(homePage, "--xapi-home-page");
            activityBase = web(activityBase, "--xapi-activity-base");
            activityBase = activityBase.endsWith("/") ? activityBase : activityBase + "/";
        }

        public static Settings standard(boolean names) {
            return new Settings(DEFAULT_HOME_PAGE, DEFAULT_ACTIVITY_BASE, names);
        }

        /** An absolute http or https URL, as xAPI wants an account's homePage to be (an IRL). */
        private static String web(String url, String option) {
            URI uri;
            try {
                uri = new URI(url.strip());
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException(option + " " + url + ": not a URL — " + e.getReason());
            }
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException(option + " " + url + ": give an http or https URL, such as "
                        + DEFAULT_HOME_PAGE);
            }
            if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException(option + ": give a plain URL, without a user, a query or a fragment");
            }
            return uri.toString();
        }
    }

    private XapiStatements() {}

    /** The statements for {@code runs}, run by run, each run's in the order its events happened. */
    public static List<ObjectNode> of(List<CohortRun> runs, Settings settings) {
        List<ObjectNode> out = new ArrayList<>();
        for (CohortRun run : runs) {
            out.addAll(of(run, settings));
        }
        return out;
    }

    /** One run's statements. */
    public static List<ObjectNode> of(CohortRun run, Settings settings) {
        UUID registration = registration(run);
        ObjectNode actor = actor(run.trainee(), settings);
        ObjectNode scenario = scenario(run, settings);
        List<ObjectNode> out = new ArrayList<>();

        ObjectNode attempted = statement(registration, "attempted", actor, "attempted", scenario, run.startedAt());
        context(attempted, run, registration, settings, null);
        out.add(attempted);

        for (CohortRun.Turn t : run.turns()) {
            // The reply's time is in the id: a reply taken back and given again is a new event.
            ObjectNode answered = statement(registration, "answered " + t.number() + " " + t.answeredAt(), actor, "answered",
                    node(run, t.nodeId(), settings), t.answeredAt());
            ObjectNode result = answered.putObject("result");
            result.put("response", t.reply() == null ? "" : t.reply());
            if (t.seconds() != null) {
                result.put("duration", Duration.ofSeconds(t.seconds()).toString());
            }
            result.put("success", !t.fellShort());
            score(result, t.mean());
            ObjectNode ext = result.putObject("extensions");
            dimensions(ext, settings, t.calmness(), t.acknowledgment(), t.resolution());
            if (t.replyKind() != null) {
                ext.put(settings.activityBase() + "extensions/reply-kind", t.replyKind());
            }
            context(answered, run, registration, settings, scenario);
            out.add(answered);
        }

        if (run.finished()) {
            String endedAt = run.turns().isEmpty() ? run.startedAt() : run.turns().get(run.turns().size() - 1).answeredAt();
            ObjectNode completed = statement(registration, "completed", actor, "completed", scenario, endedAt);
            ObjectNode result = completed.putObject("result");
            result.put("completion", true);
            Duration took = between(run.startedAt(), endedAt);
            if (took != null) {
                result.put("duration", took.toString());
            }
            score(result, run.overall());
            ObjectNode ext = result.putObject("extensions");
            if (run.endingId() != null) {
                ext.put(settings.activityBase() + "extensions/ending", run.endingId());
            }
            ext.put(settings.activityBase() + "extensions/outcome", run.outcome());
            context(completed, run, registration, settings, null);
            out.add(completed);

            boolean passed = Overall.passes(run.grade());
            String verb = passed ? "passed" : "failed";
            // One id for the verdict, whichever it is: a run is judged once.
            ObjectNode judged = statement(registration, "verdict", actor, verb, scenario, endedAt);
            ObjectNode verdict = judged.putObject("result");
            verdict.put("success", passed);
            verdict.put("completion", true);
            score(verdict, run.overall());
            ObjectNode vext = verdict.putObject("extensions");
            dimensions(vext, settings, run.calmness(), run.acknowledgment(), run.resolution());
            vext.put(settings.activityBase() + "extensions/grade", run.grade());
            context(judged, run, registration, settings, null);
            out.add(judged);
        }
        return out;
    }

    /** The run's registration: a name-based UUID of its id and trainee, the same every time. */
    public static UUID registration(CohortRun run) {
        return NameUuid.of("run " + run.id() + " " + run.trainee());
    }

    /** What an account is called: the trainee's name, or a pseudonym that is the same for the same name every time. */
    public static String accountName(String trainee, boolean names) {
        return names ? trainee : "trainee-" + NameUuid.of("trainee " + trainee);
    }

    private static ObjectNode statement(UUID registration, String event, ObjectNode actor, String verb, ObjectNode object,
                                        String timestamp) {
        ObjectNode s = JSON.objectNode();
        s.put("id", NameUuid.of("statement " + registration + " " + event).toString());
        s.set("actor", actor.deepCopy());
        ObjectNode v = s.putObject("verb");
        v.put("id", VERBS + verb);
        v.putObject("display").put(LANGUAGE, verb);
        s.set("object", object.deepCopy());
        if (timestamp != null && parse(timestamp) != null) {
            s.put("timestamp", timestamp);
        }
        return s;
    }

    private static ObjectNode actor(String trainee, Settings settings) {
        ObjectNode a = JSON.objectNode();
        a.put("objectType", "Agent");
        if (settings.names()) {
            a.put("name", trainee);
        }
        ObjectNode account = a.putObject("account");
        account.put("homePage", settings.homePage());
        account.put("name", accountName(trainee, settings.names()));
        return a;
    }

    private static ObjectNode scenario(CohortRun run, Settings settings) {
        String title = run.scenarioTitle() == null || run.scenarioTitle().isBlank() ? run.scenarioId() : run.scenarioTitle();
        return activity(settings.activityBase() + "scenarios/" + segment(run.scenarioId()), title, SIMULATION);
    }

    private static ObjectNode node(CohortRun run, String nodeId, Settings settings) {
        String title = run.scenarioTitle() == null || run.scenarioTitle().isBlank() ? run.scenarioId() : run.scenarioTitle();
        return activity(settings.activityBase() + "scenarios/" + segment(run.scenarioId()) + "/scenes/" + segment(nodeId),
                title + " — scene " + nodeId, INTERACTION);
    }

    private static ObjectNode activity(String id, String name, String type) {
        ObjectNode a = JSON.objectNode();
        a.put("objectType", "Activity");
        a.put("id", id);
        ObjectNode d = a.putObject("definition");
        d.putObject("name").put(LANGUAGE, name);
        d.put("type", type);
        return a;
    }

    /** Registration, platform, the run's id, and the scenario (for a scene) and workshop it belongs to. */
    private static void context(ObjectNode statement, CohortRun run, UUID registration, Settings settings, ObjectNode parent) {
        ObjectNode c = statement.putObject("context");
        c.put("registration", registration.toString());
        c.put("platform", "Hotseat");
        if (parent != null || run.workshop() != null) {
            ObjectNode activities = c.putObject("contextActivities");
            if (parent != null) {
                activities.putArray("parent").add(parent.deepCopy());
            }
            if (run.workshop() != null) {
                CohortRun.Workshop w = run.workshop();
                activities.putArray("grouping").add(activity(settings.activityBase() + "workshops/" + segment(w.id()),
                        "Workshop " + w.room() + ", " + w.day(), MEETING));
            }
        }
        c.putObject("extensions").put(settings.activityBase() + "extensions/run", run.id());
        // The time last, after what happened, so the statement reads in that order.
        JsonNode timestamp = statement.remove("timestamp");
        if (timestamp != null) {
            statement.set("timestamp", timestamp);
        }
    }

    private static void score(ObjectNode result, int outOf100) {
        ObjectNode score = result.putObject("score");
        score.put("scaled", Math.max(0, Math.min(100, outOf100)) / 100.0);
        score.put("raw", outOf100);
        score.put("min", 0);
        score.put("max", 100);
    }

    private static void dimensions(ObjectNode ext, Settings settings, int calmness, int acknowledgment, int resolution) {
        ext.put(settings.activityBase() + "extensions/calmness", calmness);
        ext.put(settings.activityBase() + "extensions/acknowledgment", acknowledgment);
        ext.put(settings.activityBase() + "extensions/resolution", resolution);
    }

    /** The statements as one JSON array, as an LRS takes them. */
    public static ArrayNode array(List<ObjectNode> statements) {
        ArrayNode a = JSON.arrayNode();
        a.addAll(statements);
        return a;
    }

    private static String segment(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Duration between(String from, String to) {
        Instant a = parse(from);
        Instant b = parse(to);
        return a == null || b == null || b.isBefore(a) ? null : Duration.between(a, b);
    }

    private static Instant parse(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
