package hotseat.scenario;

import java.util.List;

/**
 * Conditions on a typed reply; every one given must hold. Scores and mood are compared with a
 * {@link Threshold} such as {@code ">= 60"}; {@code phrases} holds when the reply contains any
 * phrase or one of its synonyms (see {@link Scenario#synonyms()}).
 */
public record Condition(
        Threshold calmness,
        Threshold acknowledgment,
        Threshold resolution,
        Threshold mood,
        List<String> phrases) {

    public Condition {
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
    }
}
