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
import picocli.CommandLine;

/** Runs one command through picocli with captured output, a known scorer and a fixed clock. */
final class CommandRun {
    final int exit;
    final String out;
    final String err;

    private CommandRun(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    static CommandRun run(String stdin, String... args) {
        CommandLine cl = Main.commandLine();
        PlayCommand play = cl.getSubcommands().get("play").getCommand();
        play.scorer = new FakeScorer();
        play.clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
        play.in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        ReplayCommand replay = cl.getSubcommands().get("replay").getCommand();
        replay.scorer = new FakeScorer();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CommandRun(exit, out.toString(), err.toString());
    }

    static String resource(String name) {
        try {
            return Path.of(CommandRun.class.getResource("/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
}
