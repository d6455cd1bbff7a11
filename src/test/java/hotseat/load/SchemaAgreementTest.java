package hotseat.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import hotseat.scenario.Scenario;

/**
 * Keeps scenarios/hotseat.schema.json and the loader in agreement, by walking the model's records
 * and the schema side by side: the same keys, the same required keys, compatible types, and a
 * description on every field (editors show it while a trainer types).
 */
class SchemaAgreementTest {

    private static final Path SCHEMA = Path.of("scenarios", "hotseat.schema.json");

    /**
     * Fields the loader reads as optional so that the validator, not the reader, reports them when
     * missing (with where to add them), yet which every valid scenario writes: the schema requires
     * them, so that an editor flags them as the trainer types.
     */
    private static final Map<Class<?>, Set<String>> REQUIRED_BY_THE_VALIDATOR = Map.of(
            Scenario.class, Set.of("start"),
            hotseat.scenario.TypedReply.class, Set.of("otherwise"));

    private final JsonNode root = read();
    private final List<String> disagreements = new ArrayList<>();
    private final Set<Class<?>> visited = new HashSet<>();

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Files.readString(SCHEMA));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void schemaIsDraft07() {
        assertEquals("http://json-schema.org/draft-07/schema#", root.path("$schema").asText());
    }

    @Test
    void everyFieldTheLoaderAcceptsIsInTheSchemaAndTheReverse() {
        record(Scenario.class, root, "(top level)");
        assertTrue(disagreements.isEmpty(), () -> "schema and loader disagree:\n  " + String.join("\n  ", disagreements));
        assertTrue(visited.size() >= 10, "the walk reached every record: " + visited);
    }

    @Test
    void everyObjectRefusesUnknownKeys() {
        List<String> open = new ArrayList<>();
        walkObjects(root, "#", open);
        assertEquals(List.of(), open, "objects with properties but without additionalProperties: false");
    }

    @Test
    void everyScenarioFileNamesTheSchemaOnItsFirstLine() throws IOException {
        try (var files = Files.list(Path.of("scenarios"))) {
            for (Path p : files.filter(ScenarioFiles::isScenarioName).toList()) {
                String first = Files.readAllLines(p).get(0);
                assertEquals("# yaml-language-server: $schema=./hotseat.schema.json", first, p.toString());
            }
        }
    }

    private void walkObjects(JsonNode node, String where, List<String> open) {
        if (node.isObject()) {
            if (node.has("properties") && !node.path("additionalProperties").isBoolean()) {
                open.add(where);
            } else if (node.has("properties") && node.path("additionalProperties").asBoolean()) {
                open.add(where);
            }
            node.fields().forEachRemaining(e -> walkObjects(e.getValue(), where + "/" + e.getKey(), open));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walkObjects(node.get(i), where + "/" + i, open);
            }
        }
    }

    /** Compares a record with an object schema. */
    private void record(Class<?> type, JsonNode schema, String where) {
        if (!visited.add(type)) {
            return;
        }
        if (!schema.path("additionalProperties").isBoolean() || schema.path("additionalProperties").asBoolean()) {
            disagreements.add(where + ": additionalProperties must be false");
        }
        JsonNode properties = schema.path("properties");
        Set<String> inSchema = new TreeSet<>();
        properties.fieldNames().forEachRemaining(inSchema::add);
        Set<String> inModel = new TreeSet<>();
        Set<String> requiredInModel = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String key = RecordBinder.keyOf(c.getName());
            inModel.add(key);
            if (RecordBinder.isRequired(c)) {
                requiredInModel.add(key);
            }
            JsonNode property = properties.get(key);
            if (property == null) {
                disagreements.add(where + ": the loader accepts \"" + key + "\" (" + type.getSimpleName()
                        + "." + c.getName() + ") but the schema does not");
                continue;
            }
            if (!property.hasNonNull("description") && !resolve(property).hasNonNull("description")) {
                disagreements.add(where + "." + key + ": no description");
            }
            value(c.getGenericType(), property, where + "." + key);
        }
        for (String key : inSchema) {
            if (!inModel.contains(key)) {
                disagreements.add(where + ": the schema allows \"" + key + "\" but " + type.getSimpleName() + " has no such field");
            }
        }
        requiredInModel.addAll(REQUIRED_BY_THE_VALIDATOR.getOrDefault(type, Set.of()));
        Set<String> requiredInSchema = new TreeSet<>();
        schema.path("required").forEach(n -> requiredInSchema.add(n.asText()));
        if (!requiredInSchema.equals(requiredInModel)) {
            disagreements.add(where + ": required in schema " + requiredInSchema + ", in the loader " + requiredInModel);
        }
    }

    /** Compares a field's Java type with its schema. */
    private void value(Type type, JsonNode property, String where) {
        JsonNode s = resolve(property);
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (raw == List.class) {
                expectType(s, "array", where);
                value(p.getActualTypeArguments()[0], s.path("items"), where + "[]");
            } else if (raw == Map.class) {
                expectType(s, "object", where);
                if (!s.path("additionalProperties").isObject()) {
                    disagreements.add(where + ": a map needs additionalProperties describing its values");
                } else {
                    value(p.getActualTypeArguments()[1], s.path("additionalProperties"), where + ".*");
                }
            } else {
                fail("unexpected type " + type);
            }
            return;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            expectType(s, "string", where);
        } else if (c == int.class || c == Integer.class) {
            expectType(s, "integer", where);
        } else if (c == double.class || c == Double.class) {
            expectType(s, "number", where);
        } else if (c == boolean.class || c == Boolean.class) {
            expectType(s, "boolean", where);
        } else if (c.isEnum()) {
            Set<String> words = new TreeSet<>();
            Arrays.stream(c.getEnumConstants()).forEach(e -> words.add(((Enum<?>) e).name().toLowerCase(Locale.ROOT)));
            Set<String> allowed = new TreeSet<>();
            s.path("enum").forEach(n -> allowed.add(n.asText()));
            if (!words.equals(allowed)) {
                disagreements.add(where + ": enum " + allowed + " but the loader accepts " + words);
            }
        } else if (c.isRecord() && c.isAnnotationPresent(hotseat.scenario.TextOrMap.class)) {
            // written as a string or as a map: the schema says oneOf string / object
            JsonNode object = null;
            boolean string = false;
            for (JsonNode alternative : s.path("oneOf")) {
                JsonNode a = resolve(alternative);
                string |= "string".equals(a.path("type").asText());
                if ("object".equals(a.path("type").asText())) {
                    object = a;
                }
            }
            if (!string || object == null) {
                disagreements.add(where + ": " + c.getSimpleName() + " is text or a map, the schema needs oneOf both");
            } else {
                record(c, object, c.getSimpleName());
            }
        } else if (c.isRecord() && !hasParse(c)) {
            expectType(s, "object", where);
            record(c, s, c.getSimpleName());
        } else if (hasParse(c)) {
            expectType(s, "string", where);
        } else {
            fail("unexpected type " + c);
        }
    }

    private void expectType(JsonNode s, String type, String where) {
        // Text fields read any YAML scalar, so a schema may also allow bare numbers: ["string", "integer"].
        boolean listed = s.path("type").isArray() && "string".equals(type)
                && java.util.stream.StreamSupport.stream(s.path("type").spliterator(), false).anyMatch(n -> type.equals(n.asText()));
        if (!listed && !type.equals(s.path("type").asText())) {
            disagreements.add(where + ": the schema says " + s.path("type") + ", the loader reads " + type);
        }
    }

    private JsonNode resolve(JsonNode s) {
        String ref = s.path("$ref").asText("");
        if (ref.isEmpty()) {
            return s;
        }
        assertTrue(ref.startsWith("#/definitions/"), ref);
        JsonNode target = root.path("definitions").path(ref.substring("#/definitions/".length()));
        assertFalse(target.isMissingNode(), "dangling " + ref);
        return resolve(target);
    }

    private static boolean hasParse(Class<?> c) {
        try {
            return java.lang.reflect.Modifier.isStatic(c.getMethod("parse", String.class).getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
