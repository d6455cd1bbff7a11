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
                "Without PATH, lists the scenarios built into Hotseat. Scenarios with errors are left out of the table"
                        + " and their errors printed (exit 1); run validate for the full list of problems."})
final class ListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Scenario files, or folders searched for *.yaml and *.yml files.")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() {
        return list(spec, paths);
    }

    /** Prints the table for {@code paths} (the built-in library when empty); the exit code. */
    static int list(CommandSpec spec, List<String> paths) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Style style = Style.detect();
        List<CheckResult> results = paths.isEmpty() ? ScenarioLibrary.builtIn().checkAll() : check(paths);
        List<Scenario> playable = new ArrayList<>();
        int broken = 0;
        for (CheckResult r : results) {
            if (r.playable()) {
                playable.add(r.loaded().scenario());
            } else {
                broken++;
                r.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> err.println(Style.PLAIN.diagnostic(d)));
            }
        }
        playable.sort(Scenario.EASIEST_FIRST);
        if (playable.isEmpty() && broken == 0) {
            out.println(paths.isEmpty() ? "No built-in scenarios in this build." : "No scenario files found.");
        } else if (!playable.isEmpty()) {
            table(out, style, playable);
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

    private static void table(PrintWriter out, Style style, List<Scenario> scenarios) {
        List<String[]> rows = new ArrayList<>();
        // Tags come last: in a narrow terminal only the end of a row wraps, and the counts stay aligned.
        rows.add(new String[] {"ID", "TITLE", "DIFFICULTY", "NODES", "ENDINGS", "TAGS"});
        for (Scenario s : scenarios) {
            rows.add(new String[] {s.id(), s.title(), s.difficulty() + "/5", String.valueOf(s.nodes().size()),
                    String.valueOf(s.endings().size()), String.join(", ", s.tags())});
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
