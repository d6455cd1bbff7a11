package hotseat.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hotseat}: the root command. With no subcommand it opens the scenario picker on a
 * terminal, and lists the built-in scenarios otherwise.
 */
@Command(name = "hotseat",
        mixinStandardHelpOptions = true,
        versionProvider = HotseatCommand.Version.class,
        description = "Practise difficult customer conversations in the terminal.")
public final class HotseatCommand implements Callable<Integer> {

    /** Every command, in the order help lists them; {@link Main} adds those a run needs. */
    static final List<Class<?>> COMMANDS = List.of(
            ValidateCommand.class,
            ListCommand.class,
            NewCommand.class,
            AutoComplete.GenerateCompletion.class,
            PlayCommand.class,
            DebriefCommand.class,
            ReplayCommand.class,
            RunsCommand.class,
            ProgressCommand.class,
            ReportCommand.class,
            ScoreCommand.class,
            CheckCommand.class,
            GraphCommand.class,
            ServeCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the full stack trace when something goes wrong.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        if (Terminal.interactive()) {
            // On a terminal, `hotseat` alone is `hotseat play`: the picker over the library.
            CommandLine play = spec.commandLine().getSubcommands().get("play");
            return play.execute();
        }
        int exit = ListCommand.list(spec, List.of(), System.getenv());
        spec.commandLine().getErr().println("hotseat --help shows every command.");
        return exit;
    }

    /** Reads the version written into the jar's manifest by the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = HotseatCommand.class.getPackage().getImplementationVersion();
            return new String[] {"hotseat " + (v == null ? "development build" : v)};
        }
    }
}
