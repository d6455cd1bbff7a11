package hotseat.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quick reader must build exactly the tree SnakeYAML builds (through Jackson), down to every
 * line and column, whenever it answers at all — and it must answer for the files scenarios are
 * written as. Each test compares the two readers on the same text.
 */
class SubsetYamlReaderTest {

    private final SafeYamlReader full = new SafeYamlReader();

    /** The tree as text: kinds, values, numbers, locations and key order, for exact comparison. */
    static String dump(YamlNode node) {
        StringBuilder out = new StringBuilder();
        dump(node, out, "");
        return out.toString();
    }

    private static void dump(YamlNode node, StringBuilder out, String indent) {
        if (node instanceof YamlNode.Mapping m) {
            out.append("map @").append(m.location()).append('\n');
            for (YamlNode.Entry e : m.entries()) {
                out.append(indent).append("  key ").append(quote(e.key())).append(" @").append(e.keyLocation()).append(" = ");
                dump(e.value(), out, indent + "    ");
            }
        } else if (node instanceof YamlNode.Sequence s) {
            out.append("list @").append(s.location()).append('\n');
            for (YamlNode item : s.items()) {
                out.append(indent).append("  - ");
                dump(item, out, indent + "    ");
            }
        } else {
            YamlNode.Scalar s = (YamlNode.Scalar) node;
            out.append(s.kind()).append(' ').append(quote(s.text()))
                    .append(s.number() == null ? "" : " (" + s.number().getClass().getSimpleName() + " " + s.number() + ")")
                    .append(" @").append(s.location()).append('\n');
        }
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"") + '"';
    }

    /** The tree SnakeYAML builds, or null when SnakeYAML refuses the text. */
    private String bySnakeYaml(String yaml) {
        try {
            return dump(full.parseWithSnakeYaml("t.yaml", yaml));
        } catch (LoadFailure f) {
            return null;
        }
    }

    private String snakeYamlError(String yaml) {
        try {
            full.parseWithSnakeYaml("t.yaml", yaml);
            return "nothing";
        } catch (LoadFailure f) {
            return f.diagnostics().toString();
        }
    }

    private static String quick(String yaml) {
        YamlNode node = SubsetYamlReader.read(yaml.toCharArray(), ReadLimits.DEFAULT);
        return node == null ? null : dump(node);
    }

    private void readsAsSnakeYamlDoes(String yaml) {
        String expected = bySnakeYaml(yaml);
        assertNotNull(expected, () -> "SnakeYAML should read:\n" + yaml + "\nbut says: " + snakeYamlError(yaml));
        String actual = quick(yaml);
        assertNotNull(actual, () -> "the quick reader should answer for:\n" + yaml);
        assertEquals(expected, actual, () -> "for:\n" + yaml);
    }

    static Stream<Path> library() throws IOException {
        Stream<Path> scenarios = Files.list(Path.of("scenarios")).filter(p -> p.toString().endsWith(".yaml")).sorted();
        return Stream.concat(scenarios, Stream.of(Path.of("src/test/resources/play/late-parcel.yaml")));
    }

    @ParameterizedTest
    @MethodSource("library")
    void everyLibraryScenarioTakesTheQuickReaderAndReadsTheSame(Path file) throws IOException {
        readsAsSnakeYamlDoes(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void theGeneratedBenchmarkScenarioTakesTheQuickReader() {
        readsAsSnakeYamlDoes(new String(hotseat.bench.ValidateBench.generate(50), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\nb: -3\nc: 0\nd: 1.5\ne: -0.25\nf: true\ng: False\nh: yes\ni: no\nj: on\nk: null\nl: ~\nm:\nn: ''\no: \"\"\n",
        "time: 10:30\nurl: http://example.com/a#b\nhash: a#b\nsign: -x\nword: Null\n",
        "# comment\n---\nkey: value # trailing\n\n\n# more\nother:   spaced   \n",
        "says:\n  calm: >-\n    I have waited\n    three weeks.\n\n    Three.\n\n  furious: |\n    line one\n      indented\n    line three\n",
        "a: >\n  folded\n  text\n\n  para\n    more indented\n  back\nb: |-\n  keep\n\n  breaks\nc: |+\n  kept\n\n\nd: x\n",
        "a: >-\n\n  after a blank\n  line\nb: >\n  last line no newline",
        "text: this is a long\n  plain value folded\n  over lines\n\n  with a paragraph\nnext: 1\n",
        "q: \"double with \\\"escapes\\\" \\\\ \\n \\t \\u00e9 \\x41 and 'single'\"\nr: 'it''s \"here\"'\n",
        "q: \"folded\n  over lines\n\n  and a blank\"\nr: 'single\n  folded'\ns: \"escaped \\\n  break\"\n",
        "list:\n- a\n- b\nmore:\n  - x\n  -   y\n  - key: v\n    other: w\n  -\n    deep: 1\n",
        "flow: [a, \"b c\", 'd', 1, 2.5, true, [x, y], {k: v}]\nmap: {when: {acknowledgment: \">= 60\", phrases: [refund, money back]}, next: end}\nempty: []\nnone: {}\n",
        "\"quoted key\": 1\n'single key': 2\nkey with spaces: 3\nkey   : 4\n",
        "nested:\n  deeper:\n    deepest:\n      - - x\n",
        "caf\u00e9: cr\u00e8me\nemoji: \"\ud83d\ude00 then\"\nflow: [\ud83d\ude00, x]\nmap: {\u00e9: \ud83d\ude00\ud83d\ude00, z: w}\n",
        "  indented: root\n  second: key\n",
        "- top\n- level: list\n",
        "a:\n  # comment between\n  b: 1\n# comment at column 0\n  c: 2\n",
        "block: |\n  # not a comment\n  text\n# a comment\nnext: 1\n",
    })
    void readsWhatSnakeYamlReads(String yaml) {
        if (yaml.contains("- - x")) {
            // a list directly in a list is left to SnakeYAML
            assertNull(quick(yaml));
            assertNotNull(bySnakeYaml(yaml));
            return;
        }
        readsAsSnakeYamlDoes(yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "# only a comment\n", "a: 1\n---\nb: 2\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "? a\n: b\n",
        "a: 1\na: 2\n", "a:\n\t- x\n", "a: 1\r\nb: 2\r\n", "a: \"unclosed\n", "a: b: c\n", "a: [1, 2\n",
        "a: 0x1F\n", "a: 1_000\n", "a: .inf\n", "a: \"\\/\"\n", "a: 1e5\n", "a: 012\n", "%YAML 1.1\n---\na: 1\n",
        "a: 1\n  b: 2\n", "just a string\n", "- a\nb: 1\n", "\ufeffa: 1\n", "a: x\u2028y\n", "a: x\u0085y\n", "a: >2\n   x\n",
    })
    void leavesEverythingElseToSnakeYaml(String yaml) {
        assertNull(quick(yaml), () -> "the quick reader should leave this to SnakeYAML:\n" + yaml);
    }

    @Test
    void readsTheTextItself() {
        YamlNode.Mapping map = (YamlNode.Mapping) SubsetYamlReader.read(
                "a: >-\n  one\n  two\n\n  three\nb: \"x\\ty\"\nc: 'it''s'\nd: |\n  l1\n  l2\n".toCharArray(),
                ReadLimits.DEFAULT);
        assertNotNull(map);
        assertEquals("one two\nthree", ((YamlNode.Scalar) map.get("a").value()).text());
        assertEquals("x\ty", ((YamlNode.Scalar) map.get("b").value()).text());
        assertEquals("it's", ((YamlNode.Scalar) map.get("c").value()).text());
        assertEquals("l1\nl2\n", ((YamlNode.Scalar) map.get("d").value()).text());
    }

    /**
     * Thousands of generated documents in every style the quick reader knows, then each mangled
     * by a few edits: whenever the quick reader answers, SnakeYAML must agree exactly. It must
     * answer for every unmangled one.
     */
    @Test
    void agreesWithSnakeYamlOnGeneratedAndMangledDocuments() {
        Random random = new Random(20261122);
        int answered = 0;
        int mangledAnswered = 0;
        for (int doc = 0; doc < 3000; doc++) {
            String yaml = new DocumentGenerator(random).document();
            readsAsSnakeYamlDoes(yaml);
            answered++;
            for (int m = 0; m < 8; m++) {
                String mangled = mangle(yaml, random);
                String actual = quick(mangled);
                if (actual == null) {
                    continue;
                }
                mangledAnswered++;
                String expected = bySnakeYaml(mangled);
                if (!actual.equals(expected)) {
                    fail("the readers disagree on:\n" + mangled + "\nSnakeYAML:\n" + expected + "\nquick:\n" + actual);
                }
            }
        }
        assertEquals(3000, answered);
        assertTrue(mangledAnswered > 3000, "the mangled documents should often still be read: " + mangledAnswered);
    }

    private static final String EDITS = " \n:-#\"'>|[]{},x\t&*!?\\0.~<\u2028\u00a0\u0085";

    private static String mangle(String yaml, Random random) {
        StringBuilder b = new StringBuilder(yaml);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits && b.length() > 0; i++) {
            int at = random.nextInt(b.length());
            char c = EDITS.charAt(random.nextInt(EDITS.length()));
            switch (random.nextInt(3)) {
                case 0 -> b.insert(at, c);
                case 1 -> b.deleteCharAt(at);
                default -> b.setCharAt(at, c);
            }
        }
        return b.toString();
    }

    /** Random scenario-like documents in block and flow style, with every kind of text. */
    private static final class DocumentGenerator {
        private static final String[] WORDS = {"calm", "refund", "n0", "Turn", "it's", "no", "yes", "true", "null",
            "60", "-3", "0", "2.5", "caf\u00e9", "\ud83d\ude00", "a-b", "x_y", "On", "ok.", "Now?", "50%", "#1",
            "False", "NULL", "~", "<<", "2026-11-22", "10:30", "+5", ".5", "Offer", "nothing", "TRUE", "a\u00a0b", "x:y"};
        private static final String[] KEYS = {"id", "says", "calm", "next", "text", "options", "when", "phrases",
            "two words", "model_answer", "tip", "mood", "\u00e9t\u00e9"};
        private final Random random;
        private final StringBuilder out = new StringBuilder();
        private final int step;

        DocumentGenerator(Random random) {
            this.random = random;
            this.step = 2 + random.nextInt(3); // indentation: 2, 3 or 4 spaces
        }

        String document() {
            if (random.nextInt(5) == 0) {
                out.append("# yaml-language-server: $schema=./hotseat.schema.json\n");
            }
            if (random.nextInt(8) == 0) {
                out.append("---\n");
            }
            mapping(0, 0, false);
            return out.toString();
        }

        private String sentence(int words) {
            List<String> w = new ArrayList<>();
            for (int i = 0; i < words; i++) {
                w.add(WORDS[random.nextInt(WORDS.length)]);
            }
            return String.join(" ", w);
        }

        /** A block map at {@code indent}; its first key continues the current line when {@code inline}. */
        private void mapping(int indent, int depth, boolean inline) {
            int keys = 1 + random.nextInt(4);
            List<String> used = new ArrayList<>();
            for (int i = 0; i < keys; i++) {
                String key = KEYS[random.nextInt(KEYS.length)];
                if (used.contains(key)) {
                    continue;
                }
                used.add(key);
                if (i > 0 || !inline) {
                    out.append(" ".repeat(indent));
                }
                out.append(random.nextInt(10) == 0 ? "\"" + key + "\"" : key).append(':');
                value(indent, depth + 1);
                if (random.nextInt(10) == 0) {
                    out.append(random.nextBoolean() ? "\n" : " ".repeat(indent) + "# note\n");
                }
            }
        }

        private void value(int indent, int depth) {
            int kind = depth > 3 ? 0 : random.nextInt(6);
            switch (kind) {
                case 1 -> {
                    out.append('\n');
                    mapping(indent + step, depth, false);
                }
                case 2 -> {
                    out.append('\n');
                    sequence(random.nextBoolean() ? indent : indent + step, depth);
                }
                case 3 -> out.append(' ').append(flow(depth)).append('\n');
                default -> scalar(indent);
            }
        }

        private void sequence(int indent, int depth) {
            int items = 1 + random.nextInt(3);
            for (int i = 0; i < items; i++) {
                out.append(" ".repeat(indent)).append('-');
                if (depth < 4 && random.nextInt(3) == 0) {
                    out.append(' ');
                    mapping(indent + 2, depth + 1, true);
                } else {
                    scalar(indent);
                }
            }
        }

        private String flow(int depth) {
            if (random.nextBoolean()) {
                List<String> items = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    items.add(depth < 4 && random.nextInt(5) == 0 ? flow(depth + 1) : flowScalar());
                }
                return "[" + String.join(", ", items) + "]";
            }
            List<String> entries = new ArrayList<>();
            List<String> used = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                String key = KEYS[random.nextInt(KEYS.length)];
                if (!used.contains(key)) {
                    used.add(key);
                    entries.add((key.contains(" ") ? "\"" + key + "\"" : key) + ": "
                            + (depth < 4 && random.nextInt(5) == 0 ? flow(depth + 1) : flowScalar()));
                }
            }
            return "{" + String.join(", ", entries) + "}";
        }

        private String flowScalar() {
            String w = WORDS[random.nextInt(WORDS.length)];
            return switch (random.nextInt(3)) {
                case 0 -> "\"" + w + "\"";
                case 1 -> "'" + w.replace("'", "''") + "'";
                default -> w.startsWith("#") || w.contains("?") ? "'" + w.replace("'", "''") + "'" : w;
            };
        }

        /** A scalar after "key:" or "-", ending its line. */
        private void scalar(int indent) {
            String text = sentence(1 + random.nextInt(8));
            String pad = " ".repeat(indent + step);
            switch (random.nextInt(7)) {
                case 0 -> out.append(" \"").append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
                case 1 -> out.append(" '").append(text.replace("'", "''")).append("'\n");
                case 2, 3 -> {
                    String[] chomps = {">-", ">", "|", "|-", "|+", ">+"};
                    out.append(' ').append(chomps[random.nextInt(chomps.length)])
                            .append(random.nextInt(6) == 0 ? " # a comment" : "").append('\n');
                    int lines = 1 + random.nextInt(4);
                    for (int l = 0; l < lines; l++) {
                        int extra = l > 0 && random.nextInt(6) == 0 ? 2 : 0; // more indented lines keep their breaks
                        out.append(random.nextInt(6) == 0 ? "\n" : "").append(pad).append(" ".repeat(extra))
                                .append(sentence(1 + random.nextInt(6))).append('\n');
                    }
                }
                case 4 -> {
                    // plain text folded over lines, when it is safe as plain text
                    String first = "Waited " + sentence(2).replace("#", "n");
                    out.append(' ').append(first).append('\n');
                    for (int l = random.nextInt(3); l > 0; l--) {
                        out.append(random.nextInt(4) == 0 ? "\n" : "").append(pad)
                                .append("and " + sentence(2).replace("#", "n")).append('\n');
                    }
                }
                case 5 -> out.append(" \"").append(text.replace("\\", "\\\\").replace("\"", "\\\""))
                        .append(random.nextBoolean() ? "\\" : "").append(random.nextBoolean() ? "\n" : "")
                        .append("\n").append(pad).append("continued\"\n");
                default -> {
                    String w = WORDS[random.nextInt(WORDS.length)];
                    out.append(' ').append(w.startsWith("#") ? "'" + w + "'" : w)
                            .append(random.nextInt(5) == 0 ? "  # why" : "").append('\n');
                }
            }
        }
    }
}
