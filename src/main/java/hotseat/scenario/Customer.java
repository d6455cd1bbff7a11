package hotseat.scenario;

/**
 * The person on the other side. {@code mood} is how upset they are at the start, 0 (at ease) to
 * 100 (beside themselves).
 */
public record Customer(@Required String name, String persona, String situation, @Required int mood) {}
