package hotseat.scoring;

/**
 * Why a score moved: the named rule, the words in the reply that triggered it, and the points it
 * added (positive) or took away (negative) on one dimension. {@code note} says in plain words why
 * the rule exists, for the trainee reading the debrief; it may be empty.
 */
public record Evidence(Dimension dimension, String rule, String matched, int effect, String note) {

    public Evidence {
        matched = matched == null ? "" : matched;
        note = note == null ? "" : note;
    }

    public Evidence(Dimension dimension, String rule, String matched, int effect) {
        this(dimension, rule, matched, effect, "");
    }
}
