package hotseat.load;

import java.util.Map;

import hotseat.scenario.ModelPath;

/**
 * Where each part of a loaded scenario was written, by model path
 * ({@code nodes.opening.options[0].next} to {@code 14:15}). Single values point at the value; maps
 * and lists at their key, which is where a trainer looks for them.
 */
public final class SourceMap {
    private final Map<String, Location> locations;

    SourceMap(Map<String, Location> locations) {
        this.locations = java.util.Collections.unmodifiableMap(locations); // the binder hands over its own map
    }

    /** The location of {@code path}, or of its nearest written ancestor, or the file's start. */
    public Location locate(String path) {
        String p = path;
        while (true) {
            Location l = locations.get(p);
            if (l != null) {
                return l;
            }
            if (p.isEmpty()) {
                return Location.START;
            }
            p = ModelPath.parent(p);
        }
    }

    /** The exact location of {@code path}, or null when that path was not written in the file. */
    public Location exact(String path) {
        return locations.get(path);
    }

    public int size() {
        return locations.size();
    }
}
