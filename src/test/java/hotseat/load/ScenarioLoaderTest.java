package hotseat.load;

import static hotseat.load.Tiny.onlyProblem;
import static hotseat.load.Tiny.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import hotseat.scenario.CustomerLine;
import hotseat.scenario.Outcome;
import hotseat.scenario.Scenario;
import hotseat.scenario.Threshold;

class ScenarioLoaderTest {

    private static LoadedScenario load(String yaml) throws LoadFailure {
        return new ScenarioLoader().load("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Diagnostic> failures(String yaml) {
        return assertThrows(LoadFailure.class, () -> load(yaml)).diagnostics();
    }

    @Test
    void bindsTheTinyScenario() throws LoadFailure {
        LoadedScenario loaded = load(Tiny.YAML);
        Scenario s = loaded.scenario();
        assertEquals("tiny", s.id());
        assertEquals(2, s.difficulty());
        assertEquals(50, s.customer().mood());
        assertEquals(List.of("opening"), List.copyOf(s.nodes().keySet()));
        assertEquals("My order is late.", s.nodes().get("opening").says().forMood(90));
        assertEquals("I'm sorry it's late; I'll check now.", s.nodes().get("opening").modelAnswer());
        assertEquals(List.of("fixed", "gone"), List.copyOf(s.endings().keySet()), "endings keep the order written");
        assertEquals(Outcome.LOST, s.endings().get("gone").outcome());
        assertEquals(64, loaded.sha256().length());
    }

    @Test
    void sourceMapLocatesValuesAndKeys() throws LoadFailure {
        SourceMap map = load(Tiny.YAML).sourceMap();
        assertEquals(new Location(16, 15), map.locate("nodes.opening.options[1].next"));
        assertEquals(new Location(15, 9), map.locate("nodes.opening.options[1]"));
        assertEquals(new Location(10, 3), map.locate("nodes.opening"), "a map is located at its key");
        assertEquals(new Location(10, 3), map.locate("nodes.opening.typed.otherwise"), "unwritten: nearest ancestor");
        assertEquals(Location.START, map.locate("no_such_field"));
    }

    @Test
    void shaChangesWithTheBytes() throws LoadFailure {
        assertNotEquals(load(Tiny.YAML).sha256(), load(Tiny.YAML + "# edited\n").sha256());
        assertEquals(load(Tiny.YAML).sha256(), load(Tiny.YAML).sha256());
    }

    @Test
    void customerLineIsTextOrOneLinePerMood() throws LoadFailure {
        Scenario s = load(Tiny.with("    says: My order is late.\n",
                "    says:\n      calm: Hello.\n      furious: WHERE IS IT\n")).scenario();
        CustomerLine says = s.nodes().get("opening").says();
        assertEquals("Hello.", says.forMood(10));
        assertEquals("WHERE IS IT", says.forMood(80));
        assertEquals(null, says.irritated());
    }

    @Test
    void typedRoutesBindThresholdsAndPhrases() throws LoadFailure {
        Scenario s = load(Tiny.with("    model_answer:", """
                    typed:
                      routes:
                        - when: {acknowledgment: ">= 60", phrases: [refund]}
                          next: fixed
                      otherwise: gone
                """ + "    model_answer:")).scenario();
        var route = s.nodes().get("opening").typed().routes().get(0);
        assertEquals(Threshold.parse(">= 60"), route.when().acknowledgment());
        assertEquals(List.of("refund"), route.when().phrases());
        assertEquals("gone", s.nodes().get("opening").typed().otherwise());
    }

    @Test
    void unknownKeySuggestsTheNearestKey() {
        Diagnostic d = onlyProblem(failures(Tiny.with("    tip:", "    tipp:")), 18, "unknown key \"tipp\" in nodes.opening");
        assertTrue(d.message().endsWith("did you mean \"tip\"?"), d::format);
    }

    @Test
    void misspeltRequiredKeyIsNotAlsoReportedMissing() {
        onlyProblem(failures(Tiny.with("title: A tiny test", "titel: A tiny test")), 2, "did you mean \"title\"?");
    }

    @Test
    void unknownKeyWithoutNearKeyListsTheAllowedKeys() {
        onlyProblem(failures(Tiny.with("  mood: 50\n", "  mood: 50\n  shoe_size: 9\n")), 8,
                "unknown key \"shoe_size\" in customer — the keys allowed here are name, persona, situation, mood");
    }

    @Test
    void wrongTypeNamesTheExpectedType() {
        onlyProblem(failures(Tiny.with("difficulty: 2", "difficulty: \"two\"")), 4,
                "difficulty should be a whole number (such as 3), but it is the text \"two\"");
        onlyProblem(failures(Tiny.with("difficulty: 2\n", "difficulty: 2\ntags: delivery\n")), 5,
                "tags should be a list (one item per line, each starting with \"- \"), but it is the text \"delivery\"");
    }

    @Test
    void listInsteadOfText() {
        onlyProblem(failures(Tiny.with("title: A tiny test", "title: [a, b]")), 2, "title should be text, but it is a list");
    }

    @Test
    void enumValueMustBeOneOfTheWords() {
        onlyProblem(failures(Tiny.with("outcome: resolved", "outcome: Resolvd")), 21,
                "endings.fixed.outcome is \"Resolvd\", which is not one of resolved, escalated, lost — did you mean \"resolved\"?");
    }

    @Test
    void thresholdMustBeAComparison() {
        String yaml = Tiny.with("    model_answer:", """
                    typed:
                      routes:
                        - when: {mood: "about 60"}
                          next: fixed
                      otherwise: gone
                """ + "    model_answer:");
        onlyProblem(failures(yaml), 19, "is not a comparison");
    }

    @Test
    void missingRequiredField() {
        onlyProblem(failures(Tiny.with("        next: gone\n", "")), 15,
                "missing next in nodes.opening.options[1] — add next:");
    }

    @Test
    void requiredFieldWithNoValue() {
        onlyProblem(failures(Tiny.with("  name: Sam", "  name:")), 6, "customer.name has no value");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<Diagnostic> found = failures(Tiny.with("difficulty: 2", "difficulty: hard").replace("tip:", "tipp:"));
        assertEquals(2, found.size(), () -> Tiny.lines(found));
        problem(found, 4, "difficulty should be a whole number");
        problem(found, 18, "unknown key \"tipp\"");
    }

    @Test
    void topLevelListOrText() {
        onlyProblem(failures("- id: x\n- title: y\n"), 1, "the file holds a list at the top level");
        onlyProblem(failures("just some words\n"), 1, "the file holds the text \"just some words\" at the top level");
    }

    @Test
    void somethingElseEntirely() {
        onlyProblem(failures("name: CI\non: push\njobs: {}\n"), 1, "this does not look like a scenario");
    }

    @Test
    void missingFileAndFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Diagnostic missing = assertThrows(LoadFailure.class,
                () -> new ScenarioLoader().load(dir.resolve("nope.yaml"), "nope.yaml")).diagnostics().get(0);
        assertEquals("nope.yaml: error: no such file — check the path and its spelling", missing.format());
        Diagnostic folder = assertThrows(LoadFailure.class,
                () -> new ScenarioLoader().load(dir, "scenarios")).diagnostics().get(0);
        assertTrue(folder.format().startsWith("scenarios: error: is a folder, not a scenario file"), folder::format);
    }

    @Test
    void thresholdIsWrittenAsTextOnly() {
        String yaml = Tiny.YAML + "mood_rules:\n  triggers:\n    - mood: {operator: \">=\", value: 90}\n      next: gone\n";
        onlyProblem(failures(yaml), 28, "mood_rules.triggers[0].mood should be a comparison in quotes, such as \">= 60\", but it is a map");
    }
}
