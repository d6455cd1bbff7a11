package hotseat.scenario;

import java.util.List;

/**
 * How this customer's mood reacts to replies. The weights say how strongly each dimension's
 * score moves the mood (see the conversation engine for the rule); triggers send the
 * conversation to an authored turn when the mood crosses a line.
 */
public record MoodRules(Double calmness, Double acknowledgment, Double resolution, List<MoodTrigger> triggers) {
    public static final MoodRules DEFAULT = new MoodRules(null, null, null, List.of());

    public MoodRules {
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
    }
}
