package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import hotseat.load.Diagnostic;
import hotseat.load.Location;
import hotseat.scenario.Severity;

class CompletionAndStyleTest {

    @Test
    void completionScriptKnowsTheCommandsAndOptions() {
        Run run = Run.of("generate-completion");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("complete -F _complete_hotseat"), "a bash completion function");
        assertTrue(run.out().contains("validate"), "subcommands are completed");
        assertTrue(run.out().contains("list"));
        assertTrue(run.out().contains("--strict"), "options of subcommands are completed");
    }

    @Test
    void versionAndHelp() {
        Run version = Run.of("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("hotseat "), version.out());
        Run help = Run.of("--help");
        assertEquals(0, help.exit());
        for (String command : new String[] {"validate", "list", "generate-completion"}) {
            assertTrue(help.out().contains(command), () -> command + " in\n" + help.out());
        }
    }

    @Test
    void colourOnlyOnATerminalWithoutNoColor() {
        assertTrue(Style.of(true, null).colour());
        assertTrue(Style.of(true, "").colour(), "an empty NO_COLOR does not count");
        assertFalse(Style.of(true, "1").colour());
        assertFalse(Style.of(false, null).colour());
    }

    @Test
    void colourPaintsOnlyTheSeverityWord() {
        Diagnostic d = new Diagnostic("a.yaml", new Location(3, 4), Severity.ERROR, "broken — fix it");
        assertEquals("a.yaml:3:4: error: broken — fix it", Style.of(false, null).diagnostic(d));
        assertEquals("a.yaml:3:4: \u001b[31merror\u001b[0m: broken — fix it", Style.of(true, null).diagnostic(d));
        Diagnostic w = new Diagnostic("a.yaml", new Location(3, 4), Severity.WARNING, "loose");
        assertEquals("a.yaml:3:4: \u001b[33mwarning\u001b[0m: loose", Style.of(true, null).diagnostic(w));
    }
}
