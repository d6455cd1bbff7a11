package hotseat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import hotseat.cohort.CohortRun;
import hotseat.report.Json;
import hotseat.xapi.LrsClient;
import hotseat.xapi.XapiStatements;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code report}'s xAPI options: write the runs as statements to a file, send them to an LRS, or both. */
final class XapiOptions {
    static final String PASSWORD_VARIABLE = "HOTSEAT_XAPI_PASSWORD";

    @Option(names = "--xapi", paramLabel = "FILE", description = "Write the runs as xAPI 1.0.3 statements, one JSON array,"
            + " to FILE (- for the screen).")
    Path file;

    @Option(names = "--xapi-endpoint", paramLabel = "URL", description = "Send the statements to the Learning Record Store"
            + " at URL (its xAPI endpoint; statements are posted to URL/statements).")
    String endpoint;

    @Option(names = "--xapi-user", paramLabel = "USER", description = "The LRS user (basic authentication); the password"
            + " comes from " + PASSWORD_VARIABLE + ", or from --xapi-password.")
    String user;

    @Option(names = "--xapi-password", interactive = true, preprocessor = NoPasswordOnCommandLine.class,
            prompt = "LRS password: ", description = "Ask for the LRS password (it is not shown as"
            + " you type).")
    char[] password;

    @Option(names = "--xapi-home-page", paramLabel = "URL", defaultValue = XapiStatements.DEFAULT_HOME_PAGE,
            description = "The homePage of the trainees' accounts: your LMS's address (default: ${DEFAULT-VALUE}).")
    String homePage;

    @Option(names = "--xapi-activity-base", paramLabel = "URL", defaultValue = XapiStatements.DEFAULT_ACTIVITY_BASE,
            description = "Where the ids of scenarios, scenes, workshops and extensions live (default: ${DEFAULT-VALUE}).")
    String activityBase;

    @Option(names = "--xapi-batch", paramLabel = "N", defaultValue = "" + LrsClient.DEFAULT_BATCH,
            description = "Statements per request to the LRS (default: ${DEFAULT-VALUE}).")
    int batch;

    /** Said instead of repeating a password given on the command line, where others can read it. */
    static final String PASSWORD_NOT_ON_COMMAND_LINE = "--xapi-password takes no value on the command line, where other"
            + " users and your shell's history can read it — type it at the prompt, or set " + PASSWORD_VARIABLE;

    /** Whether {@code args} carry a password after --xapi-password, attached or as the next word. */
    static boolean passwordOnCommandLine(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--xapi-password=")
                    || args[i].equals("--xapi-password") && i + 1 < args.length && !args[i + 1].startsWith("-")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Refuses a password written after --xapi-password before picocli reads it: picocli would
     * first prompt for one, then name the stray word in its error.
     */
    static final class NoPasswordOnCommandLine implements IParameterPreprocessor {
        @Override
        public boolean preprocess(Stack<String> args, CommandSpec spec, ArgSpec option, Map<String, Object> info) {
            Object separator = info.get("separator"); // "=" when a value was written onto the option, else " "
            if (separator != null && !separator.toString().isBlank() || !args.isEmpty() && !args.peek().startsWith("-")) {
                throw new ParameterException(spec.commandLine(), PASSWORD_NOT_ON_COMMAND_LINE);
            }
            return false;
        }
    }

    /** Whether any xAPI output is asked for. */
    boolean wanted() {
        return file != null || endpoint != null;
    }

    boolean toScreen() {
        return file != null && file.toString().equals("-");
    }

    /**
     * The options checked before anything is read: the URLs, and a password for the user.
     *
     * @return the sender, or null when nothing is to be sent
     */
    LrsClient client(Map<String, String> env, boolean names) {
        settings(names);
        if (endpoint == null) {
            if (user != null || password != null) {
                throw new CommandFailure("--xapi-user and --xapi-password are for sending — add --xapi-endpoint URL", 2);
            }
            return null;
        }
        if (batch < 1) {
            throw new CommandFailure("--xapi-batch " + batch + ": give 1 or more statements per request", 2);
        }
        char[] secret = password;
        if (user != null && secret == null) {
            String fromEnv = env.get(PASSWORD_VARIABLE);
            if (fromEnv == null || fromEnv.isEmpty()) {
                throw new CommandFailure("--xapi-user " + user + " needs a password: set " + PASSWORD_VARIABLE
                        + ", or add --xapi-password to be asked for it", 2);
            }
            secret = fromEnv.toCharArray();
        }
        try {
            return new LrsClient(endpoint, user, secret, batch);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage(), 2);
        } finally {
            if (secret != null) {
                java.util.Arrays.fill(secret, '\0');
            }
        }
    }

    XapiStatements.Settings settings(boolean names) {
        try {
            return new XapiStatements.Settings(homePage, activityBase, names);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage(), 2);
        }
    }

    /** Writes and sends the runs' statements as asked. */
    void export(List<CohortRun> runs, boolean names, LrsClient client, PrintWriter out, PrintWriter err) {
        List<ObjectNode> statements = XapiStatements.of(runs, settings(names));
        if (file != null) {
            String text;
            try {
                text = Json.MAPPER.writeValueAsString(XapiStatements.array(statements)) + "\n";
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("statements are plain JSON trees", e);
            }
            OutputFile.write(text, toScreen() ? null : file, out, "xAPI statements");
        }
        if (client != null) {
            try {
                LrsClient.Sent sent = client.send(statements);
                // With the statements on the screen, the summary goes beside them rather than into the JSON.
                PrintWriter say = toScreen() ? err : out;
                say.println(sent.statements() + " statement" + (sent.statements() == 1 ? "" : "s") + " sent to " + sent.host()
                        + " in " + sent.batches() + " batch" + (sent.batches() == 1 ? "" : "es"));
                say.flush();
            } catch (LrsClient.LrsException e) {
                throw new CommandFailure(e.getMessage());
            }
        }
    }
}
