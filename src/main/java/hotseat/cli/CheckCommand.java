package hotseat.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import hotseat.load.CheckResult;
import hotseat.load.Diagnostic;
import hotseat.load.Location;
import hotseat.load.ScenarioChecker;
import hotseat.load.ScenarioFiles;
import hotseat.load.SourceMap;
import hotseat.playtest.CheckSettings;
import hotseat.playtest.EndingReach;
import hotseat.playtest.Finding;
import hotseat.playtest.PlayTester;
import hotseat.playtest.ReplyPool;
import hotseat.playtest.ReportText;
import hotseat.playtest.ScenarioReport;
import hotseat.playtest.Spread;
import hotseat.playtest.TestResult;
import hotseat.scoring.ReplyScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hotseat check PATH...}: automated play-testing. Loads and validates each scenario, then
 * hands it to the play-tester and prints its report, as text for trainers or JSON for tools.
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
        ReplyPool pool = ReplyPool.builtIn();
        boolean colour = !json && Style.detect().colour();

        // Scenarios are independent, so they are played side by side; each has its own tester, and
        // the report is assembled in the order the files were given, so it never depends on timing.
        List<Future<Checked>> pending = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(
                Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), runnable -> {
                    Thread t = new Thread(runnable, "hotseat-check");
                    t.setDaemon(true);
                    return t;
                });
        for (String argument : paths) {
            List<ScenarioFiles.Found> found = ScenarioArguments.expand(argument);
            ScenarioArguments.emptyFolder(argument, found).ifPresent(problem ->
                    pending.add(CompletableFuture.completedFuture(new Checked(argument, null, null, List.of(problem)))));
            for (ScenarioFiles.Found f : found) {
                pending.add(workers.submit(() -> play(new PlayTester(scorer, pool, settings),
                        new ScenarioChecker().check(f.path(), f.name()))));
            }
        }
        List<Checked> checked = new ArrayList<>();
        try {
            for (Future<Checked> f : pending) {
                checked.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure("interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }

        PrintWriter out = spec.commandLine().getOut();
        List<ScenarioReport> reports = checked.stream().filter(c -> c.report != null).map(c -> c.report).toList();
        int unplayable = (int) checked.stream().filter(c -> c.report == null).count();
        if (json) {
            out.println(json(settings, checked));
        } else {
            ReportText text = new ReportText(where -> "", colour);
            for (Checked c : checked) {
                if (c.report == null) {
                    Style style = colour ? Style.detect() : Style.PLAIN;
                    out.println((colour ? style.bold(c.file) : c.file) + ": cannot be play-tested until these are fixed:");
                    c.problems.forEach(d -> out.println("  " + style.diagnostic(d)));
                } else {
                    out.print(new ReportText(where -> locate(c, where), colour).render(c.file, c.report));
                }
                out.println();
            }
            out.print(text.summary(reports, unplayable));
        }
        out.flush();
        boolean failed = unplayable > 0 || reports.stream().anyMatch(ScenarioReport::failed);
        return failed ? 1 : 0;
    }

    /** One file: its report when it could be played, else the problems that stopped it. */
    private record Checked(String file, SourceMap sourceMap, ScenarioReport report, List<Diagnostic> problems) {}

    private Checked play(PlayTester tester, CheckResult result) {
        if (!result.playable()) {
            return new Checked(result.file(), null, null,
                    result.diagnostics().stream().filter(Diagnostic::isError).toList());
        }
        var loaded = result.loaded();
        try {
            ScenarioReport report = tester.check(loaded.scenario(), loaded.scenario().tests());
            return new Checked(result.file(), loaded.sourceMap(), report, List.of());
        } catch (RuntimeException e) {
            // The validator passed it, yet the engine could not play it: say so for this file and go on.
            return new Checked(result.file(), null, null, List.of(Diagnostic.error(result.file(), null,
                    "the conversation engine could not play this scenario: " + e.getMessage())));
        }
    }

    private static String locate(Checked c, String where) {
        Location l = c.sourceMap.locate(where);
        return c.file + ":" + l.line() + ":" + l.column();
    }

    private static String json(CheckSettings settings, List<Checked> checked) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("walks", settings.walks());
        root.put("seed", settings.seed());
        root.put("max_turns", settings.maxTurns());
        boolean passed = true;
        ArrayNode scenarios = root.putArray("scenarios");
        for (Checked c : checked) {
            ObjectNode s = scenarios.addObject();
            s.put("file", c.file);
            if (c.report == null) {
                passed = false;
                s.put("passed", false);
                ArrayNode problems = s.putArray("problems");
                for (Diagnostic d : c.problems) {
                    ObjectNode p = problems.addObject();
                    p.put("severity", d.severity().word());
                    if (d.location() != null) {
                        p.put("line", d.location().line());
                        p.put("column", d.location().column());
                    }
                    p.put("message", d.message());
                }
                continue;
            }
            ScenarioReport r = c.report;
            passed &= !r.failed();
            s.put("id", r.id());
            s.put("title", r.title());
            s.put("passed", !r.failed());
            s.put("errors", r.errors());
            s.put("warnings", r.warnings());
            ObjectNode x = s.putObject("exploration");
            x.put("states", r.exploration().states());
            x.put("replies_tried", r.exploration().choices());
            x.put("bounded", r.exploration().bounded());
            strings(x.putArray("endings_reached"), r.exploration().endingsReached());
            ObjectNode w = s.putObject("walks");
            w.put("count", r.walks().count());
            w.put("ended", r.walks().ended());
            w.put("over_turn_limit", r.walks().overTurnLimit());
            spread(w.putObject("turns"), r.walks().turns());
            w.put("poor_yet_resolved", r.walks().poorYetResolved());
            ObjectNode nodes = s.putObject("nodes");
            nodes.put("total", r.nodes());
            nodes.put("reached", r.nodesReached());
            strings(nodes.putArray("never_reached"), r.nodesNeverReached());
            ArrayNode endings = s.putArray("endings");
            for (EndingReach e : r.endings()) {
                ObjectNode o = endings.addObject();
                o.put("id", e.id());
                o.put("outcome", e.outcome() == null ? null : e.outcome().word());
                o.put("explored", e.explored());
                strings(o.putArray("shortest_replies"), e.shortest());
                o.put("walks", e.walks());
                o.put("rate", Math.round(e.rate() * 10000) / 10000.0);
                spread(o.putObject("calmness"), e.calmness());
                spread(o.putObject("acknowledgment"), e.acknowledgment());
                spread(o.putObject("resolution"), e.resolution());
                spread(o.putObject("mood"), e.mood());
                spread(o.putObject("turns"), e.turns());
            }
            ArrayNode tests = s.putArray("tests");
            for (TestResult t : r.tests()) {
                ObjectNode o = tests.addObject();
                o.put("name", t.name());
                o.put("line", c.sourceMap.locate(t.where()).line());
                o.put("passed", t.passed());
                o.put("reached", t.reached());
                ArrayNode failures = o.putArray("failures");
                for (TestResult.Failure f : t.failures()) {
                    ObjectNode fo = failures.addObject();
                    Location l = c.sourceMap.locate(f.where());
                    fo.put("line", l.line());
                    fo.put("column", l.column());
                    fo.put("message", f.message());
                }
            }
            ArrayNode findings = s.putArray("findings");
            for (Finding f : r.findings()) {
                ObjectNode o = findings.addObject();
                o.put("severity", f.isError() ? "error" : "warning");
                o.put("kind", f.kind().word());
                Location l = c.sourceMap.locate(f.where());
                o.put("line", l.line());
                o.put("column", l.column());
                o.put("where", f.where());
                o.put("message", f.message());
                strings(o.putArray("replies"), f.example());
            }
        }
        root.put("passed", passed);
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void spread(ObjectNode o, Spread s) {
        o.put("min", s.min());
        o.put("median", s.median());
        o.put("max", s.max());
    }
}
