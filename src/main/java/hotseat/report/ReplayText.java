package hotseat.report;

import java.util.List;

import hotseat.conversation.Refusal;
import hotseat.debrief.Debrief;
import hotseat.debrief.DimensionScores;
import hotseat.session.RecordedAction;
import hotseat.session.Replay;
import hotseat.session.RunRecord;

/** A replay's result as text: what was replayed against what, whether the file changed, and what differs. */
public final class ReplayText {
    /** At most this many differences are listed; the rest are counted. */
    static final int MAX_LISTED = 20;

    private ReplayText() {}

    public static String render(Replay.Result result) {
        RunRecord saved = result.saved();
        String now = result.scenario().sha256();
        StringBuilder out = new StringBuilder();
        line(out, "Replaying run " + saved.id() + " (" + count(saved.actions().size(), "action") + ", seed " + saved.seed()
                + ", " + saved.mode() + ") against " + result.scenario().source());
        line(out, result.sameFile()
                ? "Scenario file: unchanged since the run (SHA-256 " + shortHash(now) + ")."
                : "Scenario file: CHANGED since the run (SHA-256 was " + shortHash(saved.scenarioSha256()) + ", now "
                + shortHash(now) + ").");
        if (result.matches()) {
            Debrief d = result.debrief();
            line(out, "Result: matches. Same " + count(d.turns().size(), "turn") + ", same scores and mood, same outcome ("
                    + d.outcome() + ", " + d.overall().score() + "/100).");
            return out.toString();
        }
        line(out, "Result: DIFFERS from the saved run:");
        List<Replay.Difference> differences = result.differences();
        differences.stream().limit(MAX_LISTED).forEach(d -> line(out, "  - " + describe(d)));
        if (differences.size() > MAX_LISTED) {
            line(out, "  ... and " + (differences.size() - MAX_LISTED) + " more");
        }
        if (result.sameFile()) {
            line(out, "The scenario file is unchanged, so the scoring rules have changed since the run.");
        }
        return out.toString();
    }

    static String describe(Replay.Difference difference) {
        if (difference instanceof Replay.Unreadable u) {
            return "action " + u.action() + " cannot be read: " + u.why();
        }
        if (difference instanceof Replay.Refused r) {
            return "action " + r.action() + " (" + describe(r.recorded()) + ") is not possible now: " + reason(r.reason(), r.recorded());
        }
        if (difference instanceof Replay.OtherNode n) {
            return "turn " + n.turn() + ": was at " + n.then() + ", now at " + n.now();
        }
        if (difference instanceof Replay.OtherReply r) {
            return "turn " + r.turn() + ": the reply was \"" + r.then() + "\", now \"" + r.now() + "\"";
        }
        if (difference instanceof Replay.OtherScores s) {
            return "turn " + s.turn() + ": scores were " + scores(s.then()) + ", now " + scores(s.now());
        }
        if (difference instanceof Replay.OtherMood m) {
            return "turn " + m.turn() + ": mood after was " + m.then() + ", now " + m.now();
        }
        if (difference instanceof Replay.OtherLength l) {
            return l.then() + " turns then, " + l.now() + " now";
        }
        if (difference instanceof Replay.OtherOutcome o) {
            return "outcome was " + o.then() + (o.thenEnding() == null ? "" : " (" + o.thenEnding() + ")")
                    + ", now " + o.now() + (o.nowEnding() == null ? "" : " (" + o.nowEnding() + ")");
        }
        Replay.OtherOverall o = (Replay.OtherOverall) difference;
        return "overall score was " + o.then() + ", now " + o.now();
    }

    private static String reason(Refusal reason, RecordedAction recorded) {
        return switch (reason) {
            case CONVERSATION_OVER -> "the conversation has already ended";
            case NO_SUCH_OPTION -> "that turn has no option " + recorded.option();
            case NO_TYPING -> "that turn takes no typed reply";
            case TOO_LONG -> "the reply is longer than a reply may be";
            case UNDO_IN_ASSESSMENT -> "an assessment run takes no reply back";
            case NOTHING_TO_UNDO -> "there is no reply to take back";
        };
    }

    private static String describe(RecordedAction a) {
        return switch (a.kind()) {
            case "option" -> "option " + a.option();
            case "typed" -> "typed \"" + a.text() + "\"";
            default -> a.kind();
        };
    }

    private static String scores(DimensionScores s) {
        return s.calmness() + "/" + s.acknowledgment() + "/" + s.resolution();
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    private static String shortHash(String sha) {
        return sha == null ? "unknown" : sha.substring(0, Math.min(12, sha.length()));
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }
}
