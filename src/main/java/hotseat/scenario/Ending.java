package hotseat.scenario;

/** Where a conversation stops: how it turned out, and the closing text the trainee reads. */
public record Ending(@Required Outcome outcome, @Required String text) {}
