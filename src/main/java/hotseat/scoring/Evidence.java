package hotseat.scoring;

/**
 * Why a score moved: the named rule, the words in the reply that triggered it, and the points it
 * added (positive) or took away (negative) on one dimension.
 */
public record Evidence(Dimension dimension, String rule, String matched, int effect) {}
