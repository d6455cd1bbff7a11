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

    /** The path one step up ({@code nodes.opening} for {@code nodes.opening.says}); "" at the top. */
    public static String parent(String path) {
        List<Integer> starts = segmentStarts(path);
        if (starts.isEmpty()) {
            return "";
        }
        int last = starts.get(starts.size() - 1);
        return last == 0 ? "" : path.substring(0, last);
    }

    /** Where each segment begins: at its '.' or '[' (or 0 for a leading plain key). */
    private static List<Integer> segmentStarts(String path) {
        List<Integer> starts = new ArrayList<>();
        int i = 0;
        while (i < path.length()) {
            starts.add(i);
            char c = path.charAt(i);
            if (c == '[') {
                i++;
                if (i < path.length() && path.charAt(i) == '"') {
                    i++;
                    while (i < path.length() && path.charAt(i) != '"') {
                        i += path.charAt(i) == '\\' ? 2 : 1;
                    }
                    i++; // closing quote
                }
                while (i < path.length() && path.charAt(i) != ']') {
                    i++;
                }
                i++; // closing bracket
            } else {
                i++;
                while (i < path.length() && path.charAt(i) != '.' && path.charAt(i) != '[') {
                    i++;
                }
            }
        }
        return starts;
    }
}
