package hotseat.load;

import hotseat.scenario.ModelPath;

/**
 * Where each part of a loaded scenario was written, by model path
 * ({@code nodes.opening.options[0].next} to {@code 14:15}). Single values point at the value; maps
 * and lists at their key, which is where a trainer looks for them. The path is followed through
 * the located YAML tree when asked, so loading a file records nothing extra.
 */
public final class SourceMap {
    private final YamlNode root;

    SourceMap(YamlNode root) {
        this.root = root;
    }

    /** The location of {@code path}, or of its nearest written ancestor, or the file's start. */
    public Location locate(String path) {
        YamlNode node = root;
        Location at = root.location();
        for (ModelPath.Step step : ModelPath.steps(path)) {
            YamlNode next = null;
            Location nextAt = null;
            if (step.key() != null && node instanceof YamlNode.Mapping m) {
                YamlNode.Entry e = m.get(step.key());
                if (e != null) {
                    next = e.value();
                    nextAt = next instanceof YamlNode.Scalar s && !s.isNull() ? s.location() : e.keyLocation();
                }
            } else if (step.key() == null && node instanceof YamlNode.Sequence s && step.index() < s.items().size()) {
                next = s.items().get(step.index());
                nextAt = next.location();
            }
            if (next == null) {
                return at;
            }
            node = next;
            at = nextAt;
        }
        return at;
    }
}
