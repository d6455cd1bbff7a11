package hotseat.session;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationEngine;
import hotseat.conversation.Mode;
import hotseat.conversation.Refusal;
import hotseat.debrief.Debrief;
import hotseat.debrief.DebriefTurn;
import hotseat.debrief.DimensionScores;

/**
 * A saved run played again: its actions, with its seed and mode, through a {@link PlaySession}
 * (recorded nowhere) on the scenario as it is now, compared turn by turn with the run as saved.
 * A typed reply is compared with the options by the similarities the run recorded, not by the
 * model again, so the replay takes the same route wherever the model runs or not; a reply saved
 * without them (before matching, or where the model could not load) follows the routes, as then.
 */
public final class Replay {

    /** One way the run played now differs from the run as saved. */
    public sealed interface Difference {}

    /** Saved action {@code action} (1 for the first) cannot be read as an action; the replay stopped there. */
    public record Unreadable(int action, String why) implements Difference {}

    /** Saved action {@code action} was refused now, for {@code reason}; the replay stopped there. */
    public record Refused(int action, RecordedAction recorded, Refusal reason) implements Difference {}

    /** At turn {@code turn} the customer spoke from another node. */
    public record OtherNode(int turn, String then, String now) implements Difference {}

    /** At turn {@code turn} the reply's words differ (an option's text was changed). */
    public record OtherReply(int turn, String then, String now) implements Difference {}

    /** At turn {@code turn} the reply scored differently. */
    public record OtherScores(int turn, DimensionScores then, DimensionScores now) implements Difference {}

    /** At turn {@code turn} the mood after the reply differs. */
    public record OtherMood(int turn, int then, int now) implements Difference {}

    /** The run has another number of turns. */
    public record OtherLength(int then, int now) implements Difference {}

    /** The run ended otherwise: outcome and ending id (null while unfinished), then and now. */
    public record OtherOutcome(String then, String thenEnding, String now, String nowEnding) implements Difference {}

    /** The overall score differs. */
    public record OtherOverall(int then, int now) implements Difference {}

    /**
     * What a replay found.
     *
     * @param saved       the run as saved
     * @param scenario    the scenario it was played against now
     * @param sameFile    whether the scenario's file has the hash the run recorded
     * @param differences how the run differs now, in order; empty when it matches
     * @param debrief     the debrief of the run as played now
     */
    public record Result(RunRecord saved, Playable scenario, boolean sameFile, List<Difference> differences,
                         Debrief debrief) {
        public Result {
            differences = List.copyOf(differences);
        }

        public boolean matches() {
            return differences.isEmpty();
        }
    }

    private Replay() {}

    /** Plays {@code saved} again on {@code scenario} with {@code engine}. */
    public static Result of(RunRecord saved, Playable scenario, ConversationEngine engine) {
        Clock unused = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC); // nothing is recorded, so no time is kept
        PlaySession session = PlaySession.unrecorded(scenario,
                new PlaySettings(engine, RunRecorder.NOWHERE, Mode.fromWord(saved.mode()), saved.seed(), unused));
        List<Difference> differences = new ArrayList<>();
        for (int i = 0; i < saved.actions().size(); i++) {
            RecordedAction recorded = saved.actions().get(i);
            Action action;
            try {
                action = recorded.action();
            } catch (RuntimeException e) {
                differences.add(new Unreadable(i + 1, e.getMessage()));
                break;
            }
            Refusal refusal = session.apply(recorded).refusal().orElse(null);
            if (refusal != null) {
                differences.add(new Refused(i + 1, recorded, refusal));
                break;
            }
        }
        compare(saved.debrief(), session.debrief(), differences);
        return new Result(saved, scenario, Objects.equals(saved.scenarioSha256(), scenario.sha256()), differences,
                session.debrief());
    }

    private static void compare(Debrief then, Debrief now, List<Difference> differences) {
        int common = Math.min(then.turns().size(), now.turns().size());
        for (int i = 0; i < common; i++) {
            DebriefTurn a = then.turns().get(i);
            DebriefTurn b = now.turns().get(i);
            if (!Objects.equals(a.nodeId(), b.nodeId())) {
                differences.add(new OtherNode(a.number(), a.nodeId(), b.nodeId()));
                continue;
            }
            if (!Objects.equals(a.reply(), b.reply())) {
                differences.add(new OtherReply(a.number(), a.reply(), b.reply()));
            }
            if (!a.scores().equals(b.scores())) {
                differences.add(new OtherScores(a.number(), a.scores(), b.scores()));
            }
            if (a.moodAfter() != b.moodAfter()) {
                differences.add(new OtherMood(a.number(), a.moodAfter(), b.moodAfter()));
            }
        }
        if (then.turns().size() != now.turns().size()) {
            differences.add(new OtherLength(then.turns().size(), now.turns().size()));
        }
        if (!Objects.equals(then.outcome(), now.outcome()) || !Objects.equals(then.endingId(), now.endingId())) {
            differences.add(new OtherOutcome(then.outcome(), then.endingId(), now.outcome(), now.endingId()));
        }
        if (then.overall().score() != now.overall().score()) {
            differences.add(new OtherOverall(then.overall().score(), now.overall().score()));
        }
    }
}
