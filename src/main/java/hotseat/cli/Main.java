package hotseat.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

/** The entry point: builds the command line, runs it, exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@code main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new HotseatCommand());
        cl.setExecutionExceptionHandler(new FriendlyErrors());
        cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        cl.setUsageHelpAutoWidth(true);
        WordWrappedHelp.install(cl);
        return cl;
    }

    /** Turns an exception into one line for people; {@code --debug} adds the trace. */
    private static final class FriendlyErrors implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
            PrintWriter err = cl.getErr();
            boolean debug = parsed != null && parsed.hasMatchedOption("--debug")
                    || parsed != null && parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
            if (ex instanceof CommandFailure failure) {
                err.println("hotseat: error: " + failure.getMessage());
                if (debug) {
                    ex.printStackTrace(err);
                }
                err.flush();
                return failure.exitCode();
            }
            err.println("hotseat: internal error: " + ex + (debug ? "" : " (run again with --debug for details)"));
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 1;
        }
    }
}
