package hotseat.scenario;

/** How a conversation ended. Written in YAML in lower case. */
public enum Outcome {
    /** The problem is fixed and the customer leaves satisfied, sometimes won back for good. */
    RESOLVED,
    /** Handed to someone else — a manager, a specialist team — with the customer still unhappy. */
    ESCALATED,
    /** The customer walks away, cancels, or takes their business elsewhere. */
    LOST;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
