package hotseat.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import hotseat.bench.ValidateBench;

/**
 * Every test of {@link SafeYamlReaderTest} again with SnakeYAML's scanner on a second thread, as
 * large files are read, and the same trees and messages from both ways of reading for the library,
 * a generated scenario and broken copies of it.
 */
class SafeYamlReaderScanAheadTest extends SafeYamlReaderTest {

    @Override
    SafeYamlReader reader(ReadLimits limits) {
        return new SafeYamlReader(limits, 0);
    }

    private final SafeYamlReader inOneThread = new SafeYamlReader(ReadLimits.DEFAULT, Integer.MAX_VALUE);
    private final SafeYamlReader ahead = new SafeYamlReader(ReadLimits.DEFAULT, 0);

    @Test
    void readsTheLibraryAndAGeneratedScenarioAsOneThreadDoes() throws IOException, LoadFailure {
        List<Path> library;
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            library = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path f : library) {
            byte[] bytes = Files.readAllBytes(f);
            assertEquals(dump(inOneThread.parse(f.toString(), bytes)), dump(ahead.parse(f.toString(), bytes)), f::toString);
        }
        byte[] generated = ValidateBench.generate(100);
        assertEquals(dump(inOneThread.parse("g.yaml", generated)), dump(ahead.parse("g.yaml", generated)));
    }

    @Test
    void stopsAtTheSameMistakeAsOneThread() {
        String generated = new String(ValidateBench.generate(100), StandardCharsets.UTF_8);
        List<String> broken = List.of(
                generated.replace("    tip: Name the feeling, then act.\n  n80:", "    tip: Name the feeling, then act.\n\tn80:"),
                generated.replace("calm: Turn 90, calmly.", "calm: \"Turn 90, calmly."),
                generated.replace("tags: [generated]", "tags: [generated"),
                generated.replace("Turn 60, calmly.", "Turn 60: calmly."),
                generated.replace("Turn 99, calmly.", "Turn 99, \u0007calmly."),
                generated.replace("  n50:\n", "  n50: &n\n"),
                generated.replace("  n70:\n", "  n7:\n"),
                generated + "---\nid: second\n");
        for (String yaml : broken) {
            byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
            LoadFailure one = assertThrows(LoadFailure.class, () -> inOneThread.parse("g.yaml", bytes));
            LoadFailure two = assertThrows(LoadFailure.class, () -> ahead.parse("g.yaml", bytes));
            assertEquals(one.diagnostics(), two.diagnostics());
        }
    }

    private static String dump(YamlNode node) {
        StringBuilder out = new StringBuilder();
        dump(node, out);
        return out.toString();
    }

    private static void dump(YamlNode node, StringBuilder out) {
        out.append(node.location()).append(' ');
        if (node instanceof YamlNode.Mapping m) {
            out.append('{');
            for (YamlNode.Entry e : m.entries()) {
                out.append(e.key()).append('@').append(e.keyLocation()).append(": ");
                dump(e.value(), out);
                out.append(", ");
            }
            out.append('}');
        } else if (node instanceof YamlNode.Sequence s) {
            out.append('[');
            s.items().forEach(i -> {
                dump(i, out);
                out.append(", ");
            });
            out.append(']');
        } else {
            out.append(node);
        }
    }
}
