package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import hotseat.report.Json;

/** validate --format json for tools, and SARIF 2.1.0 for code hosts that annotate pull requests. */
class ValidateFormatTest {

    private static final String BROKEN = """
            id: tiny
            title: A tiny test
            briefing: You answer the phone.
            difficulty: 2
            customer:
              name: Sam
              mood: 50
            start: opening
            nodes:
              opening:
                says: My order is late.
                options:
                  - text: Sorry.
                    next: fixd
                model_answer: Sorry; I'll check now.
                tip: Apologise.
            endings:
              fixed:
                outcome: resolved
                text: Sam is happy.
            """;

    private static Path write(Path dir) throws IOException {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, BROKEN);
        return file;
    }

    @Test
    void sarifHasTheShapeCodeHostsRead(@TempDir Path dir) throws IOException {
        Path file = write(dir);
        Run r = Run.of("validate", "--format", "sarif", file.toString());
        assertEquals(1, r.exit(), r::toString);
        JsonNode root = Json.MAPPER.readTree(r.out());
        assertEquals("2.1.0", root.path("version").asText());
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", root.path("$schema").asText());
        JsonNode run = root.path("runs").get(0);
        assertEquals("hotseat", run.path("tool").path("driver").path("name").asText());
        JsonNode rules = run.path("tool").path("driver").path("rules");
        JsonNode result = run.path("results").get(0);
        assertEquals("broken-target", result.path("ruleId").asText());
        assertEquals(rules.get(result.path("ruleIndex").asInt()).path("id").asText(), result.path("ruleId").asText());
        assertEquals("error", result.path("level").asText());
        assertEquals("\"fixd\" is not a node or an ending — did you mean \"fixed\"?", result.path("message").path("text").asText());
        JsonNode physical = result.path("locations").get(0).path("physicalLocation");
        assertEquals(ValidateReport.uri(file.toString()), physical.path("artifactLocation").path("uri").asText());
        assertEquals(14, physical.path("region").path("startLine").asInt());
        assertEquals(15, physical.path("region").path("startColumn").asInt());
    }

    @Test
    void relativePathsStayRelativeForTheRepository() {
        assertEquals("scenarios/lost%20parcel.yaml", ValidateReport.uri("scenarios/lost parcel.yaml"));
        assertEquals("scenarios/a.yaml", ValidateReport.uri("./scenarios/a.yaml"));
        assertEquals("file:///work/a.yaml", ValidateReport.uri("/work/a.yaml"));
    }

    @Test
    void jsonListsEveryProblemWithItsPlace(@TempDir Path dir) throws IOException {
        Path file = write(dir);
        Run r = Run.of("validate", "--format", "json", file.toString());
        assertEquals(1, r.exit(), r::toString);
        JsonNode root = Json.MAPPER.readTree(r.out());
        assertEquals(1, root.path("files").asInt());
        assertEquals(1, root.path("errors").asInt());
        JsonNode p = root.path("problems").get(0);
        assertEquals(file.toString(), p.path("file").asText());
        assertEquals(14, p.path("line").asInt());
        assertEquals(15, p.path("column").asInt());
        assertEquals("error", p.path("severity").asText());
        assertEquals("broken-target", p.path("rule").asText());
        assertTrue(r.err().contains("checked 1 file: 1 error"), r::toString);
    }

    @Test
    void anUnknownFormatIsAUsageMistake() {
        Run r = Run.of("validate", "--format", "xml", "x.yaml");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("expected one of [text, json, sarif]"), r::toString);
    }
}
