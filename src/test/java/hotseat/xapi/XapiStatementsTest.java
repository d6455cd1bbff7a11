package hotseat.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import hotseat.cohort.CohortRun;
import hotseat.cohort.Workshop;
import hotseat.debrief.Debrief;
import hotseat.debrief.DebriefTurn;
import hotseat.debrief.Overall;
import hotseat.store.Database;
import hotseat.store.RunDatabase;
import hotseat.store.RunFilter;

/**
 * The statements for a known room of runs ({@link Workshop}: six runs by five trainees played
 * through the play session with the real scorer into a real SQLite file), read back as the
 * report reads them. The first three runs are marked as played in a workshop.
 */
class XapiStatementsTest {
    private static final String EXT = XapiStatements.DEFAULT_ACTIVITY_BASE + "extensions/";

    @TempDir
    static Path dir;

    static Workshop room;
    static List<CohortRun> runs;

    @BeforeAll
    static void playTheRoom() throws Exception {
        Database d = Database.sqlite(dir.resolve("hotseat.db"));
        try (RunDatabase store = RunDatabase.open(d)) {
            room = new Workshop().play(store);
            String workshop = store.openWorkshop("onboarding", java.time.LocalDate.parse("2026-03-02"));
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("hotseat.db"));
                 var s = c.createStatement()) {
                s.execute("UPDATE runs SET workshop_id = '" + workshop + "' WHERE trainee IN ('ana', 'ben', 'cy')"
                        + " AND started_at < '2026-03-03'");
            }
            runs = store.cohort(RunFilter.ALL, null);
        }
        assertEquals(6, runs.size());
    }

    private static List<ObjectNode> statements(boolean names) {
        return XapiStatements.of(runs, XapiStatements.Settings.standard(names));
    }

    /** The statements by registration, in the order they came. */
    private static Map<String, List<JsonNode>> byRun(List<ObjectNode> all) {
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        for (JsonNode s : all) {
            out.computeIfAbsent(s.at("/context/registration").asText(), k -> new ArrayList<>()).add(s);
        }
        return out;
    }

    private static List<String> verbs(List<JsonNode> run) {
        List<String> v = new ArrayList<>();
        for (JsonNode s : run) {
            String id = s.at("/verb/id").asText();
            assertTrue(id.startsWith("http://adlnet.gov/expapi/verbs/"), id);
            String word = id.substring("http://adlnet.gov/expapi/verbs/".length());
            assertEquals(word, s.at("/verb/display/en-US").asText());
            v.add(word);
        }
        return v;
    }

    @Test
    void eachRunsVerbsComeInTheOrderItsEventsHappened() {
        Map<String, List<JsonNode>> byRun = byRun(statements(false));
        assertEquals(6, byRun.size(), "one registration a run");
        List<List<JsonNode>> list = new ArrayList<>(byRun.values());
        for (int i = 0; i < 6; i++) {
            Debrief d = room.sessions.get(i).debrief();
            String verdict = Overall.passes(d.overall().grade()) ? "passed" : "failed";
            List<String> expected = new ArrayList<>(List.of("attempted"));
            d.turns().forEach(t -> expected.add("answered"));
            if (room.sessions.get(i).record().finished()) {
                expected.add("completed");
                expected.add(verdict);
            }
            assertEquals(expected, verbs(list.get(i)), "run " + i);
        }
        // ana: two replies to an ending; dee: one; eve: one that stands after an undo, and no ending.
        assertEquals(5, list.get(0).size());
        assertEquals(4, list.get(3).size());
        assertEquals(List.of("attempted", "answered"), verbs(list.get(4)));
    }

    @Test
    void aRegistrationIsSharedWithinARunAndDistinctAcrossRuns() {
        List<ObjectNode> all = statements(false);
        Set<String> registrations = new HashSet<>();
        for (int i = 0; i < runs.size(); i++) {
            String expected = XapiStatements.registration(runs.get(i)).toString();
            List<ObjectNode> mine = XapiStatements.of(runs.get(i), XapiStatements.Settings.standard(false));
            for (ObjectNode s : mine) {
                assertEquals(expected, s.at("/context/registration").asText());
            }
            registrations.add(expected);
        }
        assertEquals(6, registrations.size());
        assertEquals(5, UUID.fromString(registrations.iterator().next()).version());
    }

    @Test
    void scoresAreScaledFromTheRepliesAndTheRunsOwnFigures() {
        List<List<JsonNode>> list = new ArrayList<>(byRun(statements(false)).values());
        for (int i = 0; i < 6; i++) {
            Debrief d = room.sessions.get(i).debrief();
            List<JsonNode> answered = list.get(i).stream().filter(s -> s.at("/verb/id").asText().endsWith("answered")).toList();
            assertEquals(d.turns().size(), answered.size());
            for (int t = 0; t < answered.size(); t++) {
                DebriefTurn turn = d.turns().get(t);
                JsonNode r = answered.get(t).get("result");
                int mean = (int) Math.round((turn.scores().calmness() + turn.scores().acknowledgment()
                        + turn.scores().resolution()) / 3.0);
                assertEquals(mean / 100.0, r.at("/score/scaled").asDouble(), 1e-9);
                assertEquals(mean, r.at("/score/raw").asInt());
                assertEquals(turn.scores().calmness(), r.get("extensions").get(EXT + "calmness").asInt());
                assertEquals(turn.scores().acknowledgment(), r.get("extensions").get(EXT + "acknowledgment").asInt());
                assertEquals(turn.scores().resolution(), r.get("extensions").get(EXT + "resolution").asInt());
                assertEquals(!turn.fellShort(), r.get("success").asBoolean());
                assertEquals(turn.reply(), r.get("response").asText());
            }
            for (JsonNode s : list.get(i)) {
                if (s.has("result") && s.get("result").has("score")) {
                    double scaled = s.at("/result/score/scaled").asDouble();
                    assertTrue(scaled >= -1 && scaled <= 1, s.toString());
                }
                String verb = s.at("/verb/id").asText();
                if (verb.endsWith("passed") || verb.endsWith("failed") || verb.endsWith("completed")) {
                    assertEquals(d.overall().score() / 100.0, s.at("/result/score/scaled").asDouble(), 1e-9);
                }
                if (verb.endsWith("passed") || verb.endsWith("failed")) {
                    assertEquals(d.overall().passed(), s.at("/result/success").asBoolean());
                    assertEquals(d.overall().grade(), s.at("/result/extensions").get(EXT + "grade").asText());
                }
            }
        }
        // ana's first reply is the opening's first option, authored 90, 85 and 60: a mean of 78.
        JsonNode first = list.get(0).get(1);
        assertEquals(0.78, first.at("/result/score/scaled").asDouble(), 1e-9);
        assertEquals("I'm so sorry, six days of waiting with the party coming is awful. Let me look right now.",
                first.at("/result/response").asText());
        assertEquals(Workshop.STRONG, list.get(3).get(1).at("/result/response").asText());
    }

    @Test
    void durationsAndTimestampsComeFromTheRun() {
        List<List<JsonNode>> list = new ArrayList<>(byRun(statements(false)).values());
        List<JsonNode> ana = list.get(0);
        assertEquals("2026-03-02T09:00:00Z", ana.get(0).get("timestamp").asText());
        assertEquals("2026-03-02T09:00:10Z", ana.get(1).get("timestamp").asText());
        assertEquals(Duration.ofSeconds(10), Duration.parse(ana.get(1).at("/result/duration").asText()));
        assertEquals(Duration.ofSeconds(20), Duration.parse(ana.get(2).at("/result/duration").asText()));
        assertEquals("2026-03-02T09:00:30Z", ana.get(3).get("timestamp").asText(), "completed at the last reply");
        assertEquals(Duration.ofSeconds(30), Duration.parse(ana.get(3).at("/result/duration").asText()));
        assertTrue(ana.get(3).at("/result/completion").asBoolean());
        // eve took a reply back 2 s after giving it: the one that stands took 8 s from the undo.
        assertEquals(Duration.ofSeconds(8), Duration.parse(list.get(4).get(1).at("/result/duration").asText()));
        assertEquals("2026-03-02T09:20:13Z", list.get(4).get(1).get("timestamp").asText());
        for (JsonNode s : statements(false)) {
            Instant.parse(s.get("timestamp").asText());
            if (s.at("/result/duration").isTextual()) {
                assertFalse(Duration.parse(s.at("/result/duration").asText()).isNegative());
            }
        }
    }

    @Test
    void objectsAreTheScenarioAndItsScenesWithNames() {
        List<List<JsonNode>> list = new ArrayList<>(byRun(statements(false)).values());
        String scenario = XapiStatements.DEFAULT_ACTIVITY_BASE + "scenarios/late-parcel";
        JsonNode attempted = list.get(0).get(0);
        assertEquals(scenario, attempted.at("/object/id").asText());
        assertEquals("The late parcel", attempted.at("/object/definition/name/en-US").asText());
        assertEquals("http://adlnet.gov/expapi/activities/simulation", attempted.at("/object/definition/type").asText());
        JsonNode answered = list.get(0).get(2);
        assertEquals(scenario + "/scenes/checking", answered.at("/object/id").asText());
        assertEquals("The late parcel — scene checking", answered.at("/object/definition/name/en-US").asText());
        assertEquals(scenario, answered.at("/context/contextActivities/parent/0/id").asText());
        assertEquals("thanks", list.get(0).get(3).at("/result/extensions").get(EXT + "ending").asText());
    }

    @Test
    void onlyWorkshopRunsAreGroupedUnderTheirWorkshop() {
        List<List<JsonNode>> list = new ArrayList<>(byRun(statements(false)).values());
        for (int i = 0; i < 6; i++) {
            for (JsonNode s : list.get(i)) {
                JsonNode grouping = s.at("/context/contextActivities/grouping");
                if (i < 3) {
                    assertEquals(1, grouping.size(), s.toString());
                    assertEquals(XapiStatements.DEFAULT_ACTIVITY_BASE + "workshops/onboarding-2026-03-02",
                            grouping.get(0).get("id").asText());
                    assertEquals("Workshop onboarding, 2026-03-02", grouping.at("/0/definition/name/en-US").asText());
                } else {
                    assertTrue(grouping.isMissingNode(), s.toString());
                }
            }
        }
    }

    @Test
    void idsAreTheSameEachTimeAndDifferentForEachEvent() {
        List<ObjectNode> once = statements(false);
        List<ObjectNode> again = statements(false);
        assertEquals(once, again);
        Set<String> ids = new HashSet<>();
        for (ObjectNode s : once) {
            UUID id = UUID.fromString(s.get("id").asText());
            assertEquals(5, id.version());
            ids.add(id.toString());
        }
        assertEquals(once.size(), ids.size(), "no two statements share an id");
        assertEquals(26, once.size());
        // Naming the trainees changes who, not which event: the ids stay.
        List<ObjectNode> named = statements(true);
        for (int i = 0; i < once.size(); i++) {
            assertEquals(once.get(i).get("id"), named.get(i).get("id"));
        }
    }

    @Test
    void traineesAreAccountsPseudonymousUnlessNamed() {
        JsonNode anon = statements(false).get(0).get("actor");
        assertEquals("Agent", anon.get("objectType").asText());
        assertEquals(XapiStatements.DEFAULT_HOME_PAGE, anon.at("/account/homePage").asText());
        String pseudonym = anon.at("/account/name").asText();
        assertTrue(pseudonym.startsWith("trainee-") && !pseudonym.contains("ana"), pseudonym);
        assertNull(anon.get("name"));
        assertFalse(anon.has("mbox"));
        // ana's second run is under the same pseudonym; ben's is not.
        List<ObjectNode> all = statements(false);
        assertEquals(pseudonym, all.get(all.size() - 1).at("/actor/account/name").asText());
        assertNotEquals(pseudonym, all.get(5).at("/actor/account/name").asText());

        JsonNode named = statements(true).get(0).get("actor");
        assertEquals("ana", named.at("/account/name").asText());
        assertEquals("ana", named.get("name").asText());
    }

    @Test
    void theHomePageAndActivityBaseMustBeWebAddresses() {
        var s = new XapiStatements.Settings("https://lms.example.org/", "https://lms.example.org/hotseat", false);
        assertEquals("https://lms.example.org/hotseat/", s.activityBase());
        JsonNode first = XapiStatements.of(runs.get(0), s).get(0);
        assertEquals("https://lms.example.org/hotseat/scenarios/late-parcel", first.at("/object/id").asText());
        assertEquals("https://lms.example.org/", first.at("/actor/account/homePage").asText());
        IllegalArgumentException urn = assertThrows(IllegalArgumentException.class,
                () -> new XapiStatements.Settings("urn:hotseat:trainees", XapiStatements.DEFAULT_ACTIVITY_BASE, false));
        assertTrue(urn.getMessage().startsWith("--xapi-home-page urn:hotseat:trainees: give an http or https URL"),
                urn.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new XapiStatements.Settings(XapiStatements.DEFAULT_HOME_PAGE, "hotseat/activities", false));
    }

    @Test
    void nameBasedUuidsFollowRfc4122() {
        // The RFC's DNS namespace and www.example.com give this version-5 UUID.
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertEquals("2ed6657d-e927-568b-95e1-2665a8aea6a2", NameUuid.of(dns, "www.example.com").toString());
        assertEquals(NameUuid.of("run x"), NameUuid.of("run x"));
        assertNotEquals(NameUuid.of("run x"), NameUuid.of("run y"));
    }
}
