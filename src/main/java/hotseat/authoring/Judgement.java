package hotseat.authoring;

import java.util.Locale;

/** What the author of a scenario thinks of one of its options, as far as the scenario says. */
public enum Judgement {
    /** Praised without reservation, or rated well in its hints. */
    GOOD,
    /** Praised with a reservation ("Fine, but flat"), faint praise, or mild criticism only. */
    FAIR,
    /** Criticised: the feedback finds fault, the hints rate it low, or it ends the conversation badly. */
    POOR,
    /** The scenario does not say: no feedback, or feedback with none of the words we read. */
    UNKNOWN;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
