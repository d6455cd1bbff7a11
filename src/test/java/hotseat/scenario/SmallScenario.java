package hotseat.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Builds small scenarios in Java for tests, without YAML. The first node added is the start. */
public final class SmallScenario {
    private final String id;
    private String title = "A test scenario";
    private int mood = 60;
    private String start;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Ending> endings = new LinkedHashMap<>();
    private final List<MoodTrigger> triggers = new ArrayList<>();
    private final Map<String, List<String>> synonyms = new LinkedHashMap<>();
    private MoodRules moodRules;

    private SmallScenario(String id) {
        this.id = id;
    }

    public static SmallScenario named(String id) {
        return new SmallScenario(id);
    }

    public SmallScenario title(String title) {
        this.title = title;
        return this;
    }

    public SmallScenario mood(int mood) {
        this.mood = mood;
        return this;
    }

    public SmallScenario start(String start) {
        this.start = start;
        return this;
    }

    public SmallScenario node(String nodeId, String says, Consumer<NodeBuilder> body) {
        return node(nodeId, CustomerLine.parse(says), body);
    }

    public SmallScenario node(String nodeId, CustomerLine says, Consumer<NodeBuilder> body) {
        NodeBuilder b = new NodeBuilder(says);
        body.accept(b);
        nodes.put(nodeId, b.build());
        if (start == null) {
            start = nodeId;
        }
        return this;
    }

    public SmallScenario ending(String endingId, Outcome outcome, String text) {
        endings.put(endingId, new Ending(outcome, text));
        return this;
    }

    public SmallScenario trigger(String mood, String next) {
        triggers.add(new MoodTrigger(Threshold.parse(mood), next));
        return this;
    }

    public SmallScenario synonyms(String phrase, String... others) {
        synonyms.put(phrase, List.of(others));
        return this;
    }

    public SmallScenario moodWeights(Double calmness, Double acknowledgment, Double resolution) {
        moodRules = new MoodRules(calmness, acknowledgment, resolution, List.of());
        return this;
    }

    public Scenario build() {
        MoodRules rules = moodRules == null ? new MoodRules(null, null, null, triggers)
                : new MoodRules(moodRules.calmness(), moodRules.acknowledgment(), moodRules.resolution(), triggers);
        return new Scenario(id, title, "Briefing.", 2, List.of("test"),
                new Customer("Sam Test", "A customer", "Something went wrong.", mood),
                start, nodes, endings, synonyms, Vocabulary.NONE, rules);
    }

    /** One node's options and typed routing. */
    public static final class NodeBuilder {
        private final CustomerLine says;
        private final List<Option> options = new ArrayList<>();
        private final List<Route> routes = new ArrayList<>();
        private String otherwise;
        private boolean typed;

        NodeBuilder(CustomerLine says) {
            this.says = says;
        }

        public NodeBuilder option(String text, String next) {
            options.add(new Option(text, next, null, null));
            return this;
        }

        public NodeBuilder option(String text, String next, Integer calmness, Integer acknowledgment, Integer resolution) {
            options.add(new Option(text, next, null, new ScoreHints(calmness, acknowledgment, resolution)));
            return this;
        }

        /** A route; {@code conditions} alternate dimension names and thresholds, e.g. "acknowledgment", ">= 60". */
        public NodeBuilder route(String next, String... conditions) {
            Map<String, String> c = new LinkedHashMap<>();
            for (int i = 0; i + 1 < conditions.length; i += 2) {
                c.put(conditions[i], conditions[i + 1]);
            }
            List<String> phrases = c.containsKey("phrases") ? List.of(c.get("phrases").split("\\s*,\\s*")) : List.of();
            routes.add(new Route(new Condition(t(c.get("calmness")), t(c.get("acknowledgment")),
                    t(c.get("resolution")), t(c.get("mood")), phrases), next));
            typed = true;
            return this;
        }

        public NodeBuilder otherwise(String next) {
            otherwise = next;
            typed = true;
            return this;
        }

        private static Threshold t(String s) {
            return s == null ? null : Threshold.parse(s);
        }

        Node build() {
            return new Node(says, "upset", options, typed ? new TypedReply(routes, otherwise) : null,
                    "A model answer.", "A tip.");
        }
    }
}
