package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import hotseat.session.RunRecord;

class RunCommandsTest {
    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("hotseat.db").toString();
    }

    /** Plays the fixture scenario from a copy in the temp folder, so a test may edit it afterwards. */
    private String play(String answers) throws Exception {
        Path scenario = dir.resolve("late-parcel.yaml");
        if (!Files.exists(scenario)) {
            Files.copy(Path.of(Run.resource("play/late-parcel.yaml")), scenario);
        }
        Run r = Run.withInput(answers, "play", scenario.toString(), "--seed", "3", "--db", db());
        RunRecord newest = SavedRuns.newest(Path.of(db()));
        assertEquals(newest.finished() ? 0 : 3, r.exit(), "0 for a run that ended, 3 for one that did not: " + r);
        return newest.id();
    }

    @Test
    void debriefRendersASavedRunInEveryFormat() throws Exception {
        String run = play("1\n1\n");
        Run text = Run.withInput("", "debrief", run, "--db", db());
        assertEquals(0, text.exit(), text.toString());
        assertTrue(text.out().contains("Outcome: resolved"), text.out());

        Run json = Run.withInput("", "debrief", run, "--format", "json", "--db", db());
        var doc = new ObjectMapper().readTree(json.out());
        assertEquals("hotseat-run", doc.get("format").asText(), "the whole run, as one document");
        assertEquals("resolved", doc.get("outcome").asText());
        assertEquals("resolved", doc.get("debrief").get("outcome").asText());
        assertEquals(2, doc.get("actions").size());

        Run md = Run.withInput("", "debrief", run, "--format", "markdown", "--db", db());
        assertTrue(md.out().startsWith("# Debrief: The late parcel"), md.out());

        Path html = dir.resolve("d.html");
        Run h = Run.withInput("", "debrief", run, "--format", "html", "--out", html.toString(), "--db", db());
        assertEquals(0, h.exit(), h.toString());
        assertTrue(Files.readString(html).contains("<h1>Debrief: The late parcel</h1>"));
    }

    /** The flags a trainee knows from `hotseat play` work here too. */
    @Test
    void debriefTakesPlaysDebriefFlags() throws Exception {
        String run = play("1\n1\n");
        Path asPlay = dir.resolve("as-play.md");
        Run r = Run.withInput("", "debrief", run, "--debrief-format", "markdown",
                "--debrief-out", asPlay.toString(), "--db", db());
        assertEquals(0, r.exit(), r.toString());
        Path asDebrief = dir.resolve("as-debrief.md");
        Run same = Run.withInput("", "debrief", run, "--format", "markdown", "--out", asDebrief.toString(), "--db", db());
        assertEquals(0, same.exit(), same.toString());
        assertTrue(Files.readString(asPlay).startsWith("# Debrief: The late parcel"));
        assertEquals(Files.readString(asDebrief), Files.readString(asPlay));
    }

    @Test
    void debriefFindsARunByIdOrLatest() throws Exception {
        String id = play("1\n1\n");
        Run byId = Run.withInput("", "debrief", id, "--db", db());
        assertEquals(0, byId.exit(), byId.toString());
        Run latest = Run.withInput("", "debrief", "latest", "--db", db());
        assertEquals(byId.out(), latest.out());
    }

    @Test
    void badRunFilesGiveOneClearErrorAndNoTrace() throws Exception {
        Path truncated = dir.resolve("cut.json");
        Path exported = dir.resolve("run.json");
        Run export = Run.withInput("", "debrief", play("1\n1\n"), "--format", "json", "--out", exported.toString(), "--db", db());
        assertEquals(0, export.exit(), export.toString());
        Run fromFile = Run.withInput("", "debrief", exported.toString());
        assertEquals(0, fromFile.exit(), "a run written as one document reads back as it is: " + fromFile);
        assertTrue(fromFile.out().contains("Outcome: resolved"), fromFile.out());
        String whole = Files.readString(exported);
        Files.writeString(truncated, whole.substring(0, whole.length() / 3));
        Run cut = Run.withInput("", "debrief", truncated.toString());
        assertEquals(1, cut.exit());
        assertTrue(cut.err().startsWith("hotseat: error: " + truncated + ":"), cut.err());
        assertTrue(cut.err().contains("not complete JSON"), cut.err());
        assertEquals(1, cut.err().lines().count(), cut.err());

        Path notRun = dir.resolve("scenario.json");
        Files.writeString(notRun, "{\"id\": \"x\"}");
        Run other = Run.withInput("", "debrief", notRun.toString());
        assertEquals(1, other.exit());
        assertTrue(other.err().contains("not a Hotseat run file"), other.err());
        assertFalse(other.err().contains("Exception"), other.err());

        Run missing = Run.withInput("", "debrief", "no-such-run", "--db", db());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no-such-run: no run with this id in " + db()), missing.err());
    }

    @Test
    void runsListsNewestFirst() throws Exception {
        play("1\n1\n");
        Run empty = Run.withInput("", "runs", "--db", dir.resolve("none.db").toString());
        assertEquals(0, empty.exit());
        assertTrue(empty.out().startsWith("No saved runs in"), empty.out());
        // a second run, unfinished, started at the same fixed time: listed by id, newest (the -2 run) first
        play("2\n");
        Run r = Run.withInput("", "runs", "--db", db());
        assertEquals(0, r.exit(), r.toString());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].matches("WHEN \\(UTC\\) +TRAINEE +SCENARIO +OUTCOME +SCORE +RUN"), lines[0]);
        assertTrue(lines[1].matches("2026-03-01 10:00 +\\S+ +late-parcel +unfinished +\\d+ +20260301-100000-late-parcel-2"), lines[1]);
        assertTrue(lines[2].matches("2026-03-01 10:00 +\\S+ +late-parcel +resolved +\\d+ +20260301-100000-late-parcel"), lines[2]);
    }

    @Test
    void replayReproducesTheRunAndNoticesAChangedScenario() throws Exception {
        String run = play("/hint\n1\n1\n");
        Run same = Run.withInput("", "replay", run, "--db", db());
        assertEquals(0, same.exit(), same.toString());
        assertTrue(same.out().contains("Scenario file: unchanged since the run"), same.out());
        assertTrue(same.out().contains("Result: matches. Same 2 turns"), same.out());

        Path scenario = dir.resolve("late-parcel.yaml");
        Files.writeString(scenario, Files.readString(scenario).replace("Dana thanks you.", "Dana thanks you warmly."));
        Run wording = Run.withInput("", "replay", run, "--db", db());
        assertEquals(0, wording.exit(), wording.toString());
        assertTrue(wording.out().contains("Scenario file: CHANGED since the run"), wording.out());
        assertTrue(wording.out().contains("Result: matches."), wording.out());

        Files.writeString(scenario, Files.readString(scenario)
                .replace("scores: {calmness: 80, acknowledgment: 55, resolution: 95}", "scores: {calmness: 80, acknowledgment: 55, resolution: 30}"));
        Run changed = Run.withInput("", "replay", run, "--db", db());
        assertEquals(1, changed.exit(), changed.toString());
        assertTrue(changed.out().contains("Result: DIFFERS"), changed.out());
        assertTrue(changed.out().contains("turn 2: scores were 80/55/95, now 80/55/30"), changed.out());
    }
}
