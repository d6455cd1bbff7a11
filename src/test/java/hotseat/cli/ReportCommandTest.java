package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import hotseat.cohort.Workshop;
import hotseat.debrief.Debrief;
import hotseat.debrief.DebriefTurn;
import hotseat.session.PlaySession;
import hotseat.store.Database;
import hotseat.store.RunDatabase;

/**
 * `hotseat report` over a known room of runs ({@link Workshop}: six runs by five trainees, played
 * through the play session with the real scorer into a real SQLite file). Figures that follow
 * from the script — who reached what, what they picked, how long they took — are written out;
 * figures that follow from the scorer are worked out here from the runs' own debriefs.
 */
class ReportCommandTest {
    @TempDir
    static Path dir;

    static String db;
    static Workshop room;

    @BeforeAll
    static void playTheRoom() throws Exception {
        Database d = Database.sqlite(dir.resolve("hotseat.db"));
        db = d.shown();
        try (RunDatabase store = RunDatabase.open(d)) {
            room = new Workshop().play(store);
        }
    }

    private static JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("report", "--db", db, "--format", "json"));
        all.addAll(List.of(args));
        Run r = Run.of(all.toArray(String[]::new));
        assertEquals(0, r.exit(), r.toString());
        return new ObjectMapper().readTree(r.out());
    }

    private static JsonNode scene(JsonNode report, String node) {
        for (JsonNode s : report.get("scenarios").get(0).get("scenes")) {
            if (s.get("nodeId").asText().equals(node)) {
                return s;
            }
        }
        throw new AssertionError("no scene " + node);
    }

    @Test
    void participantsCompletionAndEndings() throws Exception {
        JsonNode r = json();
        assertEquals(6, r.get("runs").asInt());
        assertEquals(5, r.get("finished").asInt());
        assertTrue(r.get("anonymised").asBoolean());
        List<String> names = new ArrayList<>();
        r.get("participants").forEach(p -> names.add(p.get("name").asText() + ":" + p.get("runs").asInt() + "/" + p.get("finished").asInt()));
        assertEquals(List.of("Trainee 1:2/2", "Trainee 2:1/1", "Trainee 3:1/1", "Trainee 4:1/1", "Trainee 5:1/0"), names);
        assertEquals(room.sessions.get(3).debrief().overall().score(), r.get("participants").get(3).get("best").asInt());

        JsonNode parcel = r.get("scenarios").get(0);
        assertEquals("late-parcel", parcel.get("scenarioId").asText());
        assertEquals(1, parcel.get("stopped").asInt());
        List<String> endings = new ArrayList<>();
        parcel.get("endings").forEach(e -> endings.add(e.get("endingId").asText() + " " + e.get("outcome").asText() + " " + e.get("runs").asInt()));
        assertEquals(List.of("thanks resolved 3", "gone lost 0", "handed_over escalated 2"), endings);
    }

    @Test
    void eachScoreSpreadsAsTheFinishedRunsScored() throws Exception {
        JsonNode r = json();
        List<Debrief> finished = room.sessions.stream().map(PlaySession::debrief).filter(Debrief::finished).toList();
        assertEquals(5, finished.size());
        check(r.get("measures").get(0), "calmness", finished, d -> d.dimensions().calmness());
        check(r.get("measures").get(1), "acknowledgment", finished, d -> d.dimensions().acknowledgment());
        check(r.get("measures").get(2), "resolution", finished, d -> d.dimensions().resolution());
        check(r.get("measures").get(3), "overall", finished, d -> d.overall().score());
        int total = 0;
        for (JsonNode g : r.get("grades")) {
            String grade = g.get("grade").asText();
            assertEquals(finished.stream().filter(d -> d.overall().grade().equals(grade)).count(), g.get("count").asLong(), grade);
            total += g.get("count").asInt();
        }
        assertEquals(5, total);
    }

    private static void check(JsonNode m, String name, List<Debrief> runs, ToIntFunction<Debrief> value) {
        assertEquals(name, m.get("measure").asText());
        int[] v = runs.stream().mapToInt(value).sorted().toArray();
        assertEquals(5, m.get("count").asInt());
        assertEquals(v[0], m.get("min").asInt(), name);
        assertEquals(v[2], m.get("median").asInt(), name + ": the 3rd of 5");
        assertEquals(v[1], m.get("lowerQuartile").asInt(), name + ": the 2nd of 5 (nearest rank of 1.25)");
        assertEquals(v[3], m.get("upperQuartile").asInt(), name + ": the 4th of 5");
        assertEquals(v[4], m.get("max").asInt(), name);
        for (int b = 0; b < 10; b++) {
            JsonNode bin = m.get("bins").get(b);
            int lo = b * 10;
            int hi = b == 9 ? 100 : lo + 9;
            assertEquals(lo, bin.get("from").asInt());
            assertEquals(hi, bin.get("to").asInt());
            long expected = java.util.Arrays.stream(v).filter(x -> x >= lo && x <= hi).count();
            assertEquals(expected, bin.get("count").asLong(), name + " " + lo + "–" + hi);
        }
    }

    @Test
    void scenesCountArrivalsChoicesTypedRepliesAndTimes() throws Exception {
        JsonNode r = json();
        JsonNode opening = scene(r, "opening");
        assertEquals(6, opening.get("reached").asInt());
        assertEquals(6, opening.get("answers").asInt());
        assertEquals(1, opening.get("bestOption").asInt());
        assertEquals("[1:2:true, 2:1:false, typed:3:false]", choices(opening));
        // ana 10, ben 5, cy 40, dee 30, eve 8 (timed from her undo), ana 12 → 5 8 10 12 30 40
        assertEquals(10, opening.get("medianSeconds").asInt());
        assertEquals(40, opening.get("p90Seconds").asInt());

        List<DebriefTurn> typed = room.sessions.stream().flatMap(s -> s.debrief().turns().stream())
                .filter(t -> t.nodeId().equals("opening") && t.replyKind().equals("typed")).toList();
        assertEquals(3, typed.size());
        JsonNode t = opening.get("typed");
        assertEquals(3, t.get("count").asInt());
        assertEquals(Math.round(typed.stream().mapToInt(x -> x.scores().calmness()).average().orElseThrow()), t.get("calmness").asLong());
        assertEquals(Math.round(typed.stream().mapToInt(x -> x.scores().acknowledgment()).average().orElseThrow()), t.get("acknowledgment").asLong());
        assertEquals(Math.round(typed.stream().mapToInt(x -> x.scores().resolution()).average().orElseThrow()), t.get("resolution").asLong());
        long short_ = typed.stream().filter(DebriefTurn::fellShort).count();
        assertEquals(short_, t.get("weakest").size(), "every typed reply that fell short, at most three");
        assertEquals(Workshop.FLAT, t.get("weakest").get(0).get("reply").asText(), "the weakest first");
        assertEquals("Trainee 3", t.get("weakest").get(0).get("trainee").asText(), "anonymised by default");
        assertTrue(opening.get("modelAnswer").asText().startsWith("I'm so sorry, six days with no parcel"));

        JsonNode checking = scene(r, "checking");
        assertEquals(2, checking.get("reached").asInt(), "ana answered here; eve came here and stopped");
        assertEquals(1, checking.get("answers").asInt());
        assertEquals("[1:1:true, 2:0:false]", choices(checking));
        JsonNode manager = scene(r, "manager");
        assertEquals(2, manager.get("reached").asInt());
        assertEquals(15, manager.get("medianSeconds").asInt());
        assertEquals(25, manager.get("p90Seconds").asInt());
        assertEquals(0, scene(r, "wants_present").get("poor").asInt());

        JsonNode named = scene(json("--names"), "opening").get("typed").get("weakest").get(0);
        assertEquals("cy", named.get("trainee").asText());
    }

    private static String choices(JsonNode scene) {
        List<String> out = new ArrayList<>();
        scene.get("choices").forEach(c -> out.add((c.get("option").isNull() ? "typed" : c.get("option").asText()) + ":"
                + c.get("count").asInt() + ":" + c.get("best").asBoolean()));
        return out.toString();
    }

    @Test
    void scenesToDiscussFirstFirstShortfallsAndTraffic() throws Exception {
        JsonNode r = json();
        JsonNode parcel = r.get("scenarios").get(0);
        JsonNode discuss = parcel.get("discussFirst");
        assertEquals("opening", discuss.get(0).get("nodeId").asText());
        assertEquals(6, discuss.get(0).get("reached").asInt());
        assertEquals(scene(r, "opening").get("poorRuns").asInt(), discuss.get(0).get("poorRuns").asInt());
        assertEquals("manager", discuss.get(1).get("nodeId").asText());
        assertEquals(2, discuss.get(1).get("poorRuns").asInt(), "both runs the mood sent to the manager answered there with a weak option");

        List<String> first = new ArrayList<>();
        r.get("firstShortfalls").forEach(f -> first.add(f.get("trainee").asText() + " " + f.get("nodeId").asText() + " " + f.get("replyKind").asText()));
        assertTrue(first.contains("Trainee 2 opening option 2"), first.toString());
        assertTrue(first.contains("Trainee 3 opening typed"), first.toString());
        assertFalse(first.stream().anyMatch(f -> f.startsWith("Trainee 4") || f.startsWith("Trainee 5")), first.toString());

        List<String> moves = new ArrayList<>();
        parcel.get("transitions").forEach(m -> moves.add(m.get("from").asText() + ">" + m.get("to").asText() + " "
                + m.get("via").asText() + " " + m.get("count").asInt()));
        assertTrue(moves.contains("start>opening start 6"), moves.toString());
        assertTrue(moves.contains("opening>checking option 1 2"), moves.toString());
        assertTrue(moves.contains("opening>manager mood 2"), moves.toString());
        assertTrue(moves.contains("manager>handed_over option 1 2"), moves.toString());
        assertTrue(moves.contains("opening>thanks typed 1"), moves.toString());
    }

    @Test
    void filtersPickTheRuns() throws Exception {
        assertEquals(1, json("--since", "2026-03-05").get("runs").asInt());
        assertEquals(5, json("--until", "2026-03-02").get("runs").asInt());
        JsonNode ana = json("--trainee", "ana");
        assertEquals(2, ana.get("runs").asInt());
        assertEquals("trainee ana", ana.get("selection").asText());
        assertEquals(6, json("--scenario", "late-parcel").get("runs").asInt());
    }

    @Test
    void textAndMarkdownSayTheSame() {
        Run text = Run.of("report", "--db", db);
        assertEquals(0, text.exit(), text.toString());
        String out = text.out();
        String flat = out.replaceAll("\\s+", " ");
        assertTrue(out.startsWith("Cohort report\n=============\n6 runs by 5 trainees (all runs)."), out);
        assertTrue(flat.contains("5 of 6 runs reached an ending (83%); 4 of 5 trainees finished at least one."), out);
        assertTrue(flat.contains("1. opening — “My parcel is six days late. Six days!”: fell short in 3 of 6 runs that reached it"), out);
        assertTrue(flat.contains("Time to answer: median 10 s, 90th percentile 40 s."), out);
        assertTrue(out.matches("(?s).*thanks +resolved +3 +█{20}.*"), out);
        assertTrue(flat.contains("Trainee 3: “" + Workshop.FLAT + "”"), out);
        assertFalse(out.matches("(?s).*\\b(ana|ben|cy|dee|eve)\\b.*"), "no names without --names");

        Run md = Run.of("report", "--db", db, "--format", "markdown");
        assertEquals(0, md.exit(), md.toString());
        assertTrue(md.out().startsWith("# Cohort report\n"), md.out());
        assertTrue(md.out().contains("| 1. (best) | I'm so sorry, six days of waiting with the part… | 2 |"), md.out());
        assertTrue(md.out().contains("| thanks | resolved | 3 |"), md.out());
        assertTrue(md.out().contains("## Scenes to discuss first"), md.out());
    }

    @Test
    void csvHasOneRowAScene() {
        Run csv = Run.of("report", "--db", db, "--format", "csv");
        assertEquals(0, csv.exit(), csv.toString());
        String[] rows = csv.out().split("\r\n");
        assertTrue(rows[0].startsWith("scenario_id,node_id,customer_line,reached,replies,fell_short,fell_short_percent,"), rows[0]);
        assertEquals(5, rows.length, "a header and four scenes");
        assertTrue(rows[1].startsWith("late-parcel,opening,My parcel is six days late. Six days!,6,6,3,50,3,1,1,1:2 2:1 typed:3,3,"), rows[1]);
        assertTrue(rows[1].contains("\"" + Workshop.FLAT + "\",Trainee 3,10,40,"), rows[1]);
        assertTrue(rows[1].endsWith(",10,40,\"I'm so sorry, six days with no parcel and the party on Saturday. I'll trace it now and call you back by 5 pm.\""), rows[1]);
        assertTrue(rows[2].startsWith("late-parcel,checking,So what are you actually going to DO about it?,2,1,0,0,0,,1,1:1 2:0,0,"), rows[2]);
    }

    @Test
    void theHeatMapAsDotMermaidAndInlineSvg() throws Exception {
        Run dot = Run.of("report", "--db", db, "--format", "dot");
        assertEquals(0, dot.exit(), dot.toString());
        assertTrue(dot.out().startsWith("digraph hotseat_heat {"), dot.out());
        assertTrue(dot.out().contains("n0 [label=\"opening\\n“My parcel is six days late. Six days!”\\n6 runs came here\\n3 of 6 fell short (50%)\""
                + ", style=\"rounded,filled\", fillcolor=\"#fcbba1\"];"), dot.out());
        assertTrue(dot.out().contains("n7 -> n0 [label=\"6 runs\", penwidth=8.0, color=\"#1f4e79\"];"), dot.out());
        assertTrue(dot.out().contains("n8 -> n3 [label=\"2 runs\", penwidth=3.3, style=bold"), "the mood trigger sent two runs to the manager: " + dot.out());
        assertTrue(dot.out().contains("n1 -> n5 [label=\"2. You'll have to wait for the… · 0 runs\", penwidth=1.0, color=\"#aaaaaa\""), dot.out());

        Run mmd = Run.of("report", "--db", db, "--format", "mermaid");
        assertEquals(0, mmd.exit(), mmd.toString());
        assertTrue(mmd.out().contains("flowchart TD\n"), mmd.out());
        assertTrue(mmd.out().contains("  n7 -->|\"6 runs\"| n0\n"), mmd.out());
        assertTrue(mmd.out().contains("  class n0 poor2\n"), "half the opening's replies fell short: " + mmd.out());
        assertTrue(mmd.out().contains("  class n3 poor4\n"), "all the manager's: " + mmd.out());

        Path html = dir.resolve("room.html");
        Run h = Run.of("report", "--db", db, "--format", "html", "--out", html.toString());
        assertEquals(0, h.exit(), h.toString());
        assertEquals("Report written to " + html + "\n", h.out());
        String page = java.nio.file.Files.readString(html);
        assertTrue(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heat\""), "inline SVG");
        assertTrue(page.contains(">3 of 6 fell short (50%)</text>"), "the opening's share in its box");
        assertTrue(page.contains("“Whatever. Not my problem, you will have to wait like everyone else.”"), "the weakest typed reply");
        assertTrue(page.contains("fell short in <strong>3 of 6</strong> runs that reached it"), "scenes to discuss first");
        assertFalse(page.contains("<script"));
    }

    @Test
    void aMapNeedsOneScenario(@TempDir Path other) throws Exception {
        Database d = Database.sqlite(other.resolve("two.db"));
        try (RunDatabase store = RunDatabase.open(d)) {
            new Workshop().play(store);
            hotseat.cohort.DemoRoom.play(store, hotseat.cohort.DemoRoom.builtIn("double-charge"), 2, 2, 3);
        }
        Run both = Run.of("report", "--db", d.shown(), "--format", "mermaid");
        assertEquals(2, both.exit(), both.toString());
        assertTrue(both.err().contains("these runs are of 2: late-parcel, double-charge — pick one with --scenario ID")
                || both.err().contains("these runs are of 2: double-charge, late-parcel — pick one with --scenario ID"), both.err());
        Run one = Run.of("report", "--db", d.shown(), "--format", "mermaid", "--scenario", "double-charge");
        assertEquals(0, one.exit(), one.toString());
        assertTrue(one.out().contains("2 runs"), one.out());
        Run text = Run.of("report", "--db", d.shown());
        assertTrue(text.out().contains("Scenario: The late parcel (late-parcel)"), text.out());
    }

    @Test
    void aRoomPicksTheRunsOfItsWorkshops(@TempDir Path other) throws Exception {
        Database d = Database.sqlite(other.resolve("rooms.db"));
        try (RunDatabase store = RunDatabase.open(d)) {
            new Workshop().play(store);
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other.resolve("rooms.db"));
                 java.sql.Statement s = c.createStatement()) {
                if (!store.keepsRooms()) {
                    // What the workshop server's migration adds, for a database made before it.
                    s.execute("CREATE TABLE workshops (id TEXT PRIMARY KEY, room TEXT NOT NULL, day TEXT NOT NULL, opened_at TEXT NOT NULL)");
                    s.execute("ALTER TABLE runs ADD COLUMN workshop_id TEXT REFERENCES workshops (id)");
                }
                s.execute("INSERT INTO workshops (id, room, day, opened_at) VALUES ('onboarding-2026-03-02', 'onboarding',"
                        + " '2026-03-02', '2026-03-02T08:55:00Z'), ('onboarding-2026-03-05', 'onboarding', '2026-03-05',"
                        + " '2026-03-05T13:55:00Z')");
                s.execute("UPDATE runs SET workshop_id = 'onboarding-2026-03-02' WHERE trainee IN ('ana', 'ben', 'cy')"
                        + " AND started_at < '2026-03-03'");
                s.execute("UPDATE runs SET workshop_id = 'onboarding-2026-03-05' WHERE started_at >= '2026-03-05'");
            }
            assertTrue(store.keepsRooms());
        }
        String db = d.shown();
        Run day = Run.of("report", "--db", db, "--room", "onboarding-2026-03-02", "--format", "json");
        assertEquals(0, day.exit(), day.toString());
        JsonNode r = new ObjectMapper().readTree(day.out());
        assertEquals(3, r.get("runs").asInt());
        assertEquals("room onboarding-2026-03-02", r.get("selection").asText());
        Run room = Run.of("report", "--db", db, "--room", "onboarding", "--format", "json");
        assertEquals(4, new ObjectMapper().readTree(room.out()).get("runs").asInt(), "every day the room was served");
        Run since = Run.of("report", "--db", db, "--room", "onboarding", "--since", "2026-03-04", "--format", "json");
        assertEquals(1, new ObjectMapper().readTree(since.out()).get("runs").asInt());
        Run none = Run.of("report", "--db", db, "--room", "sales");
        assertEquals(1, none.exit(), none.toString());
        assertTrue(none.err().contains("no runs match room sales"), none.err());
    }

    @Test
    void mistakesAndEmptySelectionsAreExplained(@TempDir Path empty) {
        Run bad = Run.of("report", "--db", db, "--since", "2026-13-01");
        assertEquals(2, bad.exit(), bad.toString());
        assertTrue(bad.err().contains("--since 2026-13-01: not a date — write it as YYYY-MM-DD"), bad.err());

        Run format = Run.of("report", "--db", db, "--format", "pdf");
        assertEquals(2, format.exit(), format.toString());
        assertTrue(format.err().contains("\"pdf\" is not a report format"), format.err());

        boolean rooms;
        try (RunDatabase store = RunDatabase.open(Database.sqlite(empty.resolve("rooms.db")))) {
            rooms = store.keepsRooms();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Run roomless = Run.of("report", "--db", db, "--room", "tuesday");
        if (rooms) {
            // The schema records workshops: a room with no runs is a selection with nothing in it.
            assertEquals(1, roomless.exit(), roomless.toString());
            assertTrue(roomless.err().contains("no runs match room tuesday"), roomless.err());
        } else {
            assertEquals(2, roomless.exit(), roomless.toString());
            assertTrue(roomless.err().contains("do not record a room") && roomless.err().contains("hotseat serve"), roomless.err());
        }

        Run none = Run.of("report", "--db", db, "--scenario", "no-such-scenario");
        assertEquals(1, none.exit(), none.toString());
        assertTrue(none.err().contains("no runs match scenario no-such-scenario in"), none.err());
        assertTrue(none.out().isEmpty(), none.out());

        Run nothing = Run.of("report", "--db", empty.resolve("empty.db").toString());
        assertEquals(1, nothing.exit(), nothing.toString());
        assertTrue(nothing.err().contains("no runs in") && nothing.err().contains("hotseat play SCENARIO"), nothing.err());
    }
}
