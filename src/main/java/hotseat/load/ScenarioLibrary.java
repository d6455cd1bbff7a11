package hotseat.load;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import hotseat.scenario.Spelling;

/**
 * The scenarios a trainee can name by id: a trainer's own (the folders and files listed in
 * {@code HOTSEAT_SCENARIOS}, then the {@code scenarios} folder in Hotseat's data folder,
 * {@code $XDG_DATA_HOME/hotseat/scenarios}), and those shipped inside the jar (the repository's
 * {@code scenarios/} folder, copied under {@code hotseat/scenarios/} with an {@code index.txt}
 * written by the build). Own scenarios come first, so a trainer's copy of a built-in scenario
 * with the same id is the one played. The rule that turns a command-line argument into a
 * scenario lives here too: an existing path, or else an id.
 */
public final class ScenarioLibrary {

    private static final String FOLDER = "hotseat/scenarios/";

    /** Built-in scenarios are named this way in messages: {@code built-in/lost-parcel.yaml}. */
    public static final String PREFIX = "built-in/";

    /** The environment variable that lists more scenario files and folders, separated as PATH is. */
    public static final String ENV = "HOTSEAT_SCENARIOS";

    private final List<String> fileNames;
    private final List<Path> own;
    private final ScenarioChecker checker;

    private ScenarioLibrary(List<String> fileNames, List<Path> own, ScenarioChecker checker) {
        this.fileNames = List.copyOf(fileNames);
        this.own = List.copyOf(own);
        this.checker = checker;
    }

    /** The library shipped with this build (empty if the index is missing, as in a bare classpath). */
    public static ScenarioLibrary builtIn() {
        return new ScenarioLibrary(builtInNames(), List.of(), new ScenarioChecker());
    }

    /** The built-in library and the scenarios of the user whose environment this is. */
    public static ScenarioLibrary forUser(Map<String, String> env) {
        return new ScenarioLibrary(builtInNames(), ownFiles(env), new ScenarioChecker());
    }

    /** Where a user's own scenarios are kept: {@code $XDG_DATA_HOME/hotseat/scenarios}. */
    public static Path ownFolder(Map<String, String> env) {
        String data = env.get("XDG_DATA_HOME");
        Path base = data != null && !data.isBlank() && Path.of(data).isAbsolute()
                ? Path.of(data)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "share");
        return base.resolve("hotseat").resolve("scenarios");
    }

    /** The places own scenarios are read from, in order: each HOTSEAT_SCENARIOS entry, then the own folder. */
    public static List<Path> ownPlaces(Map<String, String> env) {
        List<Path> out = new ArrayList<>();
        String listed = env.get(ENV);
        if (listed != null) {
            for (String entry : listed.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
                if (!entry.isBlank()) {
                    out.add(Path.of(entry.strip()));
                }
            }
        }
        out.add(ownFolder(env));
        return out;
    }

    /** Every scenario file in the own places, each once; places that do not exist are skipped. */
    static List<Path> ownFiles(Map<String, String> env) {
        Set<Path> out = new LinkedHashSet<>();
        for (Path place : ownPlaces(env)) {
            if (Files.isDirectory(place)) {
                try {
                    for (ScenarioFiles.Found f : ScenarioFiles.expand(place.toString())) {
                        out.add(f.path().toAbsolutePath().normalize());
                    }
                } catch (IOException e) {
                    // a folder that cannot be searched adds nothing; validate names the problem
                }
            } else if (Files.isRegularFile(place)) {
                out.add(place.toAbsolutePath().normalize());
            }
        }
        return new ArrayList<>(out);
    }

    private static List<String> builtInNames() {
        List<String> names = new ArrayList<>();
        try (InputStream in = resource("index.txt")) {
            if (in != null) {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    r.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the built-in scenario index cannot be read", e);
        }
        return names;
    }

    /**
     * A digest of the user's own scenario files, by path and contents, without reading any of them
     * as a scenario. The built-in ones are part of the build ({@link Caches#buildIdentity}).
     */
    public String ownFingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path p : own) {
                digest.update((p + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(Files.isReadable(p) ? Files.readAllBytes(p) : new byte[0]);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            // A file that cannot be read now gives a digest no earlier one matches.
            return "unreadable-" + System.nanoTime();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Loads and validates every scenario: the user's own first, then the built-in ones. */
    public List<CheckResult> checkAll() {
        List<CheckResult> out = new ArrayList<>();
        for (Path p : own) {
            out.add(checker.check(p, p.toString()));
        }
        for (String name : fileNames) {
            out.add(check(name));
        }
        return out;
    }

    /** True when the file of this result is one of the user's own rather than built in. */
    public static boolean isOwn(CheckResult r) {
        return !r.file().startsWith(PREFIX);
    }

    /**
     * The results a trainee can choose from: playable, and one per id — the first, so a user's
     * own scenario hides a built-in one with the same id. {@code hidden} receives the others.
     */
    public static List<CheckResult> playableById(List<CheckResult> all, List<CheckResult> hidden) {
        Set<String> ids = new HashSet<>();
        List<CheckResult> out = new ArrayList<>();
        for (CheckResult r : all) {
            if (r.playable()) {
                if (ids.add(r.loaded().scenario().id())) {
                    out.add(r);
                } else {
                    hidden.add(r);
                }
            }
        }
        return out;
    }

    private CheckResult check(String fileName) {
        try (InputStream in = resource(fileName)) {
            if (in == null) {
                return new CheckResult(PREFIX + fileName, null, List.of(Diagnostic.error(PREFIX + fileName, null,
                        "is listed in the library index but missing from the jar — rebuild with make build")));
            }
            return checker.check(PREFIX + fileName, in.readAllBytes());
        } catch (IOException e) {
            return new CheckResult(PREFIX + fileName, null,
                    List.of(Diagnostic.error(PREFIX + fileName, null, "cannot be read (" + e.getMessage() + ")")));
        }
    }

    /**
     * The scenario an argument names: a path to a file when one exists there (or the argument
     * looks like a path), otherwise the scenario with that id (or file name), own ones first.
     * The result is validated; it may carry errors the caller must report.
     */
    public CheckResult resolve(String argument) {
        if (looksLikePath(argument) || Files.exists(Path.of(argument))) {
            return checker.check(Path.of(argument), argument);
        }
        String wanted = argument.toLowerCase(Locale.ROOT);
        for (Path p : own) {
            if (stem(p.getFileName().toString()).equals(wanted)) {
                return checker.check(p, p.toString());
            }
        }
        for (Path p : own) { // an own scenario hides a built-in one with the same id
            CheckResult r = checker.check(p, p.toString());
            if (r.loaded() != null && r.loaded().scenario().id().equals(argument)) {
                return r;
            }
        }
        for (String name : fileNames) {
            if (stem(name).equals(wanted)) {
                return check(name);
            }
        }
        List<String> ids = new ArrayList<>();
        for (CheckResult r : checkAll()) {
            if (r.loaded() != null) {
                if (r.loaded().scenario().id().equals(argument)) {
                    return r;
                }
                ids.add(r.loaded().scenario().id());
            }
        }
        String hint = Spelling.closest(argument, ids).map(id -> "did you mean \"" + id + "\"?")
                .orElse("run hotseat list to see them, or give the path of a .yaml file");
        return new CheckResult(argument, null, List.of(Diagnostic.error(argument, null,
                "no such file, and no built-in or own scenario has this id — " + hint)));
    }

    /** The JSON Schema for scenario files, as shipped in the jar (null in a bare classpath). */
    public static byte[] schema() throws IOException {
        try (InputStream in = resource(SchemaLine.SCHEMA_FILE)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static boolean looksLikePath(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        return argument.contains("/") || argument.contains("\\") || lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return (dot < 0 ? fileName : fileName.substring(0, dot)).toLowerCase(Locale.ROOT);
    }

    private static InputStream resource(String name) {
        return ScenarioLibrary.class.getClassLoader().getResourceAsStream(FOLDER + name);
    }
}
