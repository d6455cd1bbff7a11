package hotseat.scenario;

import java.util.List;
import java.util.Map;

/**
 * One branching conversation, as a trainer wrote it. Pure data: the loader builds it from YAML,
 * the validator checks it, the conversation engine plays it.
 *
 * <p>{@code nodes} and {@code endings} share one namespace of ids; an option's or route's
 * {@code next} names either. {@code tests} are the trainer's own checks, run by
 * {@code hotseat check}; they play no part in a conversation.
 */
public record Scenario(
        @Required String id,
        @Required String title,
        @Required String briefing,
        @Required int difficulty,
        List<String> tags,
        @Required Customer customer,
        String start,
        @Required Map<String, Node> nodes,
        @Required Map<String, Ending> endings,
        Map<String, List<String>> synonyms,
        Vocabulary vocabulary,
        MoodRules moodRules,
        List<ScenarioTest> tests,
        Matching matching) {

    public Scenario {
        tags = tags == null ? List.of() : List.copyOf(tags);
        nodes = nodes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(nodes));
        endings = endings == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(endings));
        synonyms = synonyms == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(synonyms));
        vocabulary = vocabulary == null ? Vocabulary.NONE : vocabulary;
        moodRules = moodRules == null ? MoodRules.DEFAULT : moodRules;
        tests = tests == null ? List.of() : List.copyOf(tests);
    }

    /** A scenario without tests. */
    public Scenario(String id, String title, String briefing, int difficulty, List<String> tags, Customer customer,
                    String start, Map<String, Node> nodes, Map<String, Ending> endings,
                    Map<String, List<String>> synonyms, Vocabulary vocabulary, MoodRules moodRules) {
        this(id, title, briefing, difficulty, tags, customer, start, nodes, endings, synonyms, vocabulary, moodRules,
                List.of(), null);
    }

    /** A scenario with the default settings for matching replies by meaning. */
    public Scenario(String id, String title, String briefing, int difficulty, List<String> tags, Customer customer,
                    String start, Map<String, Node> nodes, Map<String, Ending> endings,
                    Map<String, List<String>> synonyms, Vocabulary vocabulary, MoodRules moodRules,
                    List<ScenarioTest> tests) {
        this(id, title, briefing, difficulty, tags, customer, start, nodes, endings, synonyms, vocabulary, moodRules,
                tests, null);
    }

    /** The order a library is shown in: gentlest first, then by id. */
    public static final java.util.Comparator<Scenario> EASIEST_FIRST =
            java.util.Comparator.comparingInt(Scenario::difficulty).thenComparing(Scenario::id);

    /** True when {@code id} names a node or an ending. */
    public boolean hasTarget(String id) {
        return nodes.containsKey(id) || endings.containsKey(id);
    }
}
