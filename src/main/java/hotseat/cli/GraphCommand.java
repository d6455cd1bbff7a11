package hotseat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;

import hotseat.graph.BranchMap;
import hotseat.graph.GraphFormat;
import hotseat.load.CheckResult;
import hotseat.load.Diagnostic;
import hotseat.load.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hotseat graph SCENARIO --format dot|mermaid [--out FILE]}: the branching map of a scenario. */
@Command(name = "graph",
        mixinStandardHelpOptions = true,
        description = {
                "Draw a map of a scenario's branches, in Mermaid, DOT or SVG.",
                "Nodes show the customer's line, edges the options and typed-reply routes, mood triggers come from"
                        + " a diamond, and endings are shaped by outcome.",
                "Mermaid renders in Markdown on code-hosting sites; DOT renders with Graphviz; SVG is drawn by"
                        + " Graphviz's dot, which must be installed (exit status 1, with a message, where it is not)."},
        footer = {"",
                "Examples:",
                "  hotseat graph scenarios/double-charge.yaml > map.mmd",
                "  hotseat graph double-charge --format dot --out map.dot",
                "  hotseat graph double-charge --format svg --out map.svg"})
final class GraphCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO",
            description = "A scenario file, or the id of a built-in scenario (see `hotseat list`).")
    String scenario;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mermaid",
            description = "mermaid (the default), dot, or svg (drawn by Graphviz's dot).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the map to FILE instead of standard output.")
    Path out;

    /** The Graphviz program that draws --format svg; tests point it elsewhere. */
    String dot = "dot";

    @Override
    public Integer call() {
        boolean svg = format.equalsIgnoreCase("svg");
        GraphFormat chosen = switch (format.toLowerCase(Locale.ROOT)) {
            case "mermaid", "mmd" -> GraphFormat.MERMAID;
            case "dot", "graphviz", "svg" -> GraphFormat.DOT;
            default -> throw new CommandFailure("--format " + format + " is not known — use mermaid, dot or svg", 2);
        };
        PrintWriter err = spec.commandLine().getErr();
        CheckResult result = ScenarioLibrary.forUser(System.getenv()).resolve(Arguments.named(scenario, "the scenario", Arguments.SCENARIO_FIX));
        if (result.loaded() == null) {
            result.diagnostics().forEach(d -> err.println(d.format()));
            err.flush();
            return 1;
        }
        long errors = result.errors();
        if (errors > 0) {
            // Still drawn: a map is how an author finds a broken branch; missing targets show dashed.
            for (Diagnostic d : result.diagnostics()) {
                if (d.isError()) {
                    err.println(d.format());
                }
            }
            err.println("hotseat: drawing it anyway; missing targets are shown with a dashed border");
            err.flush();
        }
        String text = chosen.write(BranchMap.of(result.loaded().scenario()));
        if (svg) {
            text = render(text);
        }
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
        } else {
            write(out, text);
        }
        return 0;
    }

    /** The DOT map drawn as SVG by Graphviz's {@code dot}, or a failure that says how to get it. */
    private String render(String dotText) {
        Process process;
        try {
            process = new ProcessBuilder(dot, "-Tsvg").redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new CommandFailure("--format svg needs Graphviz's dot program, which is not installed here (or not on"
                    + " the PATH) — install Graphviz (apt install graphviz, brew install graphviz, winget install graphviz),"
                    + " or write DOT and draw it elsewhere: hotseat graph " + scenario + " --format dot --out map.dot");
        }
        try {
            java.util.concurrent.CompletableFuture<byte[]> stderr = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return process.getErrorStream().readAllBytes();
                } catch (IOException e) {
                    return new byte[0];
                }
            });
            try (var in = process.getOutputStream()) {
                in.write(dotText.getBytes(StandardCharsets.UTF_8));
            }
            String svgText = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = process.waitFor();
            if (status != 0) {
                String why = new String(stderr.join(), StandardCharsets.UTF_8).strip();
                throw new CommandFailure("Graphviz's dot could not draw the map (exit status " + status + ")"
                        + (why.isEmpty() ? "" : ": " + why) + " — --format dot writes the map it was given");
            }
            return svgText;
        } catch (IOException e) {
            process.destroy();
            throw new CommandFailure("Graphviz's dot stopped before drawing the map (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new CommandFailure("interrupted while Graphviz's dot was drawing the map");
        }
    }

    /** Writes through a temporary file and a rename, so a reader never sees half a map. */
    private static void write(Path target, String text) {
        Path dir = target.toAbsolutePath().getParent();
        try {
            Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new CommandFailure(target + ": cannot write the map (" + e.getMessage() + ")");
        }
    }
}
