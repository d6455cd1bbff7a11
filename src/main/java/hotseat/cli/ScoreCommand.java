package hotseat.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import hotseat.authoring.NodeReview;
import hotseat.authoring.OptionReviewer;
import hotseat.authoring.ReplyBatch;
import hotseat.report.Ansi;
import hotseat.report.Bars;
import hotseat.conversation.ConversationEngine;
import hotseat.conversation.MeaningMatch;
import hotseat.conversation.ReplyMatcher;
import hotseat.scenario.Node;
import hotseat.scenario.Scenario;
import hotseat.scenario.Vocabulary;
import hotseat.scoring.Dimension;
import hotseat.scoring.Evidence;
import hotseat.scoring.ReplyScore;
import hotseat.scoring.ReplyScorer;
import hotseat.scoring.ScoringContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hotseat score}: rate one reply for a trainer, or a file of replies for a QA team. */
@Command(name = "score",
        mixinStandardHelpOptions = true,
        description = {
                "Score a reply on calmness, acknowledgment and resolution, with the evidence.",
                "Each dimension is scored 0-100. The evidence is every rule that fired, the words that fired it, and"
                        + " the points it gave or took.",
                "With --jsonl, score one JSON object per line ({\"customer\": \"...\", \"reply\": \"...\"}, "
                        + "optionally \"scenario\" and \"node\") and write one JSON result per line, in the same order. "
                        + "A line that cannot be scored gets {\"line\": N, \"error\": \"...\"} and the batch goes on.",
                "With --options, score every option the author of --scenario wrote (or those of --node), as a"
                        + " conversation scores them: against the node's customer line and the scenario's vocabulary,"
                        + " an option's scores hints replacing the scorer's figures. Each is shown beside its hints, its"
                        + " feedback and the author's view of it, read from the feedback's words (praise such as"
                        + " \"strong\", \"good\", \"warm\"; criticism such as \"cold\", \"blames\", \"sounds like\"),"
                        + " else from its hints, else from its ending (resolved, or lost and escalated).",
                "An option is marked ! where the two disagree: the author finds fault with it, yet its mean score"
                        + " is 60 or more; the author praises it, or it is the node's best (the closest to the model"
                        + " answer), yet its mean is 40 or less; or a hint is 30 or more points from the scorer's own"
                        + " figure (the hint overrides the scorer). Those are the options that need hints.",
                "Exit status: 0 all scored, 1 a file could not be read, a scenario is invalid or some lines could not"
                        + " be scored, 2 usage mistake."},
        footer = {"",
                "Examples:",
                "  hotseat score \"Sorry, I'll refund it.\" --customer \"You charged me twice!\"",
                "  hotseat score \"Let me check.\" --scenario scenarios/double-charge.yaml",
                "  hotseat score --scenario parcel-never-came --options",
                "  hotseat score --scenario scenarios/double-charge.yaml --options --node opening --json",
                "  hotseat score --jsonl replies.jsonl > scores.jsonl",
                "  hotseat score --rubric | less",
                "  cat replies.jsonl | hotseat score --jsonl -"})
public final class ScoreCommand implements Callable<Integer> {
    private static final int BAR_WIDTH = 20;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "REPLY", description = "The reply to score (quote it).")
    String reply;

    @Option(names = "--customer", paramLabel = "TEXT",
            description = "What the customer said, so that echoing their own words counts.")
    String customer;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "Score as in this scenario: its vocabulary counts, and the customer's line comes from --node."
                    + " With --options, a scenario file or the id of a built-in one.")
    String scenario;

    @Option(names = "--node", paramLabel = "ID",
            description = "The node of --scenario the reply answers (default: the scenario's start); with --options,"
                    + " the one node whose options to score (default: every node).")
    String node;

    @Option(names = "--options",
            description = "Score every authored option of --scenario (or of --node only) beside its hints and feedback,"
                    + " and mark where the scorer and the author disagree.")
    boolean options;

    @Option(names = "--rubric",
            description = "Print the built-in scoring rubric (every rule, its points, its note and its phrases) and stop.")
    boolean rubric;

    @Option(names = "--json", description = "Print the result as JSON instead of text.")
    boolean json;

    @Option(names = "--jsonl", paramLabel = "FILE",
            description = "Score every line of FILE (- for standard input) and write JSON lines.")
    String jsonl;

    /** Standard input; tests replace it. */
    InputStream stdin = System.in;

    private final java.util.function.Supplier<ReplyScorer> scorerSource;
    private ReplyScorer scorer;
    private ReplyBatch batch;
    /** Compares typed replies with a node's options for {@code "route"}; tests set their own. */
    ReplyMatcher matcher;
    private final JsonFactory jsonFactory = new JsonFactory();
    private final ScenarioContexts scenarios = new ScenarioContexts();

    // picocli builds every subcommand at start-up, so the rubric is read only when scoring runs:
    // reading it here made every command, even --version, parse the rubric first.
    public ScoreCommand() {
        this.scorerSource = Scorers::standard;
    }

    ScoreCommand(ReplyScorer scorer) {
        this.scorerSource = () -> scorer;
    }

    private ReplyScorer scorer() {
        if (scorer == null) {
            scorer = scorerSource.get();
        }
        return scorer;
    }

    private ReplyBatch batch() {
        if (batch == null) {
            batch = new ReplyBatch(scorer(), scenarios);
        }
        return batch;
    }

    @Override
    public Integer call() throws IOException {
        if (rubric) {
            try (java.io.InputStream in = ScoreCommand.class.getResourceAsStream(hotseat.load.ScoringFiles.RUBRIC)) {
                if (in == null) {
                    spec.commandLine().getErr().println("hotseat: the built-in rubric is missing from this copy of Hotseat");
                    return 1;
                }
                PrintWriter out = spec.commandLine().getOut();
                out.print(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                out.flush();
            }
            return 0;
        }
        if (options) {
            return options();
        }
        if (jsonl != null && reply != null) {
            throw usage("give either a REPLY or --jsonl FILE, not both");
        }
        if (jsonl == null && (reply == null || reply.isBlank())) {
            throw usage("nothing to score — give a REPLY in quotes, or --jsonl FILE (- for standard input)");
        }
        if (node != null && scenario == null) {
            throw usage("--node needs --scenario FILE: the node is looked up in that scenario");
        }
        if (jsonl != null) {
            if (json || customer != null || scenario != null) {
                throw usage("--json, --customer, --scenario and --node are for one reply; with --jsonl put "
                        + "\"customer\", \"scenario\" and \"node\" on each line");
            }
            return scoreLines();
        }
        ScoringContext context;
        try {
            context = scenario == null ? new ScoringContext(customer, Vocabulary.NONE)
                    : scenarios.context(scenario, node, customer);
        } catch (ReplyBatch.NoContext p) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(p.getMessage());
            err.flush();
            return 1;
        }
        ReplyScore score = scorer().score(reply, context);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, score, context, scenario == null ? null : scenarios.route(scenario, node, reply, score, matcher()));
        } else {
            printText(out, score, context);
        }
        out.flush();
        return 0;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    // ---- one reply ---------------------------------------------------------------------------

    private void printJson(PrintWriter out, ReplyScore score, ScoringContext context, ConversationEngine.TypedRoute route)
            throws IOException {
        try (JsonGenerator g = jsonFactory.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeStringField("reply", reply);
            if (!context.customerLine().isEmpty()) {
                g.writeStringField("customer", context.customerLine());
            }
            writeScore(g, score, true);
            if (scenario != null) {
                writeRoute(g, route);
            }
            g.writeEndObject();
        }
        out.println();
    }

    private void printText(PrintWriter out, ReplyScore score, ScoringContext context) {
        Style style = Style.detect();
        out.println("reply     " + reply);
        if (!context.customerLine().isEmpty()) {
            out.println("customer  " + context.customerLine());
        }
        if (scenario != null) {
            out.println("scenario  " + scenario + (node == null ? "" : " (node " + node + ")"));
        }
        out.println();
        for (Dimension d : Dimension.values()) {
            int v = score.get(d);
            Ansi tone = v >= 60 ? Ansi.GREEN : v >= 35 ? Ansi.YELLOW : Ansi.RED;
            out.printf(Locale.ROOT, "%-15s %s %3d%n", d.word(), tone.paint(Bars.of(v, BAR_WIDTH).toString(), style.colour()), v);
        }
        for (Dimension d : Dimension.values()) {
            out.println();
            out.println(d.word() + " (starts at " + scorer().startsAt(d) + ")");
            List<Evidence> items = score.evidenceFor(d);
            if (items.isEmpty()) {
                out.println("   none  no rule matched");
            }
            for (Evidence e : items) {
                String effect = e.effect() == 0 ? "    0" : String.format(Locale.ROOT, "%+5d", e.effect());
                Ansi tone = e.effect() > 0 ? Ansi.GREEN : e.effect() < 0 ? Ansi.RED : Ansi.DIM;
                out.println("  " + tone.paint(effect, style.colour()) + "  " + e.rule() + ": \"" + e.matched() + "\"");
                if (!e.note().isEmpty()) {
                    out.println("         " + e.note());
                }
            }
        }
    }

    // ---- a scenario's options ---------------------------------------------------------------

    private int options() throws IOException {
        if (scenario == null) {
            throw usage("--options needs --scenario FILE: the options are those the scenario's author wrote");
        }
        if (reply != null || jsonl != null || customer != null) {
            throw usage("--options scores the scenario's own options; give no REPLY, --jsonl or --customer with it");
        }
        PrintWriter err = spec.commandLine().getErr();
        Scenario s = ScenarioResolver.resolve(scenario, err).scenario();
        OptionReviewer reviewer = new OptionReviewer(scorer());
        List<NodeReview> reviews;
        if (node == null) {
            reviews = reviewer.review(s);
        } else {
            Node n = s.nodes().get(node);
            List<String> withOptions = s.nodes().entrySet().stream()
                    .filter(e -> !e.getValue().options().isEmpty()).map(Map.Entry::getKey).toList();
            if (n == null || n.options().isEmpty()) {
                String what = n != null ? "node '" + node + "' has no options, only typed replies"
                        : s.endings().containsKey(node) ? "'" + node + "' is an ending, not a node" : "no node '" + node + "'";
                throw new CommandFailure(s.id() + ": " + what + " — use one of: " + String.join(", ", withOptions), 2);
            }
            reviews = List.of(reviewer.review(s, node));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            OptionsReport.json(out, s, reviews);
        } else {
            OptionsReport.text(out, s, reviews, Style.detect());
        }
        out.flush();
        return 0;
    }

    // ---- batch -------------------------------------------------------------------------------

    private int scoreLines() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        long lineNumber = 0, failed = 0, scored = 0;
        try (BufferedReader in = open(jsonl);
             JsonGenerator g = jsonFactory.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
            g.setRootValueSeparator(null);
            String line;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String error = scoreLine(g, line);
                if (error != null) {
                    failed++;
                    g.writeStartObject();
                    g.writeNumberField("line", lineNumber);
                    g.writeStringField("error", error);
                    g.writeEndObject();
                } else {
                    scored++;
                }
                g.writeRaw('\n');
                // Flush whenever no more input is waiting: a pipe gets each answer at once, and a
                // file is written in large blocks.
                if (!in.ready()) {
                    g.flush();
                    out.flush();
                }
            }
            g.flush();
        }
        out.flush();
        if (failed > 0) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("hotseat: error: " + failed + " of " + (failed + scored) + " lines could not be scored"
                    + " — each has {\"line\": N, \"error\": ...} in the output; fix them and score again");
            err.flush();
            return 1;
        }
        return 0;
    }

    private BufferedReader open(String source) {
        if (source.equals("-")) {
            return new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8), 1 << 16);
        }
        Path path = Path.of(source);
        try {
            if (Files.isDirectory(path)) {
                throw new CommandFailure(source + ": is a folder — give a file with one JSON object per line");
            }
            return Files.newBufferedReader(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CommandFailure(source + ": no such file — check the path, or use - for standard input");
        } catch (IOException e) {
            throw new CommandFailure(source + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Scores one input line into {@code g}; returns an error message instead when the line is not
     * one JSON object or cannot be scored.
     */
    private String scoreLine(JsonGenerator g, String line) throws IOException {
        String reply = null, customer = null, scenario = null, node = null;
        try (JsonParser p = jsonFactory.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return "expected a JSON object like {\"customer\": \"...\", \"reply\": \"...\"}";
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "reply", "customer", "scenario", "node" -> {
                        if (value == JsonToken.VALUE_NULL) {
                            continue;
                        }
                        if (value != JsonToken.VALUE_STRING) {
                            return "\"" + name + "\" must be a string";
                        }
                        String text = p.getText();
                        switch (name) {
                            case "reply" -> reply = text;
                            case "customer" -> customer = text;
                            case "scenario" -> scenario = text;
                            default -> node = text;
                        }
                    }
                    default -> p.skipChildren(); // other fields (ids, timestamps) ride along unread
                }
            }
            if (t != JsonToken.END_OBJECT) {
                return "not valid JSON: the object is not closed — each line must be one JSON object";
            }
            if (p.nextToken() != null) {
                return "more than one JSON value on the line — put each object on its own line";
            }
        } catch (JsonProcessingException e) {
            return "not valid JSON: " + e.getOriginalMessage() + " — each line must be one JSON object";
        }
        ReplyBatch.Outcome outcome = batch().score(new ReplyBatch.Request(reply, customer, scenario, node));
        if (outcome instanceof ReplyBatch.Unscored u) {
            return u.reason();
        }
        g.writeStartObject();
        ReplyScore score = ((ReplyBatch.Scored) outcome).score();
        writeScore(g, score, false);
        if (scenario != null && node != null) {
            writeRoute(g, scenarios.route(scenario, node, reply, score, matcher()));
        }
        g.writeEndObject();
        return null;
    }

    /** The matcher for routes: the model's, loaded when a route is first asked for (tests set their own). */
    private ReplyMatcher matcher() {
        if (matcher == null) {
            matcher = Matchers.inBackground();
        }
        return matcher;
    }

    /**
     * Where the reply would go from the node: {@code "route": {"next": …, "option": N or null,
     * "similarity": …, "runner_up": N or null, "runner_up_similarity": …}} — {@code option} the
     * option it follows by meaning, {@code closest} and the similarities whatever it followed
     * (null when nothing was compared); {@code "route": null} where the node takes no typed reply.
     */
    private static void writeRoute(JsonGenerator g, ConversationEngine.TypedRoute route) throws IOException {
        g.writeFieldName("route");
        if (route == null) {
            g.writeNull();
            return;
        }
        MeaningMatch m = route.match();
        g.writeStartObject();
        g.writeStringField("next", route.next());
        if (m != null && m.matched()) {
            g.writeNumberField("option", m.closest());
        } else {
            g.writeNullField("option");
        }
        if (m == null) {
            g.writeNullField("closest");
            g.writeNullField("similarity");
            g.writeNullField("runner_up");
            g.writeNullField("runner_up_similarity");
        } else {
            g.writeNumberField("closest", m.closest());
            g.writeNumberField("similarity", m.similarity());
            if (m.runnerUp() > 0) {
                g.writeNumberField("runner_up", m.runnerUp());
                g.writeNumberField("runner_up_similarity", m.runnerUpSimilarity());
            } else {
                g.writeNullField("runner_up");
                g.writeNullField("runner_up_similarity");
            }
        }
        g.writeEndObject();
    }

    private static void writeScore(JsonGenerator g, ReplyScore score, boolean notes) throws IOException {
        g.writeNumberField("calmness", score.calmness());
        g.writeNumberField("acknowledgment", score.acknowledgment());
        g.writeNumberField("resolution", score.resolution());
        g.writeArrayFieldStart("evidence");
        for (Evidence e : score.evidence()) {
            g.writeStartObject();
            g.writeStringField("dimension", e.dimension().word());
            g.writeStringField("rule", e.rule());
            g.writeStringField("matched", e.matched());
            g.writeNumberField("effect", e.effect());
            if (notes && !e.note().isEmpty()) {
                g.writeStringField("note", e.note());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
