package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** {@code main} builds only the command a run names, and every command where help or a mistake may list them. */
class MainTest {

    @Test
    void aRunThatNamesACommandGetsOnlyThatOne() {
        assertEquals(List.of(ValidateCommand.class), Main.commandsFor("validate", "scenarios"));
        assertEquals(List.of(CheckCommand.class), Main.commandsFor("--debug", "check", "--walks", "5", "x.yaml"));
        assertEquals(List.of(PlayCommand.class), Main.commandsFor(), "hotseat alone plays");
        assertEquals(List.of(), Main.commandsFor("--version"));
    }

    @Test
    void helpCompletionAndMistakesGetEveryCommand() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"plya"}, new String[] {"generate-completion"},
                new String[] {"--bogus", "play"})) {
            assertEquals(HotseatCommand.COMMANDS, Main.commandsFor(args), String.join(" ", args));
        }
    }

    @Test
    void aMistypedCommandIsStillSuggested() {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(Main.commandsFor("plya"));
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        assertEquals(2, cl.execute("plya"));
        assertTrue(err.toString().contains("Did you mean: hotseat play"), err.toString());
    }

    @Test
    void theVersionNeedsNoCommand() {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine(Main.commandsFor("--version"));
        cl.setOut(new PrintWriter(out, true));
        assertEquals(0, cl.execute("--version"));
        assertTrue(out.toString().startsWith("hotseat "), out.toString());
    }
}
