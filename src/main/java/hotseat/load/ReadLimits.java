package hotseat.load;

/**
 * What the YAML reader refuses to go beyond, so that no file — mistaken or hostile — can exhaust
 * memory or time. The defaults leave room for scenarios far larger than anyone writes by hand
 * (a 20,000-node generated scenario is about 5 MB).
 *
 * @param maxBytes     largest file accepted, checked before it is read
 * @param maxDepth     deepest nesting of maps and lists (a scenario needs about ten)
 * @param maxTextChars longest single text value
 */
public record ReadLimits(long maxBytes, int maxDepth, int maxTextChars) {
    public static final ReadLimits DEFAULT = new ReadLimits(16L * 1024 * 1024, 64, 1_000_000);
}
