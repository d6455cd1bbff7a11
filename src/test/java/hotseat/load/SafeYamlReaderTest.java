package hotseat.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class SafeYamlReaderTest {

    private final SafeYamlReader reader = reader(ReadLimits.DEFAULT);

    /** The reader under test; {@link SafeYamlReaderScanAheadTest} runs every test again with the scanner ahead. */
    SafeYamlReader reader(ReadLimits limits) {
        return new SafeYamlReader(limits, Integer.MAX_VALUE);
    }

    private Diagnostic refusal(String yaml) {
        return refusal(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private Diagnostic refusal(byte[] bytes) {
        LoadFailure f = assertThrows(LoadFailure.class, () -> reader.parse("t.yaml", bytes));
        assertEquals(1, f.diagnostics().size(), f.diagnostics()::toString);
        return f.diagnostics().get(0);
    }

    private static void at(Diagnostic d, int line, int column, String fragment) {
        assertEquals(new Location(line, column), d.location(), d::format);
        assertTrue(d.message().contains(fragment), d::format);
        assertTrue(d.message().contains(" — "), () -> "every message says how to fix it: " + d.format());
    }

    @Test
    void buildsALocatedTreeKeepingTheOrderOfKeys() throws LoadFailure {
        YamlNode root = reader.parse("t.yaml", "b: 1\na:\n  - x\n  - 2.5\nc: no\nd: true\ne:\nf: ''\n".getBytes(StandardCharsets.UTF_8));
        YamlNode.Mapping map = assertInstanceOf(YamlNode.Mapping.class, root);
        assertEquals(List.of("b", "a", "c", "d", "e", "f"), map.entries().stream().map(YamlNode.Entry::key).toList());
        assertEquals(new Location(2, 1), map.get("a").keyLocation());
        YamlNode.Sequence list = assertInstanceOf(YamlNode.Sequence.class, map.get("a").value());
        assertEquals(new Location(4, 5), list.items().get(1).location());
        assertEquals(YamlNode.Scalar.Kind.DECIMAL, ((YamlNode.Scalar) list.items().get(1)).kind());
        YamlNode.Scalar no = (YamlNode.Scalar) map.get("c").value();
        assertEquals(YamlNode.Scalar.Kind.TEXT, no.kind(), "a customer who says \"no\" stays text");
        assertEquals(YamlNode.Scalar.Kind.BOOLEAN, ((YamlNode.Scalar) map.get("d").value()).kind());
        assertTrue(((YamlNode.Scalar) map.get("e").value()).isNull());
        assertEquals(YamlNode.Scalar.Kind.TEXT, ((YamlNode.Scalar) map.get("f").value()).kind());
    }

    @Test
    void emptyFile() {
        at(refusal(""), 1, 1, "the file is empty");
        at(refusal("# just a comment\n\n"), 1, 1, "the file is empty");
    }

    @Test
    void tabIndentation() {
        at(refusal("a: 1\nb:\n\t- x\n"), 3, 1, "a tab is used for indentation");
    }

    @Test
    void unclosedQuotePointsAtTheOpeningQuote() {
        at(refusal("a: 1\nb: \"never closed\nc: 2\n"), 2, 4, "this quote is never closed");
    }

    @Test
    void unclosedFlowList() {
        at(refusal("a: 1\ntags: [x, y\n"), 2, 7, "this [ list is not closed");
    }

    @Test
    void colonInsidePlainText() {
        at(refusal("says: Listen: I want it now\n"), 1, 13, "a colon followed by a space");
    }

    @Test
    void badIndentation() {
        at(refusal("a:\n  b: 1\n c: 2\n"), 3, 2, "indented differently");
    }

    @Test
    void anchorIsRefused() {
        at(refusal("a: 1\nb: &name hello\n"), 2, 4, "the anchor &name is not allowed");
    }

    @Test
    void anchorOnAMapIsRefused() {
        at(refusal("a: &m\n  x: 1\n"), 1, 4, "the anchor &m is not allowed");
    }

    @Test
    void aliasBombStopsAtTheFirstAnchor() {
        String bomb = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                """;
        at(refusal(bomb), 1, 4, "anchors or aliases");
    }

    @Test
    void aliasWithoutAnchorIsRefused() {
        at(refusal("a: 1\nb: *nowhere\n"), 2, 4, "the alias *nowhere");
    }

    @Test
    void tagIsRefused() {
        at(refusal("a: !!binary aGVsbG8=\n"), 1, 4, "the tag !!binary");
    }

    @Test
    void duplicateKeyNamesBothLines() {
        at(refusal("id: one\ntitle: x\nid: two\n"), 3, 1, "the key \"id\" appears twice in the same map (first on line 1)");
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        at(refusal(deep), 1, ReadLimits.DEFAULT.maxDepth() + 1, "nests maps and lists more than");
        StringBuilder blocks = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            blocks.append("  ".repeat(i)).append("k:\n");
        }
        at(refusal(blocks.toString()), ReadLimits.DEFAULT.maxDepth() + 1, 2 * ReadLimits.DEFAULT.maxDepth() + 1,
                "nests maps and lists more than");
    }

    @Test
    void secondDocument() {
        at(refusal("a: 1\n---\nb: 2\n"), 3, 1, "a second YAML document");
    }

    @Test
    void complexKey() {
        at(refusal("? [a, b]\n: 1\n"), 1, 4, "a key must be a single word");
    }

    @Test
    void notUtf8PointsAtTheBadByte() {
        byte[] latin1 = "id: x\ntitle: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        at(refusal(latin1), 2, 11, "not valid UTF-8 (byte 0xE9");
    }

    @Test
    void utf16IsNamed() {
        at(refusal("id: x\n".getBytes(StandardCharsets.UTF_16)), 1, 1, "saved as UTF-16");
    }

    @Test
    void byteOrderMarkIsAccepted() throws LoadFailure {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ':', ' ', '1'};
        assertInstanceOf(YamlNode.Mapping.class, reader.parse("t.yaml", bom));
    }

    @Test
    void binaryGarbage() {
        byte[] garbage = new byte[4096];
        new java.util.Random(42).nextBytes(garbage);
        Diagnostic d = refusal(garbage);
        assertTrue(d.message().contains("binary data") || d.message().contains("not valid UTF-8"), d::format);
    }

    @Test
    void zeroByte() {
        at(refusal(new byte[] {'a', ':', ' ', 0, '\n'}), 1, 4, "binary data (a zero byte)");
    }

    @Test
    void invisibleControlCharacter() {
        at(refusal("a: x\u0007y\n"), 1, 5, "U+0007 cannot appear");
    }

    @Test
    void tooLargeIsRefusedBeforeParsing() {
        SafeYamlReader small = reader(new ReadLimits(100, 64, 1000));
        Diagnostic d = assertThrows(LoadFailure.class, () -> small.parse("t.yaml", new byte[101])).diagnostics().get(0);
        assertEquals(null, d.location());
        assertTrue(d.message().contains("the file is 101 bytes, more than the 100"), d::format);
    }

    @Test
    void overlongText() {
        SafeYamlReader small = reader(new ReadLimits(10_000, 64, 10));
        Diagnostic d = assertThrows(LoadFailure.class,
                () -> small.parse("t.yaml", "a: ok\nb: this is far too long\n".getBytes(StandardCharsets.UTF_8)))
                .diagnostics().get(0);
        at(d, 2, 4, "more than the 10 allowed");
    }

    @Test
    void unquotedComparison() {
        at(refusal("when:\n  mood: >= 60\n"), 2, 10, "put it in quotes: \">= 60\"");
    }
}
