package hotseat.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import hotseat.scenario.Vocabulary;
import hotseat.scoring.Dimension;
import hotseat.scoring.Evidence;
import hotseat.scoring.ReplyScore;
import hotseat.scoring.ReplyScorer;
import hotseat.scoring.RubricScorer;
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
                "Score a reply on calmness, acknowledgment and resolution (0-100 each) and show the evidence.",
                "With --jsonl, score one JSON object per line ({\"customer\": \"...\", \"reply\": \"...\"}) "
                        + "and write one JSON result per line, in the same order."},
        footer = {"",
                "Examples:",
                "  hotseat score \"I'm so sorry, I'll refund you today.\" --customer \"You charged me twice!\"",
                "  hotseat score --jsonl replies.jsonl > scores.jsonl",
                "  cat replies.jsonl | hotseat score --jsonl -"})
public final class ScoreCommand implements Callable<Integer> {
    private static final int BAR_WIDTH = 20;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "REPLY", description = "The reply to score (quote it).")
    String reply;

    @Option(names = "--customer", paramLabel = "TEXT",
            description = "What the customer said, so echoing their words counts.")
    String customer;

    @Option(names = "--json", description = "Print the result as JSON instead of text.")
    boolean json;

    @Option(names = "--jsonl", paramLabel = "FILE",
            description = "Score every line of FILE (- for standard input) and write JSON lines.")
    String jsonl;

    /** Standard input; tests replace it. */
    InputStream stdin = System.in;

    private final ReplyScorer scorer;
    private final ObjectMapper mapper = new ObjectMapper();

    public ScoreCommand() {
        this(RubricScorer.builtIn());
    }

    ScoreCommand(ReplyScorer scorer) {
        this.scorer = scorer;
    }

    @Override
    public Integer call() throws IOException {
        if (jsonl != null && reply != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give either a REPLY or --jsonl FILE, not both");
        }
        if (jsonl == null && reply == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "nothing to score — give a REPLY in quotes, or --jsonl FILE (- for standard input)");
        }
        if (jsonl != null) {
            if (json || customer != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--json and --customer are for one reply; with --jsonl put \"customer\" on each line");
            }
            return batch();
        }
        ScoringContext context = new ScoringContext(customer, Vocabulary.NONE);
        ReplyScore score = scorer.score(reply, context);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, score);
        } else {
            printText(out, score);
        }
        out.flush();
        return 0;
    }

    // ---- one reply ---------------------------------------------------------------------------

    private void printJson(PrintWriter out, ReplyScore score) throws IOException {
        JsonGenerator g = mapper.getFactory().createGenerator(out);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("reply", reply);
        if (customer != null) {
            g.writeStringField("customer", customer);
        }
        writeScore(g, score, true);
        g.writeEndObject();
        g.close();
        out.println();
    }

    private void printText(PrintWriter out, ReplyScore score) {
        boolean colour = colourWanted();
        out.println("reply     " + reply);
        if (customer != null) {
            out.println("customer  " + customer);
        }
        out.println();
        for (Dimension d : Dimension.values()) {
            int v = score.get(d);
            int filled = (v * BAR_WIDTH + 50) / 100;
            String bar = "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled);
            out.printf(Locale.ROOT, "%-15s %s %3d%n", d.word(), paint(bar, v >= 60 ? 32 : v >= 35 ? 33 : 31, colour), v);
        }
        for (Dimension d : Dimension.values()) {
            out.println();
            int base = scorer instanceof RubricScorer r ? r.rubric().base().getOrDefault(d.word(), 0) : 0;
            out.println(d.word() + " (starts at " + base + ")");
            var items = score.evidenceFor(d);
            if (items.isEmpty()) {
                out.println("   none  no rule matched");
            }
            for (Evidence e : items) {
                String effect = e.effect() == 0 ? "    0" : String.format(Locale.ROOT, "%+5d", e.effect());
                out.println("  " + paint(effect, e.effect() > 0 ? 32 : e.effect() < 0 ? 31 : 2, colour)
                        + "  " + e.rule() + ": \"" + e.matched() + "\"");
                if (!e.note().isEmpty()) {
                    out.println("         " + e.note());
                }
            }
        }
    }

    private static boolean colourWanted() {
        String noColor = System.getenv("NO_COLOR");
        return System.console() != null && (noColor == null || noColor.isEmpty());
    }

    private static String paint(String s, int sgr, boolean colour) {
        return colour ? "\u001b[" + sgr + "m" + s + "\u001b[0m" : s;
    }

    // ---- batch -------------------------------------------------------------------------------

    private int batch() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        long lineNumber = 0, failed = 0, scored = 0;
        try (BufferedReader in = open(jsonl);
             JsonGenerator g = new JsonFactory().createGenerator(out)) {
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
                // Flush when no more input is waiting, so a pipe gets answers line by line,
                // and a file is written in large blocks.
                if (!in.ready()) {
                    g.flush();
                    out.flush();
                }
            }
            g.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
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
            return Files.newBufferedReader(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CommandFailure(source + ": no such file — check the path, or use - for standard input");
        } catch (IOException e) {
            throw new CommandFailure(source + ": cannot read: " + e.getMessage());
        }
    }

    /** Scores one input line into {@code g}; returns an error message instead when the line is not usable. */
    private String scoreLine(JsonGenerator g, String line) throws IOException {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            return "not valid JSON: " + e.getOriginalMessage() + " — each line must be one JSON object";
        }
        if (node == null || !node.isObject()) {
            return "expected a JSON object like {\"customer\": \"...\", \"reply\": \"...\"}";
        }
        JsonNode r = node.get("reply");
        if (r == null || r.isNull()) {
            return "missing \"reply\" — add the trainee's reply as \"reply\": \"...\"";
        }
        if (!r.isTextual()) {
            return "\"reply\" must be a string";
        }
        JsonNode c = node.get("customer");
        if (c != null && !c.isNull() && !c.isTextual()) {
            return "\"customer\" must be a string";
        }
        ReplyScore score = scorer.score(r.asText(), new ScoringContext(c == null ? "" : c.asText(""), Vocabulary.NONE));
        g.writeStartObject();
        writeScore(g, score, false);
        g.writeEndObject();
        return null;
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
