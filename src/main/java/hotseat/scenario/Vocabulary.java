package hotseat.scenario;

import java.util.List;

/**
 * Words a scenario adds to the built-in scoring rubric, for this scenario only: actions that
 * count as resolution in this business, and phrases a trainee should avoid here.
 */
public record Vocabulary(List<String> actions, List<String> avoid) {
    public static final Vocabulary NONE = new Vocabulary(List.of(), List.of());

    public Vocabulary {
        actions = actions == null ? List.of() : List.copyOf(actions);
        avoid = avoid == null ? List.of() : List.copyOf(avoid);
    }
}
