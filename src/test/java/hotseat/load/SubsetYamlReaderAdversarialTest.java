package hotseat.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Adversarial probes of the quick reader's contract: whenever {@link SubsetYamlReader} answers,
 * SnakeYAML (through Jackson) must read the same text without complaint and build the identical
 * tree — kinds, text, numbers, key order and every line:column. Declining is always allowed.
 *
 * <p>The probes reach for YAML's corners: block text and its chomping, folding, escapes, keys
 * that look like numbers, empty values and their places, lists written under their keys, flow
 * collections, typed words, wide characters, and SnakeYAML's limits.
 */
class SubsetYamlReaderAdversarialTest {

    private final SafeYamlReader full = new SafeYamlReader();

    /** The contract: a quick answer means SnakeYAML reads the text too, into the identical tree. */
    private void assertContract(String yaml) {
        assertContract(yaml, full, ReadLimits.DEFAULT);
    }

    private static void assertContract(String yaml, SafeYamlReader full, ReadLimits limits) {
        YamlNode quick = SubsetYamlReader.read(yaml.toCharArray(), limits);
        if (quick == null) {
            return; // declining is always safe
        }
        String expected;
        try {
            expected = SubsetYamlReaderTest.dump(full.parseWithSnakeYaml("t.yaml", yaml));
        } catch (LoadFailure f) {
            fail("the quick reader answered but SnakeYAML refuses " + f.diagnostics() + ":\n" + shorten(yaml)
                    + "\nquick:\n" + shorten(SubsetYamlReaderTest.dump(quick)));
            return;
        }
        assertEquals(expected, SubsetYamlReaderTest.dump(quick), () -> "for:\n" + shorten(yaml));
    }

    private static String shorten(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "... (" + s.length() + " chars)" : s;
    }

    // ---- hand-written probes: block text, plain folding, quoted text, keys, markers, flow, types, unicode

    @ParameterizedTest
    @ValueSource(strings = {
        "a: |\n  x\n\n",
        "a: |\n  x\n\n\n",
        "a: |+\n  x\n\n\n",
        "a: |-\n  x\n\n\n",
        "a: >\n  x\n\n\n",
        "a: >+\n  x\n\n  \n   \n",
        "a: |+\n  x\n  ",
        "a: |+\n  x\n     ",
        "a: |\n  x\n     \n",
        "a: >\n  x\n     \n  y\n",
        "a: >\n  x\n   y\n  z\n",
        "a: >\n   x\n  y\n",
        "a: >\n  x\n\n   y\n  z\n",
        "a: >\n  x\n  \n   y\n\n  z\n",
        "a: >-\n  x\n\n\n  y\n",
        "a: |\n  x",
        "a: |-\n  x",
        "a: |+\n  x",
        "a: >\n  x\n  y",
        "a: |\n  x\n # c\nb: 1\n",
        "a: |\n  x\n  # not c\nb: 1\n",
        "a: |\n  x\n\n # c\n\nb: 1\n",
        "a: |+\n  x\n\n # c\n\nb: 1\n",
        "a: |+\n  x\n\n# c\n\nb: 1\n",
        "a: |\n \n  x\n",
        "a: |\n  \n  x\n",
        "a: |\n   \n  x\n",
        "a: >\n\n\n  x\n",
        "a: >+\n\n  x\n\n",
        "a: | # c\n  x\n",
        "a: |#c\n  x\n",
        "a: |\n x\nb: 2\n",
        "- |\n x\n- >\n  y\n  z\n",
        "a:\n- |\n x\n- y\n",
        "a:\n  |\n  x\n",
        "a:\n  |\n x\n",
        "a:\n  >-\n   x\n   y\nb: 1\n",
        "- a: |\n   x\n  b: >\n   y\n",
        "a:\n  b: |\n    x\n  c: 1\n",
        "a:\n  b: |\n   x\n  c: 1\n",
        "a: |\n  x\n...\n",
        "a: |\n  x\n---\n",
        "a: |\n  x\n--- \nb: 1\n",
        "a: >\n  \u00e9t\u00e9\n  \ud83d\ude00 x\n",
        "a: |\n  x\n\t\n",
        "a: >\n  x\n\n",
        "a: >\n x\n\n y\n\n\n",
        "a: >\n  - x\n  - y\n",
        "a: >\n  x\n   - y\n  z\n",
        "a: |-\n\n  x\n\n",
        "a: |+\n\n",
        "a: |\n\n  \n",
        "a: |\n  x\nb: |\n  y\n",
        "a: |\n  x: y\n  - z\n",
        "a: |\n  'x'\n  \"y\n",
        "a: |2\n   x\n",
        "a: |\n    x\n  y\n",
        "a: x\n  y\n\n  z\n",
        "a: x\n  y\n \n  z\n",
        "a: x\n\n\n  y\n",
        "a: x\n  # c\n",
        "a: x\n  y # c\n",
        "a: x # c\n  y\n",
        "a: x\n\n",
        "a: x\n  \n",
        "a: x\n \n b\n",
        "a:\n  x\n y\n",
        "a:\n  x\n  y\n",
        "- x\n y\n",
        "- x\n  y\n- z\n",
        "a:\n- x\n y\n",
        "a:\n- x\n  y\n",
        "a: x\n  -y\n",
        "a: x\n  - y\n",
        "a: x\n  ---\n",
        "a: x\n---\n",
        "a: x\n...\n",
        "a: x\n  ...\n",
        "a: x\n  y: z\n",
        "a: x\n  y:z\n",
        "a: x\n  #y\n",
        "a: x\n  y#z\n",
        "a: x\n  [y]\n",
        "a: x\n  'y'\n",
        "a: x\n  y\n  z\nb: 1\n",
        "a: 1\n  2\n",
        "a: true\n  x\n",
        "a: null\n  x\n",
        "a: x  \n  y  \n",
        "a: x#y\n",
        "a: x #y\n",
        "a: x:y\n",
        "a: x:\n",
        "a: x :y\n",
        "a: -x\n",
        "a: -\n",
        "a: --\n",
        "a: ---\n",
        "a: ...\n",
        "a: x?\n",
        "a: ?x\n",
        "a: :x\n",
        "a: x,y\n",
        "a: x]\n",
        "a: x}\n",
        "a: x[y\n",
        "a: .\n",
        "a: %x\n",
        "a: x%\n",
        "a: =\n",
        "a: x\"y\n",
        "a: x'y\n",
        
        "a: \"x\\\n  y\"\n",
        "a: \"x\\\n\n  y\"\n",
        "a: \"x \\\n  y\"\n",
        "a: \"x\\ \n  y\"\n",
        "a: \"x\\ \\\n  y\"\n",
        "a: \"x  \n  y\"\n",
        "a: \"x\n\n\n  y\"\n",
        "a: \"x\n  \n  y\"\n",
        "a: \"x\n   \n y\"\n",
        "a: \"x\n y\"\n",
        "a: \"x\ny\"\n",
        "  a: \"x\n  y\"\n",
        "  a: \"x\n   y\"\n",
        "- \"x\n y\"\n",
        "- \"x\n  y\"\n",
        "a:\n  - \"x\n   y\"\n",
        "a:\n- \"x\n y\"\n",
        "a: 'x\n  y'\n",
        "a: 'x\n\n  y'\n",
        "a: 'x''\n  y'\n",
        "a: 'x\\\n  y'\n",
        "a: '\n  y'\n",
        "a: \"\n  y\"\n",
        "a: \"x\n  \"\n",
        "a: \"x\n\"\n",
        "a: \"x\n  ---\"\n",
        "a: \"x\n---\"\n",
        "a: \"\\x41\\u00e9\\U0001F600\"\n",
        "a: \"\\x4\"\n",
        "a: \"\\ud83d\\ude00\"\n",
        "a: \"\\ud83d\"\n",
        "a: \"\\/\"\n",
        "a: \"\\t\\0\\a\\b\\v\\f\\r\\e\\N\\_\\L\\P\\ \\\"\\\\\"\n",
        "a: \"\\\t\"\n",
        "a: \"x\" # c\n",
        "a: \"x\"#c\n",
        "a: \"x\"  \n",
        "a: 'x' y\n",
        "a: \"\"\n",
        "a: ''\n",
        "a: ' '\n",
        "a: \"null\"\n",
        "a: 'true'\n",
        "a: \"1\"\n",
        "\"a\": 1\n",
        "\"a\" : 1\n",
        "\"a\":1\n",
        "'a': 1\n",
        "'a''b': 1\n",
        "\"a\\\"b\": 1\n",
        "\"a\\nb\": 1\n",
        "\"a\\\\\": 1\n",
        "\"\": 1\n",
        "'': 1\n",
        "\"a: b\": 1\n",
        "\"a\" b: 1\n",
        "\"a\n b\": 1\n",
        "1: a\n",
        "-1: a\n",
        "1.5: a\n",
        "true: a\n",
        "null: a\n",
        "~: a\n",
        "yes: a\n",
        "<<: a\n",
        "a b  : 1\n",
        "a  b: 1\n",
        "a:b: 1\n",
        "a#b: 1\n",
        "a #b: 1\n",
        "-a: 1\n",
        "a-: 1\n",
        "a,b: 1\n",
        "a[b]: 1\n",
        "a{b}: 1\n",
        "a?: 1\n",
        "a!: 1\n",
        "a&: 1\n",
        "a*: 1\n",
        ".a: 1\n",
        "a.: 1\n",
        "...: 1\n",
        "---: 1\n",
        "--- a: 1\n",
        "---\na: 1\n...\n",
        "--- # c\na: 1\n",
        "---\n---\na: 1\n",
        "# c\n---\n# d\na: 1\n",
        "a: 1\n...\n",
        "---  \na: 1\n",
        "---\n\na: 1\n",
        "\n\n---\na: 1\n",
        "  ---\na: 1\n",
        "a: [06:10]\n",
        "a: [a:b]\n",
        "a: [a :b]\n",
        "a: [a: b]\n",
        "a: {a: x:y}\n",
        "a: {a: x: y}\n",
        "a: {a:b: c}\n",
        "a: {a:b}\n",
        "a: {a: b:}\n",
        "a: {a: [b, c], d: {e: f}}\n",
        "a: [[], {}, [[]]]\n",
        "a: [ a , b ]\n",
        "a: [a,b]\n",
        "a: [a,  b  ,c]\n",
        "a: [a, b,]\n",
        "a: [-]\n",
        "a: [-1, -x, - x]\n",
        "a: [-x]\n",
        "a: [--]\n",
        "a: [---]\n",
        "a: [...]\n",
        "a: [.]\n",
        "a: [a#b]\n",
        "a: [a #b]\n",
        "a: [a] #c\n",
        "a: [a]#c\n",
        "a: [a] b\n",
        "a: [a]: b\n",
        "a: [a'b, c\"d]\n",
        "a: ['a''b', \"c\\\"d\"]\n",
        "a: ['a' , \"b\" ]\n",
        "a: [\"a\"b]\n",
        "a: [a!b, a&b, a*b, a|b, a>b, a%b, a@b, a`b]\n",
        "a: [!a]\n",
        "a: [&a]\n",
        "a: [*a]\n",
        "a: [|]\n",
        "a: [>]\n",
        "a: [@a]\n",
        "a: [`a]\n",
        "a: [%a]\n",
        "a: [a?b]\n",
        "a: [a?]\n",
        "a: {-: x}\n",
        "a: {- : x}\n",
        "a: {-a: x}\n",
        "a: {a : b}\n",
        "a: {a  :  b}\n",
        "a: {\"a\" : b}\n",
        "a: {'a': b, \"c\": 'd'}\n",
        "a: {a: b, a: c}\n",
        "a: {a: }\n",
        "a: {a: b,}\n",
        "a: {a}\n",
        "a: {a: [b}\n",
        "a: {a b: c d}\n",
        "a: {a#b: c}\n",
        "a: {a: c#d}\n",
        "a: {a: c #d}\n",
        "a: {1: 2, true: false, null: ~}\n",
        "a: {a: null, b: ~, c: Null, d: NULL, e: nULL}\n",
        "a: [null, ~, true, TRUE, tRUE, yes, 1, 1.5, .5, 1., -0, +0, 0.0, -.5]\n",
        "a: {a: .inf}\n",
        "a: [.inf, .NaN, 1e5, 0x1F, 012, 1_000]\n",
        "a: [2026-11-22, <<, 10:30, 1:2:3]\n",
        "- [a]\n- {b: c}\n",
        "- [a, {b: c}]\n",
        "a:\n  [a]\n",
        "a:\n  {a: b}\n",
        "a:\n  [a,\n  b]\n",
        "a: [a\n  , b]\n",
        "a: [a, b] \n",
        "a: []\n",
        "a: [ ]\n",
        "a: {}\n",
        "a: { }\n",
        "a: [{}]\n",
        "a: [{a: b}, {c: d}]\n",
        "a: {a: {b: {c: d}}}\n",
        "a: [a, [b, [c, [d]]]]\n",
        "a: {\"a\\\"\": b}\n",
        "a: {'a''': b}\n",
        "a: [\"a,b\", 'c]d']\n",
        "a: {a: \"}\"}\n",
        "a: [\ud83d\ude00: x]\n",
        "a: {\ud83d\ude00: \ud83d\ude00}\n",
        "\ud83d\ude00: {\ud83d\ude00: [\ud83d\ude00, x]}\n",
        "\ud83d\ude00\ud83d\ude00: x\nb: \ud83d\ude00 \ud83d\ude00\n",
        "a: \ud83d\ude00\n  \ud83d\ude00\n",
        "- \ud83d\ude00: 1\n  b: 2\n",
        "a: \"\ud83d\ude00\n  x\"\nb: 1\n",
        "a: |\n  \ud83d\ude00\nb: \ud83d\ude00\n",
        "a:\u00a0b\n",
        "a: \u00a0b\n",
        "a: b\u00a0\n",
        "a\u00a0: b\n",
        "\u00a0a: b\n",
        "a: b\u00a0#c\n",
        "a: \u3000b\n",
        "a: \u2003\n",
        "a: \ufffd\n",
        "a: \ue000\n",
        "a: \u00ad\n",
        "a: \u200b\n",
        "a: \ufeff\n",
        "a: \u0085\n",
        "a: \u007f\n",
        "a: \u009f\n",
        "a: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n",
        "a: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n",
        "a: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n",
        "a:\n\u00a0 b: 1\n",
        "\u00a0: 1\n",
        "\ud83d\ude00:\nb: 1\n",
        "- \ud83d\ude00:\n",
        "\ud83d\ude00: \ud83d\ude00 #c\n\ud83d\ude00\ud83d\ude00:\n",
        "a: \"\ud83d\ude00\\\n  \ud83d\ude00\" \nb: 1\n",
        "- a:\n- b\n",
        "- a:\n  - b\n  c:\n",
        "a:\n- b:\n  - c\n  - d\n- e\n",
        "a:\n- b:\n- c\n",
        "a:\n  b:\n  - c\n  d: 1\n",
        "-   a: 1\n    b: 2\n-  c\n",
        "- # c\n  a: 1\n",
        "-\n  - a\n  - b\n",
        "-\n  a\n b\n",
        "a [b: c]\n",
        "a: 1\nb:\n",
        "a: 1\nb:",
        "a:",
        "- a:",
        "a:   \nb: 1\n",
        "a:   # c\nb: 1\n",
        "a:\n  # c\nb: 1\n",
        "a:\n\n\n",
        "  - a\n  - b\n",
        "  a:\n  - x\n",
        "  a: 1\nb: 2\n",
        "a: \"x\\\n  \"\n",
        "a: \"x \n  \"\n",
        "a: 'x \n  '\n",
        "a: ' x '\n",
        "a: \" x \"\n",
        "a: \"a\\\\\\\n  b\"\n",
        "a: b\n\n# end\n",
        "a: b\n# end",
        "a: b\n   ",
        "a: b\n  \n  \n",
        "a:\n  b:\n    c:\n  d: 1\n",
        "a:\n  b:\n    c:\nd: 1\n",
        "a: |\n  x\n  y\n\n\nb:\n  - |+\n    z\n\n  - w\n",
        "a: >\n  x\n\n\n\n  y\n",
        "a: >-\n    x\n   \n    y\n",
        "a: >-\n    x\n     \n    y\n",
        "a: |-\n    x\n     \n    y\n",
        "a: |\n  x\n \n\n  \n",
        "a: |+\n  x\n \n\n  \n",
        "a: |+\n  x\n \n\n   \n",
        "a: >+\n  x\n \n\n   \n",
        "a: >+\n  x\n   y\n \n\n",
        "a: >\n   x\n   y\n  \n"
    })
    void handProbes(String yaml) {
        assertContract(yaml);
    }

    // ---- generated probes: long keys and values, nesting at the depth limit ------------------------

    static Stream<String> generatedProbes() {
        List<String> p = new ArrayList<>();
        // block keys around the 1024-character simple-key limit (the quick reader stops at 1000)
        p.add("k".repeat(990) + ": 1\n");
        p.add("k".repeat(1000) + ": 1\n");
        p.add("k".repeat(1001) + ": 1\n");
        p.add("k".repeat(1100) + ": 1\n");
        p.add("k".repeat(999) + " : 1\n");
        p.add("'" + "k".repeat(998) + "': 1\n");
        p.add("\"" + "k".repeat(1100) + "\": 1\n");
        p.add("- " + "k".repeat(990) + ": 1\n");
        p.add("a:\n  " + "k".repeat(990) + ": 1\n");
        // flow keys whose span up to the colon stays within 1024 characters
        for (int len : new int[] {990, 1000, 1020, 1023, 1024}) {
            p.add("a: {" + "k".repeat(len) + ": v}\n");
        }
        p.add("a: {\"" + "k".repeat(1020) + "\": v}\n");
        p.add("a: {'" + "k".repeat(1022) + "': v}\n");
        p.add("a: {k" + " ".repeat(1020) + ": v}\n");
        p.add("a: {k" + " ".repeat(1023) + ": v}\n");
        p.add("a: {x: 1, " + "k".repeat(1000) + ": v}\n");
        p.add("a: [" + "k".repeat(1100) + "]\n");
        // long values on one line (a value is not a simple key, so no limit applies)
        p.add("a: [" + "x, ".repeat(600) + "y]\n");
        StringBuilder m = new StringBuilder("a: {");
        for (int i = 0; i < 300; i++) {
            m.append(i == 0 ? "" : ", ").append("k").append(i).append(": v");
        }
        p.add(m.append("}\n").toString());
        p.add("a: \"" + "x".repeat(3000) + "\"\n");
        p.add("a: '" + "x ".repeat(1500) + "'\n");
        p.add("a: " + "x ".repeat(1500) + "\n");
        p.add("- " + "x".repeat(3000) + "\n");
        p.add("a:\n  " + "x".repeat(3000) + "\n");
        p.add("a: |\n  " + "x".repeat(3000) + "\n");
        p.add("a: [\"" + "x".repeat(3000) + "\"]\n");
        p.add("a: {k: " + "x".repeat(3000) + "}\n");
        p.add("\ud83d\ude00".repeat(600) + ": 1\n");
        p.add("a: {" + "\ud83d\ude00".repeat(600) + ": v}\n");
        // nesting at the depth limit (64): block maps, block lists, flow lists and maps
        for (int depth : new int[] {62, 63, 64, 65}) {
            StringBuilder maps = new StringBuilder();
            StringBuilder lists = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                maps.append("  ".repeat(i)).append("k:\n");
                lists.append("  ".repeat(i)).append("-\n");
            }
            p.add(maps.append("  ".repeat(depth)).append("v\n").toString());
            p.add(lists.append("  ".repeat(depth)).append("v\n").toString());
            p.add("a: " + "[".repeat(depth) + "x" + "]".repeat(depth) + "\n");
            p.add("a:\n  b: " + "{a: ".repeat(depth) + "x" + "}".repeat(depth) + "\n");
        }
        return p.stream();
    }

    @ParameterizedTest
    @MethodSource("generatedProbes")
    void generatedProbes(String yaml) {
        assertContract(yaml);
    }

    // ---- typed plain values: every short word over digits, signs, dots, underscores, e, colon -------

    @Test
    void typedPlainValuesAgreeInBlockAndFlow() {
        String alphabet = "019+-._e:x";
        List<String> values = new ArrayList<>(List.of("true", "True", "TRUE", "tRUE", "false", "FALSE", "yes", "Yes",
                "no", "NO", "on", "Off", "y", "n", "null", "Null", "NULL", "nULL", "~", "<<", "<", "=", ".inf", "-.Inf",
                ".nan", "2026-11-22", "2026-1-2", "2026-11-22T10:30:00Z", "2026-11-22 10:30:00", "1:30", "190:20:30",
                "1:2:3", "06:10", "0:10", "10:30.5", "123456789012345678", "-123456789012345678",
                "+123456789012345678", "1234567890123456789", "12345678901234567.8", "1234567890123456789.",
                "0.100000000000000005551", "9007199254740993.0", "1e400", "-0", "+0", "-0.0", "0x1F", "0b101", "0o7",
                "017", "08", "09.5", ".5e3", "1.e5", "1_000", "1__", "0_", "+.5", "-.5", "1.", "0.", "00.5"));
        for (int len = 1; len <= 3; len++) {
            int total = (int) Math.pow(alphabet.length(), len);
            for (int i = 0; i < total; i++) {
                StringBuilder b = new StringBuilder();
                for (int j = 0, v = i; j < len; j++, v /= alphabet.length()) {
                    b.append(alphabet.charAt(v % alphabet.length()));
                }
                values.add(b.toString());
            }
        }
        for (String v : values) {
            assertContract("a: " + v + "\n");
            assertContract("a: [" + v + "]\n");
            assertContract("a: {k: " + v + "}\n");
            assertContract("- " + v + "\n");
        }
    }

    // ---- random token soup: short documents built from YAML's awkward pieces -----------------------

    private static final String[] TOKENS = {"a", "b", "x y", "k", "1", "-1", "0.5", ".5", "1.", "true", "null", "~",
        "yes", "10:30", "<<", "\u00e9", "\ud83d\ude00", "\u00a0", ": ", ":", " ", "  ", "\n", "\n  ", "\n    ", "\n\n",
        "\n ", "- ", "-", "#", " #c", "'", "''", "\"", "\\", "\\\n", "\\ ", "\\x41", "\\u00e9", "|", "|-", "|+", ">",
        ">-", ">+", "[", "]", "{", "}", ", ", ",", "---", "...", "?", "!", "&", "*", "%", "@", "`", "\t", "x:y",
        "\n---", "\n...", "\n- ", "\n  - ", "\n  # c", "  #", "0", "00", "+5", "1e5", "-.5", "06:10", "2026-11-22",
        "NULL", "True", "a b", "\ud83d\ude00: ", "\n   ", "\n     ", "'a': ", "\"a\": ", "{a: b}", "[a, b]"};

    @Test
    void agreesOnRandomTokenSoup() {
        Random random = new Random(20260521);
        int answered = 0;
        for (int doc = 0; doc < 40_000; doc++) {
            StringBuilder b = new StringBuilder();
            if (random.nextBoolean()) {
                for (int i = 3 + random.nextInt(25); i > 0; i--) {
                    b.append(TOKENS[random.nextInt(TOKENS.length)]);
                }
            } else {
                for (int line = 1 + random.nextInt(7); line > 0; line--) {
                    b.append(" ".repeat(random.nextInt(5)));
                    int t = random.nextInt(10);
                    if (t < 3) {
                        b.append(TOKENS[random.nextInt(18)]).append(": ");
                    } else if (t < 5) {
                        b.append("- ");
                    } else if (t < 6) {
                        b.append("- ").append(TOKENS[random.nextInt(18)]).append(": ");
                    }
                    for (int i = random.nextInt(4); i > 0; i--) {
                        b.append(TOKENS[random.nextInt(TOKENS.length)]);
                    }
                    b.append('\n');
                }
            }
            if (random.nextInt(3) == 0) {
                b.setLength(b.length() - 1);
            }
            String yaml = b.toString();
            if (SubsetYamlReader.read(yaml.toCharArray(), ReadLimits.DEFAULT) != null) {
                answered++;
                assertContract(yaml);
            }
        }
        assertTrue(answered > 1000, "the soup should often be read: " + answered);
    }

    // ---- limits ------------------------------------------------------------------------------------

    // SnakeYAML forgets a key begun more than 1024 characters before its colon
    // (ScannerImpl.stalePossibleSimpleKeys; not an error inside braces), so the ':' has no key and
    // the parser refuses the map: the quick reader must decline such keys.
    @ParameterizedTest
    @ValueSource(ints = {1025, 1100, 5000})
    void longPlainFlowKeyIsRefusedBySnakeYaml(int length) {
        assertContract("a: {" + "k".repeat(length) + ": v}\n");
    }

    @ParameterizedTest
    @ValueSource(ints = {1023, 1100})
    void longQuotedFlowKeyIsRefusedBySnakeYaml(int length) {
        assertContract("a: {\"" + "k".repeat(length) + "\": v}\n");
        assertContract("a: {'" + "k".repeat(length) + "': v}\n");
    }

    @Test
    void flowKeyPaddedPastTheLimitIsRefusedBySnakeYaml() {
        assertContract("a: {k" + " ".repeat(1024) + ": v}\n");
        assertContract("- {x: 1, y" + " ".repeat(2000) + ": 2}\n");
    }

    // SnakeYAML's codePointLimit (set to maxBytes) refuses a longer text; SafeYamlReader.parse checks
    // the byte count first, so this is reached only by handing read(char[]) the text directly.
    @Test
    void textOverTheCodePointLimitIsRefusedBySnakeYaml() {
        ReadLimits small = new ReadLimits(20, 64, 1_000_000);
        assertContract("a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\n", new SafeYamlReader(small), small);
    }
}
