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
        Instant quick = quickParse(iso);
        if (quick != null) {
            return quick;
        }
        try {
            return Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The form runs are saved in, {@code 2026-03-01T10:00:05Z} with or without a fraction of a
     * second, read without the general parser: a report reads one per reply, tens of thousands.
     * Null for any other form, which the general parser then reads.
     */
    static Instant quickParse(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z' || n > 20 && s.charAt(19) != '.') {
            return null;
        }
        int year = digits(s, 0, 4), month = digits(s, 5, 7), day = digits(s, 8, 10);
        int hour = digits(s, 11, 13), minute = digits(s, 14, 16), second = digits(s, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            int fraction = n - 21;
            if (fraction < 1 || fraction > 9 || digits(s, 20, n - 1) < 0) {
                return null;
            }
            nanos = digits(s, 20, n - 1) * (int) Math.pow(10, 9 - fraction);
        }
        long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The number written in {@code s} from {@code from} to {@code to}, or -1 if anything there is not a digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
