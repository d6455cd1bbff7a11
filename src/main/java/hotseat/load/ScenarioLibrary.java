package hotseat.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import hotseat.scenario.Spelling;

/**
 * The scenarios shipped inside the jar (the repository's {@code scenarios/} folder, copied under
 * {@code hotseat/scenarios/} with an {@code index.txt} written by the build), and the rule that
 * turns a command-line argument into a scenario: an existing path, or else a built-in id.
 */
public final class ScenarioLibrary {

    private static final String FOLDER = "hotseat/scenarios/";

    /** Built-in scenarios are named this way in messages: {@code built-in/lost-parcel.yaml}. */
    public static final String PREFIX = "built-in/";

    private final List<String> fileNames;
    private final ScenarioChecker checker;

    private ScenarioLibrary(List<String> fileNames, ScenarioChecker checker) {
        this.fileNames = List.copyOf(fileNames);
        this.checker = checker;
    }

    /** The library shipped with this build (empty if the index is missing, as in a bare classpath). */
    public static ScenarioLibrary builtIn() {
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
        return new ScenarioLibrary(names, new ScenarioChecker());
    }

    /** Loads and validates every built-in scenario. */
    public List<CheckResult> checkAll() {
        List<CheckResult> out = new ArrayList<>();
        for (String name : fileNames) {
            out.add(check(name));
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
     * looks like a path), otherwise the built-in scenario with that id (or file name).
     * The result is validated; it may carry errors the caller must report.
     */
    public CheckResult resolve(String argument) {
        if (looksLikePath(argument) || Files.exists(Path.of(argument))) {
            return checker.check(Path.of(argument), argument);
        }
        String wanted = argument.toLowerCase(Locale.ROOT);
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
                "no such file, and no built-in scenario has this id — " + hint)));
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
