package hotseat.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import hotseat.scenario.Severity;

/**
 * The editor's schema line ({@code # yaml-language-server: $schema=./hotseat.schema.json}). An
 * editor whose schema path leads nowhere stops checking and completing the file without a word,
 * so a path that names no file is a warning, with the path that would work when one is near.
 */
final class SchemaLine {
    private SchemaLine() {}

    static final String SCHEMA_FILE = "hotseat.schema.json";

    private static final Pattern LINE = Pattern.compile("^\\s*#\\s*yaml-language-server\\s*:\\s*\\$schema=(\\S+)");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+:.*");

    /** A warning when the file's schema line names a file that does not exist; empty otherwise. */
    static Optional<Diagnostic> check(Path path, String file, byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.UTF_8);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = LINE.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            String target = m.group(1);
            String lower = target.toLowerCase(Locale.ROOT);
            if (SCHEME.matcher(target).matches() && !lower.startsWith("file:")) {
                return Optional.empty(); // a web address: nothing to check offline
            }
            Path folder = path.toAbsolutePath().getParent();
            Path schema;
            try {
                schema = lower.startsWith("file:") ? Path.of(java.net.URI.create(target)) : folder.resolve(target);
            } catch (RuntimeException e) { // not a path this system can read
                schema = null;
            }
            if (schema != null && Files.isRegularFile(schema)) {
                return Optional.empty();
            }
            Location at = new Location(i + 1, m.start(1) + 1);
            String fix = nearest(folder).map(p -> "point it at " + p + ", the schema nearest this file")
                    .orElse("point it at the scenarios folder's " + SCHEMA_FILE + " (Hotseat's repository has one, and"
                            + " hotseat new writes one beside your own scenarios)");
            return Optional.of(new Diagnostic(file, at, Severity.WARNING, "the editor's schema line points at " + target
                    + ", which does not exist, so editors have quietly stopped checking and completing this file — " + fix));
        }
        return Optional.empty();
    }

    /** {@code ./hotseat.schema.json}, {@code ../hotseat.schema.json}, ... for the nearest folder above that has one. */
    private static Optional<String> nearest(Path folder) {
        String up = "./";
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(SCHEMA_FILE))) {
                return Optional.of(up + SCHEMA_FILE);
            }
            if (Files.isRegularFile(dir.resolve("scenarios").resolve(SCHEMA_FILE))) {
                return Optional.of(up + "scenarios/" + SCHEMA_FILE);
            }
            up = up.equals("./") ? "../" : up + "../";
        }
        return Optional.empty();
    }
}
