package hotseat.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import hotseat.load.CheckResult;
import hotseat.load.Diagnostic;
import hotseat.load.ScenarioChecker;
import hotseat.load.ScenarioFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hotseat validate [--strict] PATH...}: one line per problem, exit 1 when any is an error. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {
                "Check scenario files for mistakes before a trainee meets them.",
                "Prints one line per problem: path:line:col: error: message (or warning:); --format json or sarif"
                        + " prints them for tools and code hosts instead.",
                "Exit status: 0 no errors, 1 errors found (or warnings, with --strict), 2 usage mistake."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--strict", description = "Fail on warnings too (what CI runs).")
    boolean strict;

    /** How the problems are printed. */
    enum Format { text, json, sarif }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one line per problem, the default), json (for tools) or sarif (SARIF 2.1.0, which code"
                    + " hosts such as GitHub turn into notes on a pull request's lines).")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Scenario files, or folders searched for *.yaml and *.yml files.")
    List<String> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Style style = Style.detect();
        ScenarioChecker checker = new ScenarioChecker();
        int files = 0;
        long errors = 0;
        long warnings = 0;
        List<Diagnostic> all = new ArrayList<>();
        for (String argument : paths) {
            List<ScenarioFiles.Found> found = ScenarioArguments.expand(argument);
            Optional<Diagnostic> empty = ScenarioArguments.emptyFolder(argument, found);
            if (empty.isPresent()) {
                all.add(empty.get());
                errors++;
            }
            for (ScenarioFiles.Found f : found) {
                CheckResult result = checker.check(f.path(), f.name());
                files++;
                errors += result.errors();
                warnings += result.warnings();
                all.addAll(result.diagnostics());
            }
        }
        switch (format) {
            case text -> all.forEach(d -> out.println(style.diagnostic(d)));
            case json -> out.print(ValidateReport.json(all, files, errors, warnings));
            case sarif -> out.print(ValidateReport.sarif(all, HotseatCommand.class.getPackage().getImplementationVersion()));
        }
        out.flush();
        err.println("checked " + files + (files == 1 ? " file: " : " files: ") + plural(errors, "error") + ", "
                + plural(warnings, "warning") + (strict && warnings > 0 && errors == 0 ? " (--strict: warnings fail)" : ""));
        err.flush();
        return errors > 0 || strict && warnings > 0 ? 1 : 0;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
