package hotseat.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import hotseat.report.ReportFormat;
import hotseat.session.RunRecord;
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
            description = "A run file, a run id from `hotseat runs`, or `latest`.")
    String run;

    @Option(names = {"--format", "--debrief-format"}, paramLabel = "FORMAT", defaultValue = "text",
            converter = Formats.Converter.class, completionCandidates = Formats.Names.class,
            description = "text, markdown, json or html (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = {"--out", "--debrief-out"}, paramLabel = "FILE",
            description = "Write the debrief to FILE instead of the screen.")
    Path out;

    @Mixin
    RunsDirOption runsDir;

    @Override
    public Integer call() {
        RunRecord record = RunLocator.load(run, runsDir.store());
        DebriefOutput.write(record.debrief(), format, out, spec.commandLine().getOut());
        return 0;
    }
}
