package hotseat.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import hotseat.load.CheckResult;
import hotseat.load.Diagnostic;
import hotseat.load.ScenarioChecker;
import hotseat.load.ScenarioFiles;
import hotseat.load.ScenarioLibrary;
import hotseat.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hotseat list [PATH...]}: a table of scenarios, the built-in library by default. */
@Command(name = "list",
        mixinStandardHelpOptions = true,
        description = {
                "List scenarios with their difficulty, tags, nodes and endings.",
                "Shows each scenario's id, title, difficulty, tags, and how many nodes and endings it has.",
                "Without PATH, lists your own scenarios ($XDG_DATA_HOME/hotseat/scenarios and the files and folders in"
                        + " HOTSEAT_SCENARIOS) and those built into Hotseat. Scenarios with errors are left out of the table"
                        + " and their errors printed (exit 1); run validate for the full list of problems."})
final class ListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Scenario files, or folders searched for *.yaml and *.yml files.")
    List<String> paths = new ArrayList<>();

    /** The environment own scenarios are found through; tests replace it. */
    java.util.Map<String, String> env = System.getenv();

    @Override
    public Integer call() {
        return list(spec, paths, env);
    }

    /**
     * Prints the table for {@code paths} (the library when empty: the user's own scenarios, then
     * the built-in ones); the exit code.
     */
    static int list(CommandSpec spec, List<String> paths, java.util.Map<String, String> env) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Style style = Style.detect();
        boolean library = paths.isEmpty();
        List<CheckResult> results = library ? ScenarioLibrary.forUser(env).checkAll() : check(paths);
        int broken = 0;
        for (CheckResult r : results) {
            if (!r.playable()) {
                broken++;
                r.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> err.println(Style.PLAIN.diagnostic(d)));
            }
        }
        List<CheckResult> hidden = new ArrayList<>();
        List<CheckResult> shown = library ? ScenarioLibrary.playableById(results, hidden)
                : results.stream().filter(CheckResult::playable).toList();
        List<Scenario> playable = new ArrayList<>();
        java.util.Set<Scenario> own = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (CheckResult r : shown) {
            playable.add(r.loaded().scenario());
            if (library && ScenarioLibrary.isOwn(r)) {
                own.add(r.loaded().scenario());
            }
        }
        playable.sort(Scenario.EASIEST_FIRST);
        if (playable.isEmpty() && broken == 0) {
            out.println(library ? "No built-in scenarios in this build." : "No scenario files found.");
        } else if (!playable.isEmpty()) {
            table(out, style, playable, own);
        }
        for (CheckResult r : hidden) {
            String id = r.loaded().scenario().id();
            String winner = shown.stream().filter(w -> w.loaded().scenario().id().equals(id)).map(CheckResult::file)
                    .findFirst().orElse("another");
            err.println(r.file() + ": not listed: " + winner + " has the same id, and hotseat play " + id + " plays that one"
                    + (ScenarioLibrary.isOwn(r) ? " — give this one an id of its own" : " (your own copy)"));
        }
        if (library && !own.isEmpty()) {
            out.println();
            out.println("own: your scenarios, from " + String.join(", ",
                    ScenarioLibrary.ownPlaces(env).stream().map(java.nio.file.Path::toString).toList()));
        }
        out.flush();
        err.flush();
        return broken > 0 ? 1 : 0;
    }

    private static List<CheckResult> check(List<String> paths) {
        ScenarioChecker checker = new ScenarioChecker();
        List<CheckResult> out = new ArrayList<>();
        for (String argument : paths) {
            for (ScenarioFiles.Found f : ScenarioArguments.expand(argument)) {
                out.add(checker.check(f.path(), f.name()));
            }
        }
        return out;
    }

    private static void table(PrintWriter out, Style style, List<Scenario> scenarios, java.util.Set<Scenario> own) {
        List<String[]> rows = new ArrayList<>();
        // Tags come last: in a narrow terminal only the end of a row wraps, and the counts stay aligned.
        rows.add(new String[] {"ID", "TITLE", "DIFFICULTY", "NODES", "ENDINGS", "TAGS"});
        for (Scenario s : scenarios) {
            String tags = String.join(", ", s.tags());
            rows.add(new String[] {s.id(), s.title(), s.difficulty() + "/5", String.valueOf(s.nodes().size()),
                    String.valueOf(s.endings().size()), own.contains(s) ? (tags.isEmpty() ? "own" : "own · " + tags) : tags});
        }
        int[] width = new int[6];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        boolean header = true;
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean numeric = i == 3 || i == 4;
                String cell = numeric ? " ".repeat(width[i] - row[i].length()) + row[i]
                        : i == row.length - 1 ? row[i] : row[i] + " ".repeat(width[i] - row[i].length());
                line.append(i == 0 ? "" : "  ").append(cell);
            }
            String text = line.toString().stripTrailing();
            out.println(header ? style.bold(text) : text);
            header = false;
        }
    }
}
