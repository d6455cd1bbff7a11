package hotseat.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keeps scenarios/README.md, the trainers' guide, complete and readable from an installed copy:
 * every field the schema (and so the loader) accepts is in its "Every field" tables, and it points
 * at no file of Hotseat's source.
 */
class ScenarioGuideTest {
    private static final Path GUIDE = Path.of("scenarios", "README.md");
    private static final Path SCHEMA = Path.of("scenarios", "hotseat.schema.json");

    @Test
    void everyFieldTheSchemaAllowsHasARowInTheFieldTables() throws IOException {
        String guide = Files.readString(GUIDE);
        int from = guide.indexOf("## Every field");
        int to = guide.indexOf("\n## ", from + 1);
        String tables = guide.substring(from, to);
        JsonNode schema = new ObjectMapper().readTree(Files.readString(SCHEMA));
        List<String> missing = new ArrayList<>();
        collect(schema, "(top level)", tables, missing);
        schema.path("definitions").fields().forEachRemaining(d -> collect(d.getValue(), d.getKey(), tables, missing));
        assertEquals(List.of(), missing, "fields the schema allows that the guide's field tables do not name");
    }

    private static void collect(JsonNode object, String where, String tables, List<String> missing) {
        object.path("properties").fieldNames().forEachRemaining(key -> {
            if (!tables.contains("`" + key + "`")) {
                missing.add(where + "." + key);
            }
        });
    }

    @Test
    void pointsAtNoSourceFile() throws IOException {
        Matcher m = Pattern.compile("src/(main|test)/\\S*").matcher(Files.readString(GUIDE));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        assertEquals(List.of(), found, "an installed copy has no source folder; name the command that shows it instead");
    }

    @Test
    void saysHowANewFileJoinsTheLibrary() throws IOException {
        String guide = Files.readString(GUIDE);
        assertTrue(guide.contains("HOTSEAT_SCENARIOS"), "the list of places");
        assertTrue(guide.contains("~/.local/share/hotseat/scenarios"), "the trainer's own folder");
        assertTrue(guide.contains("Into the built-in library") && guide.contains("rebuild"), "the built-in folder and a rebuild");
    }
}
