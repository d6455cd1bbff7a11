package hotseat.playtest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The typed replies a play-test draws from, each labelled strong, middling or poor. The built-in
 * pool is a resource bundled with the program ({@code reply-pool.txt}), one {@code quality: text}
 * a line; lines starting with {@code #} and blank lines are ignored.
 */
public final class ReplyPool {

    /** One labelled reply. */
    public record Entry(Quality quality, String text) {}


    private final Map<Quality, List<Entry>> byQuality;

    private ReplyPool(Map<Quality, List<Entry>> byQuality) {
        this.byQuality = byQuality;
    }

    public static ReplyPool of(List<Entry> entries) {
        Map<Quality, List<Entry>> map = new EnumMap<>(Quality.class);
        for (Quality q : Quality.values()) {
            List<Entry> list = entries.stream().filter(e -> e.quality() == q).toList();
            if (list.isEmpty()) {
                throw new IllegalArgumentException("the reply pool has no " + q.word() + " reply");
            }
            map.put(q, list);
        }
        return new ReplyPool(map);
    }

    /** Reads {@code quality: text} lines. */
    public static ReplyPool parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            Quality quality = null;
            if (colon > 0) {
                try {
                    quality = Quality.valueOf(line.substring(0, colon).strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    quality = null;
                }
            }
            String reply = colon > 0 ? line.substring(colon + 1).strip() : "";
            if (quality == null || reply.isEmpty()) {
                throw new IllegalArgumentException("reply pool line " + (i + 1)
                        + ": expected \"strong: …\", \"middling: …\" or \"poor: …\", got \"" + line + "\"");
            }
            entries.add(new Entry(quality, reply));
        }
        return of(entries);
    }

    public List<Entry> of(Quality quality) {
        return byQuality.get(quality);
    }

    /** The reply that stands for its quality when every choice is explored: the first listed. */
    public Entry probe(Quality quality) {
        return byQuality.get(quality).get(0);
    }

    public int size() {
        return byQuality.values().stream().mapToInt(List::size).sum();
    }
}
