package hotseat.scenario;

import java.util.List;

/**
 * Words a scenario adds to the built-in scoring rubric, for this scenario only: actions that
 * count as resolution in this business, phrases a trainee should avoid here, and words that name
 * what this customer feels (counted as naming the feeling, beside the rubric's own list).
 */
public record Vocabulary(List<String> actions, List<String> avoid, List<String> feelings) {
    public static final Vocabulary NONE = new Vocabulary(List.of(), List.of(), List.of());

    public Vocabulary {
        actions = actions == null ? List.of() : List.copyOf(actions);
        avoid = avoid == null ? List.of() : List.copyOf(avoid);
        feelings = feelings == null ? List.of() : List.copyOf(feelings);
    }

    public Vocabulary(List<String> actions, List<String> avoid) {
        this(actions, avoid, List.of());
    }

    public boolean isEmpty() {
        return actions.isEmpty() && avoid.isEmpty() && feelings.isEmpty();
    }
}
