package hotseat.tui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real jar in a real terminal: tmux runs {@code hotseat play} at 100×30, keys go in with
 * send-keys and the screen comes back with capture-pane. Runs in the integration-test phase,
 * after the jar is built; skipped where tmux is not installed.
 */
class FullScreenIT {
    private static final Duration START = Duration.ofSeconds(30);
    private static final Duration STEP = Duration.ofSeconds(10);
    private static final Path JAR = Path.of("target/hotseat.jar").toAbsolutePath();

    @BeforeAll
    static void needsTmuxAndTheJar() {
        assumeTrue(Tmux.available(), "tmux is not installed: skipping the end-to-end test of the full-screen interface");
        assertTrue(Files.isRegularFile(JAR), "build the jar first (mvn verify runs this test after package): " + JAR);
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The program, then a marker with its exit code, then a pause so the pane can still be read. */
    private static String command(String args) {
        return "'" + java() + "' -jar '" + JAR + "' " + args + "; echo \"[exited $?]\"; sleep 60";
    }

    private static Map<String, String> env(Path data) {
        return Map.of("XDG_DATA_HOME", data.toString(), "TERM", "xterm-256color", "LANG", "C.UTF-8");
    }

    /** From the picker, through the first scenario's briefing, to its first turn; gives that screen. */
    private static String beginTheFirstScenario(Tmux tmux, Duration pickerWithin) throws Exception {
        tmux.await("Enter read the briefing", pickerWithin);
        tmux.send("Enter");
        tmux.await("Enter begin", STEP);
        tmux.send("Enter");
        return tmux.await("Your reply", STEP);
    }

    /** The screen once the program has exited, with its exit code printed. */
    private static String shellAgain(Tmux tmux) throws Exception {
        return tmux.await("the shell again", s -> s.contains("[exited"), STEP);
    }

    @Test
    void fromThePickerToTheDebriefAndBackToTheShell(@TempDir Path data) throws Exception {
        try (Tmux tmux = Tmux.start(command("play"), 100, 30, env(data))) {
            String screen = beginTheFirstScenario(tmux, START);
            assertTrue(screen.contains("Mood "), screen);

            // Answer until the conversation ends: pick option 1 where there are options, else type.
            for (int turn = 0; turn < 30 && !screen.contains("The conversation is over"); turn++) {
                String before = screen;
                if (screen.contains(" 1. ")) {
                    tmux.send("1");
                } else {
                    if (!screen.contains("Enter send")) {
                        tmux.send("Tab");
                    }
                    tmux.type("I'm so sorry this happened. I'll sort it out for you today.");
                    tmux.send("Enter");
                }
                screen = tmux.awaitSettled(before, Duration.ofMillis(400), STEP);
            }
            assertTrue(screen.contains("The conversation is over"), screen);
            tmux.send("Enter");
            tmux.await("the debrief", s -> s.contains("Debrief"), STEP);
            tmux.send("q");

            String after = shellAgain(tmux);
            assertTrue(after.contains("[exited 0]"), "the conversation reached an ending:\n" + after);
            String history = tmux.history();
            assertTrue(history.contains("Debrief: "), "the debrief is printed to the ordinary screen:\n" + history);
            assertFalse(after.contains("Your reply"), "the full-screen interface is gone:\n" + after);
        }
        assertEquals(1, savedRuns(data).size(), "one run saved");
    }

    @Test
    void aSmallWindowIsAskedToGrowAndCtrlCLeavesTheRunSaved(@TempDir Path data) throws Exception {
        try (Tmux tmux = Tmux.start(command("play"), 60, 20, env(data))) {
            tmux.await("make the window bigger", START);
            tmux.resize(100, 30);
            beginTheFirstScenario(tmux, STEP);
            tmux.send("C-c");
            String after = shellAgain(tmux);
            assertTrue(after.contains("[exited 130]"), "Ctrl-C exits as an interrupt:\n" + after);
            assertTrue(after.contains("saved, marked unfinished"), after);
            assertFalse(after.contains("? help"), "the full-screen interface is gone:\n" + after);
        }
        assertEquals(1, savedRuns(data).size(), "the unfinished run is on disk");
    }

    @Test
    void aPastedReplyArrivesWholeAndEmojiShowAsThemselves(@TempDir Path data) throws Exception {
        // 600 characters typed at once, as a paste arrives: words, digits, punctuation, accents and emoji.
        StringBuilder paste = new StringBuilder();
        String[] words = {"I'll", "sort", "this", "today,", "Tomasz", "x🙏y", "—", "order", "4471;", "café", "(Friday)", "rebooked", "18:40."};
        for (int i = 0; paste.codePointCount(0, paste.length()) < 600; i++) {
            paste.append(words[i % words.length]).append(' ');
        }
        String reply = paste.substring(0, paste.offsetByCodePoints(0, 600)).strip();
        try (Tmux tmux = Tmux.start(command("play parcel-never-came"), 100, 30, env(data))) {
            tmux.await("Enter begin", START);
            tmux.send("Enter");
            tmux.await("Your reply", STEP);
            tmux.send("Tab");
            tmux.await("Enter send", STEP);
            tmux.type(reply);
            String screen = tmux.await("the end of the paste", s -> s.contains("(Friday)") || s.contains("4471;"), STEP);
            screen = tmux.awaitSettled(screen, Duration.ofMillis(400), STEP);
            assertTrue(screen.contains("x🙏y"), "the emoji is drawn as itself, not as '??':\n" + screen);
            tmux.send("Enter");
            tmux.await("the reply in the conversation", s -> s.contains("You:"), STEP);
            tmux.send("C-c");
            tmux.await("the shell again", s -> s.contains("[exited"), STEP);
        }
        String saved = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(savedRuns(data).get(0));
        String quoted = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(reply);
        assertTrue(saved.contains(quoted), "the saved run holds the 600 characters verbatim:\n" + saved);
    }

    @Test
    void quittingBeforeTheEndingExitsWithThreeAndLeavingThePickerWithZero(@TempDir Path data) throws Exception {
        try (Tmux tmux = Tmux.start(command("play"), 100, 30, env(data))) {
            beginTheFirstScenario(tmux, START);
            tmux.send("q");
            tmux.await("Quit this run?", STEP);
            tmux.send("y");
            String after = shellAgain(tmux);
            assertTrue(after.contains("[exited 3]"), "a run stopped before its ending exits with 3:\n" + after);
            assertTrue(after.contains("saved, marked unfinished"), after);
        }
        try (Tmux tmux = Tmux.start(command("play"), 100, 30, env(data))) {
            tmux.await("Enter read the briefing", START);
            tmux.send("q");
            String after = shellAgain(tmux);
            assertTrue(after.contains("[exited 0]"), "nothing was played:\n" + after);
        }
        assertEquals(1, savedRuns(data).size(), "only the run begun is on disk");
    }

    /** The runs the program saved in the data folder's database. */
    private static java.util.List<hotseat.session.RunRecord> savedRuns(Path data) throws Exception {
        try (hotseat.store.RunDatabase db = hotseat.store.RunDatabase.open(
                hotseat.store.Database.sqlite(data.resolve("hotseat/hotseat.db")))) {
            java.util.List<hotseat.session.RunRecord> runs = new java.util.ArrayList<>();
            for (var r : db.list(hotseat.store.RunFilter.ALL)) {
                runs.add(db.find(r.id()).orElseThrow());
            }
            return runs;
        }
    }
}
