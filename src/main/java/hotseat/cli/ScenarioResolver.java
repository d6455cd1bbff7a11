package hotseat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import hotseat.scenario.CustomerLine;
import hotseat.scenario.Scenario;
import hotseat.scenario.Threshold;

/** Finds the scenario a command names: a path to a YAML file, or the id of a built-in one. */
final class ScenarioResolver {

    /** A scenario ready to play, where it came from, and the SHA-256 of its file. */
    record Resolved(Scenario scenario, String source, String sha256) {}

    private ScenarioResolver() {}

    static Resolved resolve(String arg) {
        Path path = Path.of(arg);
        if (Files.isRegularFile(path)) {
            return load(path);
        }
        Path builtIn = Path.of("scenarios", arg + ".yaml");
        if (!arg.contains("/") && Files.isRegularFile(builtIn)) {
            return load(builtIn);
        }
        throw new CommandFailure(arg + ": no such scenario file or built-in scenario id — give a path to a .yaml file"
                + " or an id from `hotseat list`", 1);
    }

    private static Resolved load(Path path) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            Scenario s = YAML.readValue(bytes, Scenario.class);
            return new Resolved(s, path.toString(), sha256(bytes));
        } catch (IOException e) {
            throw new CommandFailure(path + ": error: cannot read the scenario (" + e.getMessage().lines().findFirst().orElse("")
                    + ") — run `hotseat validate " + path + "`", 1);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .addModule(new SimpleModule()
                    .addDeserializer(Threshold.class, new JsonDeserializer<>() {
                        @Override
                        public Threshold deserialize(JsonParser p, DeserializationContext c) throws IOException {
                            return Threshold.parse(p.getValueAsString());
                        }
                    })
                    .addDeserializer(CustomerLine.class, new JsonDeserializer<>() {
                        @Override
                        public CustomerLine deserialize(JsonParser p, DeserializationContext c) throws IOException {
                            JsonNode n = p.readValueAsTree();
                            if (n.isTextual()) {
                                return CustomerLine.parse(n.asText());
                            }
                            return new CustomerLine(text(n, "calm"), text(n, "irritated"), text(n, "furious"));
                        }
                    }))
            .build();

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
