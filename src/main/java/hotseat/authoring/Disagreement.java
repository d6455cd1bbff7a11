package hotseat.authoring;

/**
 * A place where the scorer and the author of a scenario see an option differently.
 *
 * @param kind   which way they differ
 * @param detail the figures and words behind it, for people
 * @param fix    what the author might do about it
 */
public record Disagreement(Kind kind, String detail, String fix) {

    public enum Kind {
        /** The author finds fault with the option, yet as played it scores a mean of 60 or more. */
        SCORED_HIGH("author says poor, scorer rates it well"),
        /** The author praises the option, or it is the node's best, yet as played it scores a mean of 40 or less. */
        SCORED_LOW("author says good, scorer rates it poorly"),
        /** An authored hint is 30 points or more from the scorer's own figure. */
        HINT_OVERRIDES("hint overrides the scorer");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
