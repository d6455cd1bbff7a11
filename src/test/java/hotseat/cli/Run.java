package hotseat.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import hotseat.conversation.FakeScorer;
import hotseat.conversation.ReplyMatcher;
import picocli.CommandLine;

/**
 * Runs the command line as a user would, capturing what it prints and its exit code: the one
 * harness for command tests.
 */
record Run(int exit, String out, String err) {

    /** Runs {@code args} as they are, with nothing on standard input. */
    static Run of(String... args) {
        return execute(Main.commandLine(), args);
    }

    /**
     * Runs {@code args} with {@code stdin} as the keyboard, playing and replaying with a scorer
     * whose scores the replies say ({@link FakeScorer}) and a clock fixed at 2026-03-01 10:00 UTC.
     */
    static Run withInput(String stdin, String... args) {
        CommandLine cl = Main.commandLine();
        PlayCommand play = cl.getSubcommands().get("play").getCommand();
        play.scorer = new FakeScorer();
        play.matcher = ReplyMatcher.NONE;
        play.clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
        play.in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        ReplayCommand replay = cl.getSubcommands().get("replay").getCommand();
        replay.scorer = new FakeScorer();
        return execute(cl, args);
    }

    /**
     * Runs {@code args} as {@link #withInput} does, with {@code env} as the environment the run
     * commands read their defaults from (HOTSEAT_DB, XDG_DATA_HOME, XDG_CONFIG_HOME, USER, and
     * report's HOTSEAT_XAPI_PASSWORD), and where
     * list, new and play find a user's own scenarios (XDG_DATA_HOME, HOTSEAT_SCENARIOS).
     */
    static Run withEnv(java.util.Map<String, String> env, String stdin, String... args) {
        CommandLine cl = Main.commandLine();
        PlayCommand play = cl.getSubcommands().get("play").getCommand();
        play.scorer = new FakeScorer();
        play.clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
        play.in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        play.db.env = env;
        ((ReplayCommand) cl.getSubcommands().get("replay").getCommand()).db.env = env;
        ((DebriefCommand) cl.getSubcommands().get("debrief").getCommand()).db.env = env;
        ((RunsCommand) cl.getSubcommands().get("runs").getCommand()).db.env = env;
        ((ReportCommand) cl.getSubcommands().get("report").getCommand()).db.env = env;
        ((ListCommand) cl.getSubcommands().get("list").getCommand()).env = env;
        ((NewCommand) cl.getSubcommands().get("new").getCommand()).env = env;
        return execute(cl, args);
    }

    static Run execute(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The path of a test resource, such as {@code play/late-parcel.yaml}. */
    static String resource(String name) {
        try {
            return Path.of(Run.class.getResource("/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    String[] outLines() {
        return out.isEmpty() ? new String[0] : out.split("\n");
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
}
