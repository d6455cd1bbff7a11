package hotseat.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

import hotseat.load.CheckResult;
import hotseat.load.ScenarioChecker;
import hotseat.load.ScenarioFiles;
import hotseat.load.ScoringFiles;
import hotseat.playtest.CheckSettings;
import hotseat.conversation.ReplyMatcher;
import hotseat.playtest.PlayTests;
import hotseat.playtest.ReplyPool;
import hotseat.playtest.ReportText;
import hotseat.playtest.ScenarioReport;
import hotseat.scoring.ReplyScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hotseat check PATH...}: automated play-testing. Loads and validates each scenario, has
 * the playable ones play-tested ({@link PlayTests}) and prints the reports, as text for trainers
 * or JSON for tools ({@link CheckJson}).
 */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {
                "Play-test scenarios: every option, random conversations and each file's tests.",
                "Tries every option from every state, plays seeded random conversations with strong, middling and"
                        + " poor typed replies, and runs the tests written in each file.",
                "Reports node coverage, how often each ending is reached and with what scores, loops with no way out,"
                        + " poor replies that still resolve, walks past the turn limit and failed tests.",
                "Exit status: 0 no errors, 1 errors found, 2 usage mistake."},
        footer = {"",
                "Examples:",
                "  hotseat check scenarios/",
                "  hotseat check scenarios/double-charge.yaml --walks 5000 --seed 7",
                "  hotseat check scenarios/ --json > report.json"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Scenario files, or folders searched for *.yaml and *.yml files.")
    List<String> paths;

    @Option(names = "--walks", paramLabel = "N", defaultValue = "" + CheckSettings.DEFAULT_WALKS,
            description = "Random conversations per scenario (default: ${DEFAULT-VALUE}).")
    int walks;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + CheckSettings.DEFAULT_SEED,
            description = "Seed for the random conversations; the same seed gives the same report (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-turns", paramLabel = "T", defaultValue = "" + CheckSettings.DEFAULT_MAX_TURNS,
            description = "A random conversation still going after T replies is an error (default: ${DEFAULT-VALUE}).")
    int maxTurns;

    @Option(names = "--json", description = "Print the report as JSON, for tools.")
    boolean json;

    /** Compares typed replies with the options by meaning; tests set their own (null: the model's). */
    ReplyMatcher matcher;

    @Override
    public Integer call() {
        if (walks < 0) {
            throw new CommandFailure("--walks " + walks + " cannot be negative — give 0 to skip random play", 2);
        }
        if (maxTurns < 1) {
            throw new CommandFailure("--max-turns " + maxTurns + " is too small — give at least 1", 2);
        }
        CheckSettings settings = new CheckSettings(walks, seed, maxTurns, CheckSettings.DEFAULT_MAX_STATES);
        ReplyScorer scorer = Scorers.standard();
        ReplyPool pool = ScoringFiles.builtInReplyPool();
        boolean colour = !json && Style.detect().colour();

        ReplyMatcher m = matcher != null ? matcher : Matchers.inBackground();
        List<CheckedFile> checked = check(settings, scorer, m, pool);
        m.unavailable().ifPresent(why -> {
            PrintWriter err = spec.commandLine().getErr();
            err.println("note: typed replies were not matched to options by meaning: " + why
                    + "; they followed the routes, and options too close in meaning were not looked for");
            err.flush();
        });

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CheckJson.render(settings, checked));
        } else {
            for (CheckedFile c : checked) {
                if (c.report() == null) {
                    Style style = colour ? Style.detect() : Style.PLAIN;
                    out.println(style.bold(c.file()) + ": cannot be play-tested until these are fixed:");
                    c.problems().forEach(d -> out.println("  " + style.diagnostic(d)));
                } else {
                    out.print(new ReportText(where -> c.locate(where), colour).render(c.file(), c.report()));
                }
                out.println();
            }
            List<ScenarioReport> reports = checked.stream().map(CheckedFile::report).filter(r -> r != null).toList();
            out.print(new ReportText(where -> "", colour).summary(reports, checked.size() - reports.size()));
        }
        out.flush();
        return checked.stream().allMatch(CheckedFile::passed) ? 0 : 1;
    }

    /** Reads every file the arguments name, in order, and play-tests those that can be played. */
    private List<CheckedFile> check(CheckSettings settings, ReplyScorer scorer, ReplyMatcher matcher, ReplyPool pool) {
        List<CheckResult> read = new ArrayList<>();
        ScenarioChecker checker = new ScenarioChecker();
        for (String argument : paths) {
            List<ScenarioFiles.Found> found = ScenarioArguments.expand(argument);
            ScenarioArguments.emptyFolder(argument, found).ifPresent(problem ->
                    read.add(new CheckResult(argument, null, List.of(problem))));
            for (ScenarioFiles.Found f : found) {
                read.add(checker.check(f.path(), f.name()));
            }
        }
        Iterator<PlayTests.Result> played;
        try {
            played = PlayTests.run(read.stream().filter(CheckResult::playable).map(r -> r.loaded().scenario()).toList(),
                    scorer, matcher, pool, settings).iterator();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure("interrupted");
        }
        List<CheckedFile> files = new ArrayList<>();
        for (CheckResult r : read) {
            files.add(r.playable() ? CheckedFile.played(r, played.next()) : CheckedFile.unplayable(r));
        }
        return files;
    }
}
