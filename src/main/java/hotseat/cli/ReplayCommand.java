package hotseat.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationEngine;
import hotseat.conversation.ConversationState;
import hotseat.conversation.Mode;
import hotseat.conversation.Step;
import hotseat.debrief.Debrief;
import hotseat.debrief.DebriefBuilder;
import hotseat.debrief.DebriefTurn;
import hotseat.scoring.ReplyScorer;
import hotseat.session.RecordedAction;
import hotseat.session.RunRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hotseat replay RUN}: plays a saved run's replies again, with its seed, against the
 * scenario file as it is now, and says whether the result is the same and whether the file
 * changed since the run.
 */
@Command(name = "replay",
        mixinStandardHelpOptions = true,
        description = {"Play a saved run's replies again against the current scenario file.",
                "Says whether the result matches the saved run, and whether the scenario file has changed since."
                        + " Exit 0 when it matches, 1 when it does not."})
public final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "A run file, a run id from `hotseat runs`, or `latest`.")
    String run;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "Replay against FILE instead of the scenario the run was played from.")
    String scenarioOverride;

    @Mixin
    RunsDirOption runsDir;

    /** The scorer; tests replace it. */
    ReplyScorer scorer;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RunRecord saved = RunLocator.load(run, runsDir.store());
        String where = scenarioOverride != null ? scenarioOverride
                : saved.scenarioSource() != null && !saved.scenarioSource().startsWith("builtin:")
                        && Files.isRegularFile(Path.of(saved.scenarioSource()))
                ? saved.scenarioSource() : saved.scenarioId();
        hotseat.session.Playable resolved = ScenarioResolver.resolve(where, spec.commandLine().getErr());
        ConversationEngine engine = new ConversationEngine(scorer != null ? scorer : Scorers.standard());

        out.println("Replaying run " + saved.id() + " (" + count(saved.actions().size(), "action") + ", seed " + saved.seed()
                + ", " + saved.mode() + ") against " + resolved.source());
        boolean sameFile = Objects.equals(saved.scenarioSha256(), resolved.sha256());
        out.println(sameFile
                ? "Scenario file: unchanged since the run (SHA-256 " + shortHash(resolved.sha256()) + ")."
                : "Scenario file: CHANGED since the run (SHA-256 was " + shortHash(saved.scenarioSha256()) + ", now "
                + shortHash(resolved.sha256()) + ").");

        List<String> differences = new ArrayList<>();
        ConversationState state = engine.start(resolved.scenario(), saved.seed(), Mode.fromWord(saved.mode()));
        for (int i = 0; i < saved.actions().size(); i++) {
            RecordedAction recorded = saved.actions().get(i);
            Action action;
            try {
                action = recorded.action();
            } catch (RuntimeException e) {
                differences.add("action " + (i + 1) + " cannot be read: " + e.getMessage());
                break;
            }
            Step step = engine.apply(state, action);
            if (step.refused()) {
                String reason = step.refusal().map(r -> r.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).orElse("");
                differences.add("action " + (i + 1) + " (" + describe(recorded) + ") is not possible now: " + reason);
                break;
            }
            state = step.state();
        }
        Debrief now = DebriefBuilder.build(state);
        compare(saved.debrief(), now, differences);
        if (differences.isEmpty()) {
            out.println("Result: matches. Same " + count(now.turns().size(), "turn") + ", same scores and mood, same outcome ("
                    + now.outcome() + ", " + now.overall().score() + "/100).");
            return 0;
        }
        out.println("Result: DIFFERS from the saved run:");
        differences.stream().limit(20).forEach(d -> out.println("  - " + d));
        if (differences.size() > 20) {
            out.println("  ... and " + (differences.size() - 20) + " more");
        }
        if (sameFile) {
            out.println("The scenario file is unchanged, so the scoring rules have changed since the run.");
        }
        return 1;
    }

    private static void compare(Debrief then, Debrief now, List<String> differences) {
        int common = Math.min(then.turns().size(), now.turns().size());
        for (int i = 0; i < common; i++) {
            DebriefTurn a = then.turns().get(i);
            DebriefTurn b = now.turns().get(i);
            String turn = "turn " + a.number() + ": ";
            if (!Objects.equals(a.nodeId(), b.nodeId())) {
                differences.add(turn + "was at " + a.nodeId() + ", now at " + b.nodeId());
                continue;
            }
            if (!Objects.equals(a.reply(), b.reply())) {
                differences.add(turn + "the reply was \"" + a.reply() + "\", now \"" + b.reply() + "\"");
            }
            if (!a.scores().equals(b.scores())) {
                differences.add(turn + "scores were " + scores(a) + ", now " + scores(b));
            }
            if (a.moodAfter() != b.moodAfter()) {
                differences.add(turn + "mood after was " + a.moodAfter() + ", now " + b.moodAfter());
            }
        }
        if (then.turns().size() != now.turns().size()) {
            differences.add(then.turns().size() + " turns then, " + now.turns().size() + " now");
        }
        if (!Objects.equals(then.outcome(), now.outcome()) || !Objects.equals(then.endingId(), now.endingId())) {
            differences.add("outcome was " + then.outcome() + (then.endingId() == null ? "" : " (" + then.endingId() + ")")
                    + ", now " + now.outcome() + (now.endingId() == null ? "" : " (" + now.endingId() + ")"));
        }
        if (then.overall().score() != now.overall().score()) {
            differences.add("overall score was " + then.overall().score() + ", now " + now.overall().score());
        }
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    private static String scores(DebriefTurn t) {
        return t.scores().calmness() + "/" + t.scores().acknowledgment() + "/" + t.scores().resolution();
    }

    private static String describe(RecordedAction a) {
        return switch (a.kind()) {
            case "option" -> "option " + a.option();
            case "typed" -> "typed \"" + a.text() + "\"";
            default -> a.kind();
        };
    }

    private static String shortHash(String sha) {
        return sha == null ? "unknown" : sha.substring(0, Math.min(12, sha.length()));
    }
}
