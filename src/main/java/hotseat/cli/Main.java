package hotseat.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.AutoComplete;
import sun.misc.Signal;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The entry point: builds the command line, runs it, exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = commandLine(commandsFor(args)).execute(args);
        Matchers.beforeExit();
        System.exit(code);
    }

    /**
     * From now on INT, TERM and HUP let native work under way finish ({@link Matchers#beforeExit})
     * before the process exits with 128 + the signal's number, as the JVM would: the model's
     * runtime otherwise frees itself under a call still running and the JVM crashes. Signals the
     * process ignores (a background job) stay ignored.
     */
    static synchronized void exitOnSignals() {
        if (signalsHandled) {
            return;
        }
        signalsHandled = true;
        for (String name : new String[] {"INT", "TERM", "HUP"}) {
            try {
                Signal.handle(new Signal(name), s -> new Thread(() -> {
                    Matchers.beforeExit();
                    System.exit(128 + s.getNumber());
                }, "hotseat-exit-" + name).start());
            } catch (IllegalArgumentException | UnsupportedOperationException ignoredOrUnknown) {
                // ignored by the process, or not a signal on this system
            }
        }
    }

    private static boolean signalsHandled;

    /** The configured command line with every command, as help and completion show it; the tests use it too. */
    public static CommandLine commandLine() {
        return commandLine(HotseatCommand.COMMANDS);
    }

    /**
     * The commands a run with these arguments needs. picocli builds every command it is given
     * before running one, and building them all is most of what {@code hotseat --version} would
     * cost; so a run that names a command gets only that one. Help, completion, and a mistake
     * whose message may list or suggest commands get them all.
     */
    static List<Class<?>> commandsFor(String... args) {
        boolean version = false;
        for (String arg : args) {
            if (arg.equals("--debug")) {
                continue;
            }
            if (arg.equals("-V") || arg.equals("--version")) {
                version = true;
                continue;
            }
            if (arg.startsWith("-")) {
                return HotseatCommand.COMMANDS;
            }
            for (Class<?> command : HotseatCommand.COMMANDS) {
                if (command.getAnnotation(Command.class).name().equals(arg)) {
                    return command == AutoComplete.GenerateCompletion.class ? HotseatCommand.COMMANDS : List.of(command);
                }
            }
            return HotseatCommand.COMMANDS;
        }
        // `hotseat` alone plays (or lists, away from a terminal, which needs no command of its own).
        return version ? List.of() : List.of(PlayCommand.class);
    }

    static CommandLine commandLine(List<Class<?>> commands) {
        CommandLine cl = new CommandLine(new HotseatCommand());
        for (Class<?> command : commands) {
            cl.addSubcommand(command);
        }
        // Settings reach the commands added so far, so they come after them.
        cl.setExecutionExceptionHandler(new FriendlyErrors());
        CommandLine.IParameterExceptionHandler usage = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((ex, args) -> {
            // picocli's message would repeat the word it could not place: never when it is a password.
            if (XapiOptions.passwordOnCommandLine(args)) {
                ex.getCommandLine().getErr().println("hotseat: error: " + XapiOptions.PASSWORD_NOT_ON_COMMAND_LINE);
                return 2;
            }
            return usage.handleParseException(ex, args);
        });
        CommandLine completion = cl.getSubcommands().get("generate-completion");
        if (completion != null) {
            completion.getCommandSpec().usageMessage().hidden(false);
        }
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
