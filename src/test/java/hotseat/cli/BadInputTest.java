package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and mistaken files: each must give exactly one located error line, exit 1, and no
 * trace — never a crash, a hang or a memory blow-up.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private String oneError(Path file, String fragment) {
        Run run = Run.of("validate", file.toString());
        assertEquals(1, run.exit(), run.out() + run.err());
        String[] lines = run.outLines();
        assertEquals(1, lines.length, run.out());
        String line = lines[0];
        assertTrue(line.startsWith(file.toString() + ":"), line);
        assertTrue(line.contains(": error: "), line);
        assertTrue(line.contains(fragment), line);
        assertFalse((run.out() + run.err()).contains("Exception"), run.out() + run.err());
        assertFalse((run.out() + run.err()).contains("\tat "), run.out() + run.err());
        return line;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void emptyFile() throws IOException {
        Path f = write("empty.yaml", "");
        assertEquals(f + ":1:1: error: the file is empty — a scenario starts with fields such as id:, title: and customer:",
                oneError(f, "empty"));
    }

    @Test
    void binaryGarbage() throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        String line = oneError(write("garbage.yaml", bytes), "");
        assertTrue(line.contains("binary data") || line.contains("not valid UTF-8"), line);
    }

    @Test
    void directoryGivenAsAScenarioIsSearched() throws IOException {
        Files.createDirectories(dir.resolve("folder.yaml"));
        Run run = Run.of("validate", dir.resolve("folder.yaml").toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("no scenario files"), run.out());
    }

    @Test
    void missingPath() {
        Path f = dir.resolve("nowhere.yaml");
        assertEquals(f + ": error: no such file — check the path and its spelling", oneError(f, "no such file"));
    }

    @Test
    void tabIndentation() throws IOException {
        assertTrue(oneError(write("tab.yaml", "id: x\nnodes:\n\topening: {}\n"), "a tab is used for indentation")
                .contains(":3:1: "));
    }

    @Test
    void unclosedQuote() throws IOException {
        assertTrue(oneError(write("quote.yaml", "id: x\ntitle: \"The parcel\nbriefing: y\n"), "this quote is never closed")
                .contains(":2:8: "));
    }

    @Test
    void topLevelList() throws IOException {
        oneError(write("list.yaml", "- id: x\n- title: y\n"), "a list at the top level");
    }

    @Test
    void topLevelBareString() throws IOException {
        oneError(write("string.yaml", "hello there\n"), "the text \"hello there\" at the top level");
    }

    @Test
    void aliasBomb() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            bomb.append("]\n");
        }
        oneError(write("bomb.yaml", bomb.toString()), "anchors or aliases");
    }

    @Test
    void deepNesting() throws IOException {
        oneError(write("deep.yaml", "id: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"), "nests maps and lists more than");
    }

    @Test
    void fiftyMegabytes() throws IOException {
        Path big = dir.resolve("big.yaml");
        byte[] line = "- a line of text that goes on and on\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("id: big\ntags:\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        String error = oneError(big, "more than the 16,777,216 a scenario may have");
        assertTrue(error.startsWith(big + ": error: the file is 52,"), error);
    }

    @Test
    void duplicateKeys() throws IOException {
        assertTrue(oneError(write("dup.yaml", "id: a\ntitle: b\nid: c\n"), "the key \"id\" appears twice").contains(":3:1: "));
    }

    @Test
    void wrongType() throws IOException {
        String yaml = """
                id: x
                title: y
                briefing: z
                difficulty: very hard
                customer: {name: a, mood: 1}
                nodes: {}
                endings: {}
                """;
        assertTrue(oneError(write("type.yaml", yaml), "difficulty should be a whole number").contains(":4:13: "));
    }

    @Test
    void notUtf8() throws IOException {
        byte[] latin1 = "id: x\ntitle: Caf\u00e9 trouble\n".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(oneError(write("latin1.yaml", latin1), "not valid UTF-8").contains(":2:11: "));
    }
}
