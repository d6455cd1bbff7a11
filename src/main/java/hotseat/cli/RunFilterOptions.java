package hotseat.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import hotseat.store.RunFilter;
import picocli.CommandLine.Option;

/** The options that pick runs by scenario, trainee and date, shared by the commands that read runs. */
final class RunFilterOptions {
    @Option(names = "--scenario", paramLabel = "ID", description = "Only runs of this scenario.")
    String scenario;

    @Option(names = "--trainee", paramLabel = "NAME", description = "Only runs played by NAME.")
    String trainee;

    @Option(names = "--since", paramLabel = "DATE", description = "Only runs begun on or after DATE (YYYY-MM-DD, UTC).")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Only runs begun on or before DATE (YYYY-MM-DD, UTC).")
    String until;

    /** The filter these options give, keeping at most {@code limit} runs (0: all). */
    RunFilter filter(int limit) {
        return new RunFilter(blankToNull(scenario, "--scenario"), blankToNull(trainee, "--trainee"),
                day(since, "--since", 0), day(until, "--until", 1), limit);
    }

    static String blankToNull(String s, String option) {
        if (s == null) {
            return null;
        }
        if (s.isBlank()) {
            throw new CommandFailure(option + " is empty — give a value, or leave the option out", 2);
        }
        return s.strip();
    }

    /** A date as the start of that day (plus {@code days}) in ISO-8601 UTC, which compares with the stored times. */
    private static String day(String date, String option, int days) {
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip()).plusDays(days) + "T00:00:00Z";
        } catch (DateTimeParseException e) {
            throw new CommandFailure(option + " " + date + ": not a date — write it as YYYY-MM-DD, such as 2026-03-01", 2);
        }
    }
}
