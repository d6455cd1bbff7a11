package hotseat.cohort;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * How long each reply that stands took, worked out from a run's recorded actions: the clock for a
 * reply starts when the customer's line appeared — at the run's start, after the previous reply,
 * or after an undo brought the line back — and stops when the reply was given. Asking for a tip
 * does not restart it. A reply taken back is dropped with its time.
 */
public final class AnswerTimes {
    private AnswerTimes() {}

    /** One recorded action: its time (ISO-8601 UTC) and kind ("option", "typed", "undo" or "hint"). */
    public record Action(String at, String kind) {}

    /**
     * One reply that stands: when it was given and how long it took.
     *
     * @param at      ISO-8601 UTC, as recorded
     * @param seconds null where a time cannot be read
     */
    public record Answer(String at, Integer seconds) {}

    /** Seconds per standing reply, in turn order; null where a time cannot be read. */
    public static List<Integer> of(String startedAt, List<Action> actions) {
        return answers(startedAt, actions).stream().map(Answer::seconds).toList();
    }

    /** The replies that stand, in turn order, with when each was given and how long it took. */
    public static List<Answer> answers(String startedAt, List<Action> actions) {
        List<Answer> standing = new ArrayList<>();
        Instant shown = parse(startedAt);
        for (Action a : actions) {
            Instant at = parse(a.at());
            switch (a.kind()) {
                case "option", "typed" -> {
                    standing.add(new Answer(a.at(), shown == null || at == null ? null
                            : (int) Math.max(0, Duration.between(shown, at).getSeconds())));
                    shown = at;
                }
                case "undo" -> {
                    if (!standing.isEmpty()) {
                        standing.remove(standing.size() - 1);
                    }
                    shown = at;
                }
                default -> {
                    // a tip: the customer's line is still waiting for its reply
                }
            }
        }
        return standing;
    }

    private static Instant parse(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
