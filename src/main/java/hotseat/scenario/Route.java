package hotseat.scenario;

/** One typed-reply route: when every condition in {@code when} holds, go to {@code next}. */
public record Route(@Required Condition when, @Required String next) {}
