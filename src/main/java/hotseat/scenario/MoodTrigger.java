package hotseat.scenario;

/**
 * When the mood, after a reply, satisfies {@code mood}, the conversation goes to {@code next}
 * instead of where the reply led — the customer demands a manager, or walks out. A trigger fires
 * at most once per run.
 */
public record MoodTrigger(@Required Threshold mood, @Required String next) {}
