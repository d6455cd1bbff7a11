package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hotseat.load.ScenarioLibrary;

class ListCommandTest {

    @TempDir
    Path dir;

    private static final String SCENARIO = """
            id: %s
            title: %s
            briefing: You answer the phone.
            difficulty: %d
            tags: [phone, retail]
            customer: {name: Sam, mood: 50}
            start: opening
            nodes:
              opening:
                says: My order is late.
                options:
                  - {text: Sorry, next: fixed}
                  - {text: Bye, next: gone}
            endings:
              fixed: {outcome: resolved, text: Sam is happy.}
              gone: {outcome: lost, text: Sam hangs up.}
            """;

    @Test
    void listsAFolderAsATableSortedByDifficulty() throws IOException {
        Files.writeString(dir.resolve("b.yaml"), SCENARIO.formatted("hard-one", "A hard one", 4));
        Files.writeString(dir.resolve("a.yaml"), SCENARIO.formatted("easy-one", "An easy one", 1));
        Run run = Run.of("list", dir.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("""
                ID        TITLE        DIFFICULTY  NODES  ENDINGS  TAGS
                easy-one  An easy one  1/5             1        2  phone, retail
                hard-one  A hard one   4/5             1        2  phone, retail
                """, run.out());
    }

    @Test
    void brokenFilesAreReportedAndLeftOut() throws IOException {
        Files.writeString(dir.resolve("good.yaml"), SCENARIO.formatted("good", "Good", 2));
        Path bad = Files.writeString(dir.resolve("bad.yaml"), SCENARIO.formatted("bad", "Bad", 2).replace("next: gone", "next: gon"));
        Run run = Run.of("list", dir.toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("\ngood "), run.out());
        assertTrue(!run.out().contains("\nbad "), run.out());
        assertEquals(bad + ":13:27: error: \"gon\" is not a node or an ending — did you mean \"gone\"?\n", run.err());
    }

    @Test
    void withoutArgumentsListsEveryBuiltInScenario() {
        Run run = Run.of("list");
        assertEquals(0, run.exit(), run.err());
        ScenarioLibrary library = ScenarioLibrary.builtIn();
        int indexed = library.checkAll().size();
        assertTrue(indexed >= 2, "the build indexes the shipped scenarios");
        assertEquals(indexed + 1, run.outLines().length, run.out());
        assertTrue(run.outLines()[0].startsWith("ID "), run.out());
        library.checkAll().forEach(r -> assertTrue(run.out().contains(r.loaded().scenario().id() + " "), r.file()));
    }

    @Test
    void hotseatAloneListsTheBuiltInScenarios() {
        Run bare = Run.of();
        assertEquals(0, bare.exit());
        assertEquals(Run.of("list").out(), bare.out());
        assertTrue(bare.err().contains("hotseat --help"), bare.err());
    }
}
