package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hotseat.load.CheckResult;
import hotseat.load.ScenarioChecker;

/** A trainer's own scenarios join the library without a rebuild; hotseat new writes one to start from. */
class OwnScenariosTest {

    private static Map<String, String> env(Path dir) {
        Map<String, String> env = new HashMap<>();
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        env.put("HOTSEAT_DB", dir.resolve("runs.db").toString());
        env.put("USER", "trainer");
        return env;
    }

    @Test
    void newWritesAValidCommentedScenarioThatListAndPlayFindById(@TempDir Path dir) throws IOException {
        Map<String, String> env = env(dir);
        Run made = Run.withEnv(env, "", "new", "broken-kettle");
        assertEquals(0, made.exit(), made::toString);
        Path folder = dir.resolve("data/hotseat/scenarios");
        Path file = folder.resolve("broken-kettle.yaml");
        assertTrue(made.out().startsWith("Wrote " + file), made::toString);
        assertTrue(Files.isRegularFile(folder.resolve("hotseat.schema.json")), "the editor schema is written beside it");
        String text = Files.readString(file);
        assertTrue(text.startsWith("# yaml-language-server: $schema=./hotseat.schema.json\n"), text);
        assertTrue(text.contains("id: broken-kettle "), text);
        assertTrue(text.contains("hotseat play broken-kettle --plain"), "the comments say how to try it");

        CheckResult checked = new ScenarioChecker().check(file, file.toString());
        assertEquals(List.of(), checked.diagnostics(), "valid under --strict: no error and no warning");

        Run listed = Run.withEnv(env, "", "list");
        assertEquals(0, listed.exit(), listed::toString);
        assertTrue(listed.out().lines().anyMatch(l -> l.startsWith("broken-kettle ") && l.contains("own · delivery")), listed::toString);
        assertTrue(listed.out().lines().anyMatch(l -> l.startsWith("parcel-never-came ")), "the built-in ones stay");
        assertTrue(listed.out().contains("own: your scenarios, from " + folder), listed::toString);

        Run played = Run.withEnv(env, "1\n1\n", "play", "broken-kettle", "--plain");
        assertEquals(0, played.exit(), played::toString);
        assertTrue(played.out().contains("A broken kettle, delivered late"), played::toString);
        assertTrue(played.out().contains("Priya thanks you"), played::toString);
    }

    @Test
    void theNewScenarioPassesItsOwnTests(@TempDir Path dir) {
        Map<String, String> env = env(dir);
        assertEquals(0, Run.withEnv(env, "", "new", "kettle").exit());
        Run checked = Run.of("check", dir.resolve("data/hotseat/scenarios/kettle.yaml").toString(), "--walks", "50");
        assertEquals(0, checked.exit(), checked::toString);
        assertTrue(checked.out().contains("tests     3 of 3 passed"), checked::toString);
    }

    @Test
    void newRefusesAnExistingFileAndAnIdThatIsNotReadable(@TempDir Path dir) {
        Map<String, String> env = env(dir);
        assertEquals(0, Run.withEnv(env, "", "new", "kettle").exit());
        Run again = Run.withEnv(env, "", "new", "kettle");
        assertEquals(1, again.exit(), again::toString);
        assertTrue(again.err().contains("kettle.yaml: already exists — edit it, or choose another id"), again::toString);
        Run bad = Run.withEnv(env, "", "new", "My Kettle");
        assertEquals(2, bad.exit(), bad::toString);
        assertTrue(bad.err().contains("\"My Kettle\" is not a scenario id — use lower-case letters, digits and hyphens,"
                + " such as my-kettle"), bad::toString);
    }

    @Test
    void newWritesIntoAnotherFolderWithDir(@TempDir Path dir) {
        Run made = Run.withEnv(env(dir), "", "new", "kettle", "--dir", dir.resolve("repo/scenarios").toString());
        assertEquals(0, made.exit(), made::toString);
        assertTrue(Files.isRegularFile(dir.resolve("repo/scenarios/kettle.yaml")));
        assertTrue(Files.isRegularFile(dir.resolve("repo/scenarios/hotseat.schema.json")));
    }

    @Test
    void hotseatScenariosListsFilesAndFoldersAndAnOwnCopyHidesTheBuiltIn(@TempDir Path dir) throws IOException {
        Map<String, String> env = env(dir);
        Path team = dir.resolve("team");
        assertEquals(0, Run.withEnv(env, "", "new", "team-one", "--dir", team.toString()).exit());
        Path single = dir.resolve("single.yaml");
        Files.writeString(single, Files.readString(team.resolve("team-one.yaml")).replace("id: team-one", "id: parcel-never-came"));
        env.put("HOTSEAT_SCENARIOS", team + java.io.File.pathSeparator + single);

        Run listed = Run.withEnv(env, "", "list");
        assertEquals(0, listed.exit(), listed::toString);
        assertTrue(listed.out().lines().anyMatch(l -> l.startsWith("team-one ") && l.contains("own")), listed::toString);
        assertTrue(listed.out().lines().anyMatch(l -> l.startsWith("parcel-never-came ") && l.contains("A broken kettle")),
                listed::toString);
        assertTrue(listed.err().contains("built-in/parcel-never-came.yaml: not listed: " + single + " has the same id"),
                listed::toString);

        Run played = Run.withEnv(env, "2\n", "play", "parcel-never-came", "--plain");
        assertTrue(played.out().contains("A broken kettle, delivered late"), played::toString);
    }
}
