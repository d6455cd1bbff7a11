package hotseat.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Names a place in a scenario the way the file is written: {@code nodes.opening.options[0].next}.
 * Keys that are not plain words are quoted ({@code nodes["two words"].says}). The validator
 * names problems this way; the loader's source map turns such a path into a line and column.
 */
public final class ModelPath {
    private ModelPath() {}

    public static String key(String parent, String key) {
        if (isPlain(key)) {
            return parent.isEmpty() ? key : parent + "." + key;
        }
        return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    private static boolean isPlain(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** One step of a path: into a map by {@code key}, or, when key is null, into a list at {@code index}. */
    public record Step(String key, int index) {}

    /**
     * The steps of a path written by {@link #key} and {@link #index}: {@code nodes.opening.options[1]}
     * is nodes, opening, options, 1. Reading stops at anything those methods do not write.
     */
    public static List<Step> steps(String path) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        int n = path.length();
        while (i < n) {
            char c = path.charAt(i);
            if (c == '[' && i + 1 < n && path.charAt(i + 1) == '"') {
                StringBuilder key = new StringBuilder();
                i += 2;
                while (i < n && path.charAt(i) != '"') {
                    if (path.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    key.append(path.charAt(i++));
                }
                i += 2; // the closing quote and bracket
                steps.add(new Step(key.toString(), 0));
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    break;
                }
                try {
                    steps.add(new Step(null, Integer.parseInt(path.substring(i + 1, close))));
                } catch (NumberFormatException e) {
                    break;
                }
                i = close + 1;
            } else {
                int from = c == '.' ? i + 1 : i;
                int end = from;
                while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                steps.add(new Step(path.substring(from, end), 0));
                i = end;
            }
        }
        return steps;
    }

    /**
     * A place in a scenario as a chain of steps, written out as a path only when a message needs
     * it, so that binding and checking a large scenario build no path strings.
     */
    public static final class Place {
        public static final Place ROOT = new Place(null, null, 0);
        private final Place parent;
        private final String key;
        private final int index;

        private Place(Place parent, String key, int index) {
            this.parent = parent;
            this.key = key;
            this.index = index;
        }

        public Place key(String k) {
            return new Place(this, k, 0);
        }

        public Place index(int i) {
            return new Place(this, null, i);
        }

        public boolean isRoot() {
            return parent == null;
        }

        @Override
        public String toString() {
            if (parent == null) {
                return "";
            }
            return key != null ? ModelPath.key(parent.toString(), key) : ModelPath.index(parent.toString(), index);
        }
    }
}
