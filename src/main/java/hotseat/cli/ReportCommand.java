package hotseat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import hotseat.cohort.Cohort;
import hotseat.cohort.CohortBuilder;
import hotseat.cohort.CohortRun;
import hotseat.load.CheckResult;
import hotseat.load.ScenarioLibrary;
import hotseat.report.CohortFormat;
import hotseat.scenario.Scenario;
import hotseat.session.Playable;
import hotseat.store.RunDatabase;
import hotseat.store.RunFilter;
import hotseat.store.StoreException;
import hotseat.xapi.LrsClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hotseat report}: a room of trainees seen as a whole, for the facilitator's debrief and the trainer. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = {"Report on a room of trainees over their saved runs: who took part and finished, the endings"
                + " reached, how each score spreads, the room's strongest and weakest habits, every scene (how many"
                + " reached it, what they chose, their typed replies beside the model answer, time to answer), each"
                + " trainee's first reply that fell short, the scenes to discuss first, and the branch map as a heat map.",
                "Trainees are shown as Trainee 1, 2, … unless --names is given.",
                "With --xapi or --xapi-endpoint the runs go out as xAPI statements, to a file or a Learning Record Store;"
                + " the report itself is then written only when --format or --out is given too."},
        footer = {"",
                "Examples:",
                "  hotseat report --scenario parcel-never-came --since 2026-03-01",
                "  hotseat report --scenario parcel-never-came --format html --out room.html",
                "  hotseat report --trainee ana --format json",
                "  hotseat report --scenario parcel-never-came --format dot | dot -Tsvg > heat.svg",
                "  hotseat report --room onboarding --xapi statements.json",
                "  HOTSEAT_XAPI_PASSWORD=… hotseat report --room onboarding --names \\",
                "      --xapi-endpoint https://lrs.example.org/xapi/ --xapi-user hotseat"})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Mixin
    RunFilterOptions pick;

    @Option(names = "--room", paramLabel = "ID", description = "Only runs played in this workshop room: its name (every day it was"
            + " served) or a workshop's id, the room and the day (rooms come from hotseat serve).")
    String room;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            completionCandidates = FormatNames.class,
            description = "text, markdown, json, html, csv (one row a scene), or the branch map as a heat map in dot or mermaid"
                    + " (one scenario) (default: ${DEFAULT-VALUE}).")
    CohortFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of the screen.")
    Path out;

    @Option(names = "--names", description = "Show trainees' names instead of Trainee 1, 2, … (they are numbered by default);"
            + " in xAPI statements, their names instead of pseudonyms.")
    boolean names;

    @Mixin
    XapiOptions xapi;

    @Override
    public Integer call() {
        String roomId = RunFilterOptions.blankToNull(room, "--room");
        RunFilter filter = pick.filter(0);
        // With xAPI asked for, the report is written only when asked for as well.
        var parsed = spec.commandLine().getParseResult();
        boolean report = !xapi.wanted() || out != null || parsed.hasMatchedOption("--format");
        if (report && out == null && xapi.toScreen()) {
            throw new CommandFailure("--xapi - and the report would both be written to the screen — write one of them to a"
                    + " file (--xapi FILE or --out FILE)", 2);
        }
        LrsClient lrs = xapi.client(db.env, names);
        List<CohortRun> runs;
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        try (RunDatabase store = db.open(spec.commandLine().getErr())) {
            if (roomId != null && !store.keepsRooms()) {
                throw new CommandFailure("--room: runs in " + store.database().shown() + " do not record a room — rooms come"
                        + " from workshops run with hotseat serve; pick runs with --scenario, --trainee and --since instead", 2);
            }
            // The scenarios are read and checked on another thread while the runs are read.
            Map<String, CompletableFuture<Optional<Scenario>>> loading = new LinkedHashMap<>();
            // Only the report needs the scenarios' text; statements are made from the runs alone.
            for (String id : report ? store.cohortScenarios(filter, roomId) : List.<String>of()) {
                Optional<String> text = store.latestScenarioText(id);
                loading.put(id, CompletableFuture.supplyAsync(() -> scenario(id, text, db.env)));
            }
            runs = store.cohort(filter, roomId);
            loading.forEach((id, future) -> future.join().ifPresent(s -> scenarios.put(id, s)));
            if (runs.isEmpty()) {
                boolean filtered = filter.scenarioId() != null || filter.trainee() != null || filter.since() != null
                        || filter.before() != null || roomId != null;
                throw new CommandFailure(filtered
                        ? "no runs match " + selection(roomId, filter) + " in " + store.database().shown()
                        + " — see the saved runs with: hotseat runs"
                        : "no runs in " + store.database().shown() + " yet — play one with: hotseat play SCENARIO");
            }
        } catch (StoreException e) {
            throw new CommandFailure(e.getMessage());
        }
        if (report) {
            report(runs, scenarios, roomId, filter);
        }
        if (xapi.wanted()) {
            xapi.export(runs, names, lrs, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return 0;
    }

    private void report(List<CohortRun> runs, Map<String, Scenario> scenarios, String roomId, RunFilter filter) {
        Cohort cohort = CohortBuilder.build(selection(roomId, filter), runs, scenarios, names);
        if (format.isMap()) {
            if (cohort.scenarios().size() != 1) {
                throw new CommandFailure("--format " + format.word() + " draws one scenario's branch map, and these runs are of "
                        + cohort.scenarios().size() + ": " + String.join(", ", cohort.scenarios().stream()
                        .map(Cohort.ScenarioPart::scenarioId).toList()) + " — pick one with --scenario ID", 2);
            }
            if (!scenarios.containsKey(cohort.scenarios().get(0).scenarioId())) {
                throw new CommandFailure("the file of scenario " + cohort.scenarios().get(0).scenarioId() + " is not kept with its"
                        + " runs and is not built in, so its branch map cannot be drawn — the other formats report on it all the same");
            }
        }
        boolean colour = out == null && format == CohortFormat.TEXT && Style.detect().colour();
        OutputFile.write(format.render(cohort, scenarios, colour), out, spec.commandLine().getOut(), "Report");
    }

    /**
     * The scenario as its runs were last played on it: the text kept with them, else the one with
     * that id in the library (the trainer's own scenarios first, then the built-in ones).
     */
    private static Optional<Scenario> scenario(String id, Optional<String> text, java.util.Map<String, String> env) {
        if (text.isPresent()) {
            Playable p = ScenarioResolver.fromText(id + ".yaml", text.get());
            if (p != null) {
                return Optional.of(p.scenario());
            }
        }
        if (id.matches("[A-Za-z0-9_-]+")) {
            CheckResult r = ScenarioLibrary.forUser(env).resolve(id);
            if (r.playable() && id.equals(r.loaded().scenario().id())) {
                return Optional.of(r.loaded().scenario());
            }
        }
        return Optional.empty();
    }

    private String selection(String roomId, RunFilter filter) {
        List<String> parts = new ArrayList<>();
        if (roomId != null) {
            parts.add("room " + roomId);
        }
        if (filter.scenarioId() != null) {
            parts.add("scenario " + filter.scenarioId());
        }
        if (filter.trainee() != null) {
            parts.add("trainee " + filter.trainee());
        }
        if (pick.since != null) {
            parts.add("since " + pick.since.strip());
        }
        if (pick.until != null) {
            parts.add("until " + pick.until.strip());
        }
        return parts.isEmpty() ? "all runs" : String.join(", ", parts);
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<CohortFormat> {
        @Override
        public CohortFormat convert(String value) {
            try {
                return CohortFormat.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("\"" + value + "\" is not a report format — use one of "
                        + String.join(", ", new FormatNames()));
            }
        }
    }

    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(CohortFormat.values()).map(CohortFormat::word).iterator();
        }
    }
}
