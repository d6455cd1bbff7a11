package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import hotseat.store.Database;
import hotseat.store.TestDatabases;

/** `hotseat progress` over runs played into a real SQLite file and a real PostgreSQL database. */
class ProgressCommandTest {
    @TempDir
    Path dir;

    private final String scenario = Run.resource("play/late-parcel.yaml");

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void progressShowsFirstAndBestTrendsAndHabitsInEveryFormat(TestDatabases.Kind kind) throws Exception {
        Database d = TestDatabases.fresh(kind, dir);
        String db = d.kind() == Database.Kind.SQLITE ? d.shown() : d.shown().replace("***", "s3cret-pw");
        // ana: a poor run, a strong one, a middling one, and one left unfinished; ben: one run.
        // Each typed reply with acknowledgment 70+ and resolution 60+ ends the conversation at once, resolved.
        for (String answers : List.of("[c10 a70 r60] a\n", "[c90 a95 r90] b\n", "[c60 a80 r70] c\n", "1\n")) {
            Run r = Run.withInput(answers, "play", scenario, "--db", db, "--trainee", "ana");
            assertTrue(r.exit() == 0 || r.exit() == 3, r.toString());
        }
        Run.withInput("1\n1\n", "play", scenario, "--db", db, "--trainee", "ben");

        Run json = Run.withInput("", "progress", "--trainee", "ana", "--format", "json", "--db", db);
        assertEquals(0, json.exit(), json.toString());
        JsonNode p = new ObjectMapper().readTree(json.out());
        assertEquals("ana", p.get("trainee").asText());
        assertEquals(3, p.get("runs").asInt());
        assertEquals(1, p.get("unfinished").asInt());
        JsonNode parcel = p.get("scenarios").get(0);
        assertEquals("late-parcel", parcel.get("scenarioId").asText());
        int first = parcel.get("first").asInt();
        int best = parcel.get("best").asInt();
        int latest = parcel.get("latest").asInt();
        assertEquals(List.of(52, 97, 75), List.of(first, best, latest), "mean of the three, +5 resolved: " + parcel);
        JsonNode calm = p.get("trends").get(0);
        assertEquals("calmness", calm.get("measure").asText());
        assertEquals(3, calm.get("values").size());
        assertEquals(10, calm.get("values").get(0).asInt());
        assertEquals(90, calm.get("values").get(1).asInt());
        assertEquals(60, calm.get("values").get(2).asInt());
        assertEquals(50, calm.get("change").asInt());
        assertEquals("[52,97,75]", p.get("trends").get(3).get("values").toString(), "the overall score's trend");

        Run text = Run.withInput("", "progress", "--trainee", "ana", "--db", db);
        assertEquals(0, text.exit(), text.toString());
        assertTrue(text.out().startsWith("Progress: ana\n"), text.out());
        assertTrue(text.out().contains("3 finished runs"), text.out());
        assertTrue(text.out().matches("(?s).*Calmness +[▁-█]{3}  10 → 90 → 60  \\(\\+50\\).*"), text.out());
        assertTrue(text.out().contains("late-parcel     3     " + first), text.out());

        Run md = Run.withInput("", "progress", "--trainee", "ana", "--format", "markdown", "--db", db);
        assertTrue(md.out().startsWith("# Progress: ana"), md.out());
        assertTrue(md.out().contains("| late-parcel | 3 | " + first + " | " + best + " | " + latest + " |"), md.out());

        Path html = dir.resolve("progress.html");
        Run h = Run.withInput("", "progress", "--trainee", "ana", "--format", "html", "--out", html.toString(), "--db", db);
        assertEquals(0, h.exit(), h.toString());
        assertTrue(Files.readString(html).contains("<h1>Progress: ana</h1>"));
        assertTrue(Files.readString(html).contains("10 → 90 → 60"));

        Run nobody = Run.withInput("", "progress", "--trainee", "cy", "--db", db);
        assertEquals(1, nobody.exit());
        assertTrue(nobody.err().contains("no runs by \"cy\"") && nobody.err().contains("trainees with runs: ana, ben"), nobody.err());
    }
}
