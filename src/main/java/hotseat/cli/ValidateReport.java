package hotseat.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import hotseat.load.Diagnostic;
import hotseat.report.Json;

/**
 * What {@code hotseat validate} found, as JSON for tools or as SARIF 2.1.0 (the Static Analysis
 * Results Interchange Format) for code hosts that annotate a pull request's lines with it. Each
 * problem gets a rule, a short kebab-case id for its kind, so that a host can group them.
 */
final class ValidateReport {
    private ValidateReport() {}

    static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /** The kinds of problem, in the order they are tried; the first whose words the message holds names it. */
    private static final String[][] RULES = {
        {"invisible-character", "An invisible or look-alike character in the YAML structure", "(U+"},
        {"unclosed-quote", "A quote that is not closed where it should be", "quote is not closed", "quote is never closed"},
        {"misplaced-key", "A key indented under the wrong parent", "belongs to ", "is a key of "},
        {"duplicate-id", "An id or key written twice", "is used twice", "appears twice"},
        {"yaml-syntax", "The file cannot be read as YAML", "the YAML cannot be read", "indented differently", "a tab is used",
                "no colon after its key", "a colon followed by a space", "is not closed properly", "begins a block of text",
                "anchor", "alias", "the tag ", "second YAML document", "nests maps and lists"},
        {"file-unreadable", "The file cannot be read", "no such file", "cannot be read", "is a folder", "not valid UTF-8",
                "UTF-16", "binary data", "too large", "is empty —"},
        {"unknown-key", "A key the format does not have", "unknown key", "does not look like a scenario"},
        {"missing-field", "A required field is missing or empty", "missing ", "has no value", "is empty", "has no "},
        {"wrong-type", "A value of the wrong kind", "should be ", "which is not one of", "is not a comparison"},
        {"no-start", "The scenario has no start, or a start that is not a node", "has no start", "start names"},
        {"broken-target", "A next: that names no node or ending", "is not a node or an ending"},
        {"loop-without-ending", "A loop from which no ending can be reached", "no ending can be reached"},
        {"unreachable", "A node or ending the conversation never reaches", "cannot be reached from the start", "is never reached"},
        {"test-reference", "A scenario test naming an ending or option that does not exist", "test \""},
        {"mood-trigger-too-close", "A mood trigger one poor reply sets off from the start", "meets this trigger"},
        {"schema-line", "The editor's schema line names a file that does not exist", "schema line"},
        {"emotion-too-long", "An emotion longer than the screen shows", "the emotion "},
        {"typographic-quotes", "Text wrapped in typographic quotes", "typographic quotes"},
        {"out-of-range", "A number out of range", " — use 0 to 100", " — use 1 (gentle)", " — use 0 (at ease)", "weight is"},
    };

    /** The rule id of a problem ("scenario" when none of the kinds fits). */
    static String rule(Diagnostic d) {
        String m = d.message();
        for (String[] rule : RULES) {
            for (int i = 2; i < rule.length; i++) {
                if (m.contains(rule[i])) {
                    return rule[0];
                }
            }
        }
        return "scenario";
    }

    private static String description(String rule) {
        for (String[] r : RULES) {
            if (r[0].equals(rule)) {
                return r[1];
            }
        }
        return "A problem in a scenario file";
    }

    static String json(List<Diagnostic> all, int files, long errors, long warnings) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("files", files);
        root.put("errors", errors);
        root.put("warnings", warnings);
        ArrayNode list = root.putArray("problems");
        for (Diagnostic d : all) {
            ObjectNode p = list.addObject();
            p.put("file", d.file());
            if (d.location() != null) {
                p.put("line", d.location().line());
                p.put("column", d.location().column());
            }
            p.put("severity", d.severity().word());
            p.put("rule", rule(d));
            p.put("message", d.message());
        }
        return write(root);
    }

    static String sarif(List<Diagnostic> all, String version) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("$schema", SARIF_SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "hotseat");
        if (version != null) {
            driver.put("version", version);
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Diagnostic d : all) {
            index.putIfAbsent(rule(d), index.size());
        }
        ArrayNode rules = driver.putArray("rules");
        for (String id : index.keySet()) {
            ObjectNode r = rules.addObject();
            r.put("id", id);
            r.putObject("shortDescription").put("text", description(id));
        }
        ArrayNode results = run.putArray("results");
        for (Diagnostic d : all) {
            ObjectNode r = results.addObject();
            String id = rule(d);
            r.put("ruleId", id);
            r.put("ruleIndex", index.get(id));
            r.put("level", d.isError() ? "error" : "warning");
            r.putObject("message").put("text", d.message());
            ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri(d.file()));
            ObjectNode region = physical.putObject("region");
            region.put("startLine", d.location() == null ? 1 : d.location().line());
            region.put("startColumn", d.location() == null ? 1 : d.location().column());
        }
        run.put("columnKind", "unicodeCodePoints");
        return write(root);
    }

    /** A file name as a SARIF artifact URI: relative names stay relative (to the repository), with forward slashes. */
    static String uri(String file) {
        String path = file.replace('\\', '/');
        try {
            if (path.startsWith("/")) {
                return java.nio.file.Path.of(file).toUri().toASCIIString();
            }
            return new URI(null, null, path.startsWith("./") ? path.substring(2) : path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }

    private static String write(JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsString(node) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
