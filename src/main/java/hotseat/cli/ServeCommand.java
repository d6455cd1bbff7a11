package hotseat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import hotseat.load.CheckResult;
import hotseat.load.ScenarioLibrary;
import hotseat.scenario.Scenario;
import hotseat.serve.Serve;
import hotseat.session.Playable;
import hotseat.store.RunDatabase;
import hotseat.store.RunFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hotseat serve}: a workshop over SSH, watched from this terminal. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
                "Run a workshop: trainees connect with ssh (nothing to install) and play in the full-screen"
                        + " interface, or line by line without a terminal; every run is saved with its trainee and"
                        + " the workshop. This terminal shows the room live: who is where, the choices made at a"
                        + " scene, who is stuck, the endings so far; keys start the room, pause it and lock it.",
                "The SSH user name is the trainee's name; a public key, when the client offers one, is remembered"
                        + " as the trainee's identity, so a trainee who drops and connects again with it takes"
                        + " their run up where it stopped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Stopped by the facilitator.", "1:Could not serve (the port in use, the database).",
                "2:Usage mistake."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "2222", description = "The port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "0.0.0.0",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, every network; 127.0.0.1 for this machine only).")
    String host;

    @Option(names = "--scenario", paramLabel = "ID", description = "A scenario to offer (a file or a built-in id); repeat"
            + " for several. With one, everyone plays it; with several or none, each trainee picks.")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--room-code", paramLabel = "CODE", description = "A code trainees must type once when they connect.")
    String code;

    @Option(names = "--max", paramLabel = "N", defaultValue = "50", description = "The most trainees connected at once (default: ${DEFAULT-VALUE}).")
    int max;

    @Option(names = "--max-minutes", paramLabel = "N", defaultValue = "240",
            description = "The longest one connection lasts, in minutes; then the trainee is told to connect again,"
                    + " which takes their run up (default: ${DEFAULT-VALUE}).")
    int maxMinutes;

    @Option(names = "--room", paramLabel = "NAME", defaultValue = "workshop",
            description = "The room's name; with today's date it names the workshop the runs are saved under"
                    + " (default: ${DEFAULT-VALUE}). Serving the same room again on the same day takes the workshop up.")
    String room;

    @Option(names = "--hold", description = "Trainees wait at the briefing until you start the room (key s).")
    boolean hold;

    @Option(names = "--log", paramLabel = "FILE", description = "Where the server's log goes (default: serve.log in Hotseat's data folder).")
    Path log;

    @Mixin
    DbOption db;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandFailure("--port " + port + " is not a port — give a number from 1 to 65535 (2222 is usual)", 2);
        }
        if (max < 1) {
            throw new CommandFailure("--max " + max + " lets nobody in — give 1 or more", 2);
        }
        if (maxMinutes < 1) {
            throw new CommandFailure("--max-minutes " + maxMinutes + " ends every connection at once — give 1 or more", 2);
        }
        if (code != null && code.isBlank()) {
            throw new CommandFailure("--room-code is empty — give a code, or leave the option out to ask none", 2);
        }
        String roomName = hotseat.workshop.TraineeNames.clean(room);
        boolean view = Terminal.fullScreen();
        if (hold && !view) {
            throw new CommandFailure("--hold needs the facilitator's view to start the room: run hotseat serve in a terminal", 2);
        }
        Path data = RunFiles.dataHome(db.env);
        Path logFile = log != null ? log : data.resolve("serve.log");
        routeLogging(logFile);
        List<Playable> offer = offer(err);
        try (RunDatabase store = db.open(err)) {
            Serve.run(new Serve.Config(host, port, roomName, code == null ? null : code.strip(), max, hold, offer,
                    data.resolve("workshop-host-key"), logFile, view, Scorers::standard, Matchers::inBackground,
                    plainPlay(), java.time.Duration.ofMinutes(maxMinutes)),
                    store, out);
        } catch (IOException e) {
            throw new CommandFailure(e.getMessage());
        }
        return 0;
    }

    /** Plain mode on a trainee's connection: the command line's own line-by-line player. */
    static hotseat.serve.PlainPlay plainPlay() {
        return (session, in, o) -> new PlainPlayer(session, in, o, false, false).play();
    }

    /** The scenarios named, or every playable one of the library. */
    private List<Playable> offer(PrintWriter err) {
        List<Playable> offer = new ArrayList<>();
        if (!scenarios.isEmpty()) {
            Set<String> ids = new HashSet<>();
            for (String s : scenarios) {
                Playable p = ScenarioResolver.resolve(s, err);
                if (ids.add(p.scenario().id())) {
                    offer.add(p);
                }
            }
            return offer;
        }
        offer = builtIn();
        if (offer.isEmpty()) {
            throw new CommandFailure("this build has no playable built-in scenarios — name one with --scenario FILE.yaml");
        }
        return offer;
    }

    /** Every playable built-in scenario, easiest first: what is offered when none is named. */
    static List<Playable> builtIn() {
        List<Playable> offer = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CheckResult r : ScenarioLibrary.builtIn().checkAll()) {
            if (r.playable() && ids.add(r.loaded().scenario().id())) {
                offer.add(new Playable(r.loaded().scenario(), r.file(), r.loaded().sha256(), r.loaded().text()));
            }
        }
        offer.sort((a, b) -> Scenario.EASIEST_FIRST.compare(a.scenario(), b.scenario()));
        return offer;
    }

    /** The SSH library and the server log through slf4j's simple logger: to a file, never over the view. */
    private static void routeLogging(Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
        } catch (IOException e) {
            throw new CommandFailure(file + ": cannot make the log's folder (" + e.getMessage() + ") — give another with --log FILE");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", file.toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.sshd", "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss");
    }
}
