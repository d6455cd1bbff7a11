package hotseat.scenario;

/**
 * A reply the trainee can pick. It is scored like a typed reply; any dimension given in
 * {@code scores} replaces the analysed score for that dimension.
 */
public record Option(@Required String text, @Required String next, String feedback, ScoreHints scores) {}
