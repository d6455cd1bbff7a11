package hotseat.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.googlecode.lanterna.TerminalSize;

import hotseat.conversation.ConversationEngine;
import hotseat.conversation.Mode;
import hotseat.conversation.ReplyLimit;
import hotseat.report.TextReport;
import hotseat.session.PlaySession;
import hotseat.session.PlaySettings;
import hotseat.session.Playable;
import hotseat.session.RunRecord;
import hotseat.session.RunRecorder;
import hotseat.store.StoreException;
import hotseat.tui.FullScreen;
import hotseat.tui.Outside;

/**
 * One trainee's connection: the shell the SSH server starts for it. With a terminal (a pty) it
 * runs the full-screen interface sized to the client's window and following its changes; without
 * one (ssh -T, a pipe) it plays line by line. Each connection plays on a thread of its own; what
 * goes wrong in one ends that connection only.
 */
final class TraineeShell implements Command {
    private static final Logger LOG = LoggerFactory.getLogger("hotseat.serve");
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** The session attribute the public-key authenticator leaves the key's fingerprint in. */
    static final org.apache.sshd.common.AttributeRepository.AttributeKey<String> KEY = new org.apache.sshd.common.AttributeRepository.AttributeKey<>();

    /** The longest one connection lasts; a trainee still playing then connects again and takes the run up. */
    static final Duration MAX_SESSION = Duration.ofHours(4);
    /** Ends connections that have lasted {@link #MAX_SESSION}; one thread for the whole server. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hotseat-session-limit");
        t.setDaemon(true);
        return t;
    });

    private final Workshop workshop;
    private final Duration maxSession;
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;
    private volatile boolean gone;
    /** The connection has lasted {@link #maxSession}: play stops, the trainee is told, the connection ends. */
    private volatile boolean timeUp;
    private ScheduledFuture<?> limit;
    private volatile ChannelTerminal terminal;
    private Thread thread;

    TraineeShell(Workshop workshop) {
        this(workshop, MAX_SESSION);
    }

    TraineeShell(Workshop workshop, Duration maxSession) {
        this.workshop = workshop;
        this.maxSession = maxSession;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // everything a trainee sees goes to standard output
    }

    @Override
    public void setExitCallback(ExitCallback exit) {
        this.exit = exit;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        Map<String, String> vars = env.getEnv();
        String user = channel.getSession().getUsername();
        String key = channel.getSession().getAttribute(KEY);
        String address = String.valueOf(channel.getSession().getClientAddress());
        TerminalSize size = size(vars);
        if (size != null) {
            env.addSignalListener((c, signal) -> {
                TerminalSize now = size(env.getEnv());
                ChannelTerminal t = terminal;
                if (now != null && t != null) {
                    t.resized(now);
                }
            }, Signal.WINCH);
        }
        thread = new Thread(() -> run(user, key, address, vars, size), "hotseat-trainee-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> LOG.warn("connection of {} ended by an error", user, e));
        thread.start();
        limit = TIMER.schedule(() -> timeUp(user), maxSession.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The connection has lasted its longest: play stops (every reply is already saved), and it ends. */
    private void timeUp(String user) {
        LOG.info("{}: the connection reached its longest ({}), ending it", user, maxSession);
        timeUp = true;
        try {
            in.close();
        } catch (IOException | RuntimeException ignored) {
            // already closed
        }
        // A session thread that does not stop by itself is not waited for.
        TIMER.schedule(() -> {
            if (thread.isAlive() && !gone) {
                thread.interrupt();
                if (exit != null) {
                    exit.onExit(0);
                }
            }
        }, 10, TimeUnit.SECONDS);
    }

    /** What a trainee whose connection reached its longest is told. */
    private String timeUpMessage() {
        return "This connection has lasted its longest (" + hours(maxSession)
                + "): every reply is saved, so connect again to go on.";
    }

    private static String hours(Duration d) {
        if (d.toMinutes() == 0) {
            // Only a shortened limit (a test's) is under a minute; it still reads as a length of time.
            return d.toSeconds() + (d.toSeconds() == 1 ? " second" : " seconds");
        }
        return d.toMinutes() % 60 == 0 ? d.toHours() + (d.toHours() == 1 ? " hour" : " hours")
                : d.toMinutes() + (d.toMinutes() == 1 ? " minute" : " minutes");
    }

    /** The window's size from the pty request; null for a connection without a terminal. */
    static TerminalSize size(Map<String, String> vars) {
        try {
            String columns = vars.get(Environment.ENV_COLUMNS);
            String lines = vars.get(Environment.ENV_LINES);
            if (columns == null || lines == null) {
                return null;
            }
            int c = Integer.parseInt(columns.strip());
            int r = Integer.parseInt(lines.strip());
            return c > 0 && r > 0 ? new TerminalSize(c, r) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Colour for this connection, decided from what travels over SSH: the client's TERM (NO_COLOR
     * and COLORTERM stay behind unless the client sends them).
     */
    static boolean colour(Map<String, String> vars) {
        String term = vars.get(Environment.ENV_TERM);
        String noColor = vars.get("NO_COLOR");
        return term != null && !term.isBlank() && !term.strip().equals("dumb") && (noColor == null || noColor.isEmpty());
    }

    private void run(String user, String key, String address, Map<String, String> vars, TerminalSize size) {
        int status = 0;
        Seat seat = null;
        try {
            Room.Admission admission = workshop.room().admit(user, key);
            if (admission.refusal() != null) {
                LOG.info("refused {} from {}: {}", user, address, admission.refusal());
                line(admission.refusal(), size != null);
                status = 1;
                return;
            }
            seat = admission.seat();
            LOG.info("{} joined from {} ({}{})", seat.name(), address, size == null ? "plain" : "terminal " + size,
                    key == null ? ", no key" : ", key " + key);
            Play play = new Play(seat);
            if (size != null) {
                fullScreen(play, vars, size);
            } else {
                plain(play);
            }
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // One trainee's connection failing never ends the server or anyone else's.
            if (!gone && !timeUp) {
                LOG.warn("connection of {} ended by an error", seat == null ? user : seat.name(), e);
                status = 1;
                try {
                    line("Something went wrong on the server and this connection has to end:"
                            + " every reply so far is saved, so connect again to go on.", size != null);
                } catch (IOException | RuntimeException ignored) {
                    // the connection is already unusable
                }
            }
        } finally {
            if (limit != null) {
                limit.cancel(false);
            }
            if (timeUp && !gone) {
                try {
                    line(timeUpMessage(), size != null);
                } catch (IOException | RuntimeException ignored) {
                    // gone meanwhile
                }
            }
            if (seat != null) {
                seat.left();
                LOG.info("{} {}", seat.name(), gone ? "dropped" : "left");
            }
            if (exit != null && !gone) {
                exit.onExit(status);
            }
        }
    }

    /** One trainee's play: the settings their runs use, and the run they may take up again. */
    private final class Play {
        final Seat seat;
        final PlaySettings settings;
        volatile PlaySession current;
        RunRecord resumable;

        Play(Seat seat) {
            this.seat = seat;
            RunRecorder base = workshop.store().inWorkshop(workshop.room().workshopId());
            RunRecorder recorder = base.savingBy(run -> {
                base.save(run);
                PlaySession s = current;
                seat.recorded(run, s == null ? null : s.state());
            });
            this.settings = new PlaySettings(new ConversationEngine(workshop.scorer().get(), workshop.matcher().get()), recorder, Mode.PRACTICE,
                    ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), Clock.systemUTC(), seat.name());
            this.resumable = seat.key() == null ? null : unfinished(seat.name());
        }

        /** The trainee's unfinished run in this workshop, on a scenario still offered; null when none. */
        private RunRecord unfinished(String name) {
            try {
                Optional<String> id = workshop.store().unfinishedRun(workshop.room().workshopId(), name);
                if (id.isEmpty()) {
                    return null;
                }
                RunRecord run = workshop.store().find(id.get()).orElse(null);
                return run != null && offered(run.scenarioId()) != null ? run : null;
            } catch (StoreException e) {
                LOG.warn("could not look up an unfinished run of {}: {}", name, e.getMessage());
                return null;
            }
        }

        /** The scenarios to offer: the one a run to take up was played on, else every one. */
        List<Playable> offer() {
            return resumable != null ? List.of(offered(resumable.scenarioId())) : workshop.scenarios();
        }

        /** Begins a run, or takes up the unfinished one. */
        PlaySession start(Playable playable) throws IOException {
            PlaySession session = null;
            if (resumable != null && resumable.scenarioId().equals(playable.scenario().id())) {
                RunRecord run = resumable;
                resumable = null;
                try {
                    session = PlaySession.resume(playable, settings, run);
                    LOG.info("{} took up run {} after {} replies", seat.name(), run.id(), run.debrief().turns().size());
                } catch (PlaySession.CannotResume e) {
                    LOG.info("{} could not take up run {}: {}", seat.name(), run.id(), e.getMessage());
                }
            }
            if (session == null) {
                session = PlaySession.begin(playable, settings);
                LOG.info("{} began run {}", seat.name(), session.record().id());
            }
            current = session;
            seat.playing(session.state());
            return session;
        }
    }

    private Playable offered(String scenarioId) {
        for (Playable p : workshop.scenarios()) {
            if (p.scenario().id().equals(scenarioId)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The longest a full-screen session waits for a key before it looks at the room's hold and the
     * window's size again: a key wakes it at once, so this bounds only how soon a pause or a
     * resize shows, and waking seldom is what lets 50 idle sessions cost next to nothing.
     */
    static final long KEY_WAIT_MILLIS = 40;

    private void fullScreen(Play play, Map<String, String> vars, TerminalSize size) throws IOException {
        ChannelTerminal t = new ChannelTerminal(in, out, size);
        terminal = t;
        Room room = workshop.room();
        Outside outside = new Outside() {
            @Override
            public String hold() {
                return room.hold();
            }

            @Override
            public boolean gone() {
                // A client that has ended its input can send no key: leave as from a closed terminal.
                return gone || timeUp || t.inputEnded();
            }

            @Override
            public void idle() throws InterruptedException {
                try {
                    t.awaitKey(KEY_WAIT_MILLIS);
                } catch (IOException e) {
                    // The pipe is closed: the connection has gone, which the next look finds.
                    Thread.sleep(Outside.POLL_MILLIS);
                }
            }
        };
        boolean colour = colour(vars);
        String welcome = play.resumable != null ? Welcome.back(play.seat.name()) : null;
        FullScreen.Ending ending = new FullScreen(play.settings, colour).host(t, play.offer(), play::start, outside, welcome);
        if (gone || timeUp) {
            return;
        }
        PlaySession session = ending.session();
        if (session == null) {
            line("Goodbye, " + play.seat.name() + ".", true);
        } else if (ending.printDebrief()) {
            text(TextReport.render(session.debrief(), colour), true);
            line("Your run is saved. Thank you, " + play.seat.name() + ".", true);
        } else if (!session.state().isOver()) {
            line("Stopped. Every reply so far is saved: connect again with the same key to take the run up.", true);
        } else {
            line("Your run is saved. Thank you, " + play.seat.name() + ".", true);
        }
    }

    private void plain(Play play) throws IOException {
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        BufferedReader reader = new HeldReader(new InputStreamReader(in, StandardCharsets.UTF_8), writer);
        writer.println("Hotseat workshop — you are " + play.seat.name() + ".");
        List<Playable> offer = play.offer();
        Playable chosen = offer.size() == 1 ? offer.get(0) : choose(offer, reader, writer);
        if (chosen == null) {
            return;
        }
        if (play.resumable != null) {
            writer.println(Welcome.back(play.seat.name()));
        }
        PlaySession session = play.start(chosen);
        workshop.plain().play(session, reader, writer);
        if (timeUp) {
            return;
        }
        writer.println();
        writer.println(session.state().isOver() ? "Your run is saved. Thank you, " + play.seat.name() + "."
                : "Stopped. Every reply so far is saved: connect again with the same key to take the run up.");
        writer.flush();
    }

    /** The plain picker: the scenarios numbered, one chosen by its number. */
    private Playable choose(List<Playable> offer, BufferedReader reader, PrintWriter writer) throws IOException {
        writer.println("Choose a scenario:");
        for (int i = 0; i < offer.size(); i++) {
            writer.println("  " + (i + 1) + ". " + offer.get(i).scenario().title());
        }
        while (true) {
            writer.print("Number (1 to " + offer.size() + "): ");
            writer.flush();
            String line = reader.readLine();
            if (line == null || timeUp) {
                return null;
            }
            try {
                int n = Integer.parseInt(line.strip());
                if (n >= 1 && n <= offer.size()) {
                    return offer.get(n - 1);
                }
            } catch (NumberFormatException e) {
                // asked again below
            }
            writer.println("There is no scenario " + line.strip() + ".");
        }
    }

    /** Lines of plain play, held while the room is paused or not yet started. */
    private final class HeldReader extends BufferedReader {
        private final PrintWriter writer;

        HeldReader(Reader in, PrintWriter writer) {
            super(in);
            this.writer = writer;
        }

        @Override
        public String readLine() throws IOException {
            String shown = null;
            while (!gone) {
                String hold = workshop.room().hold();
                if (hold == null) {
                    break;
                }
                if (!hold.equals(shown)) {
                    writer.println();
                    writer.println("[" + hold + "]");
                    writer.flush();
                    shown = hold;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            if (shown != null) {
                writer.println("[Play goes on.]");
                writer.print("> ");
                writer.flush();
            }
            return gone || timeUp ? null : boundedLine();
        }

        /**
         * A line of input, ended by LF, CR or CR LF; of a longer line only the first {@link #LONGEST}
         * characters are kept and the rest is read and dropped, so a runaway paste costs no memory —
         * and a reply past the reply limit is still refused with its reason.
         */
        private String boundedLine() throws IOException {
            StringBuilder b = new StringBuilder();
            int c;
            while ((c = read()) >= 0) {
                if (c == '\n') {
                    return b.toString();
                }
                if (c == '\r') {
                    mark(1);
                    int next = read();
                    if (next != '\n' && next >= 0) {
                        reset();
                    }
                    return b.toString();
                }
                if (b.length() < LONGEST) {
                    b.append((char) c);
                }
            }
            return b.length() > 0 ? b.toString() : null;
        }
    }

    /** The most characters of one line of plain input kept: enough to go past the reply limit, so it is refused. */
    static final int LONGEST = 2 * ReplyLimit.MAX_LENGTH + 2;

    /** A line for the trainee; with a terminal, the channel has no output processing, so lines end in CR LF. */
    private void line(String text, boolean terminal) throws IOException {
        text(text + "\n", terminal);
    }

    private void text(String text, boolean terminal) throws IOException {
        out.write(lineEnds(text, terminal).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Text as it is written to the channel: with a terminal, every line ends in CR LF, and never in CR CR LF. */
    static String lineEnds(String text, boolean terminal) {
        return terminal ? text.replace("\r\n", "\n").replace("\n", "\r\n") : text;
    }

    /** The connection has gone (the client closed it, or vanished): the session thread stops and the seat shows dropped. */
    @Override
    public void destroy(ChannelSession channel) {
        gone = true;
        try {
            in.close();
        } catch (IOException | RuntimeException ignored) {
            // already closed
        }
        if (thread != null) {
            thread.interrupt();
        }
    }
}
