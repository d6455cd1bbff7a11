package hotseat.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import hotseat.report.ReportFormat;
import hotseat.session.RunRecord;
import hotseat.store.RunDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hotseat debrief RUN}: show a saved run's debrief again, in any format. */
@Command(name = "debrief",
        mixinStandardHelpOptions = true,
        description = "Show the debrief of a saved run, finished or not.")
public final class DebriefCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN",
            description = "A run id from `hotseat runs`, `latest`, or a .json run file.")
    String run;

    @Option(names = {"--format", "--debrief-format"}, paramLabel = "FORMAT", defaultValue = "text",
            converter = Formats.Converter.class, completionCandidates = Formats.Names.class,
            description = "text, markdown, json (the whole run as one document) or html (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = {"--out", "--debrief-out"}, paramLabel = "FILE",
            description = "Write the debrief to FILE instead of the screen.")
    Path out;

    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        RunRecord record;
        if (RunLocator.isFile(run)) {
            record = RunLocator.fromFile(run);
        } else {
            try (RunDatabase store = db.open(spec.commandLine().getErr())) {
                record = RunLocator.load(run, store);
            }
        }
        DebriefOutput.write(record, format, out, spec.commandLine().getOut());
        return 0;
    }
}
