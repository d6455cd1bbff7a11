package hotseat.conversation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import hotseat.scenario.Condition;
import hotseat.scenario.Customer;
import hotseat.scenario.CustomerLine;
import hotseat.scenario.Ending;
import hotseat.scenario.MoodRules;
import hotseat.scenario.MoodTrigger;
import hotseat.scenario.Node;
import hotseat.scenario.Option;
import hotseat.scenario.Outcome;
import hotseat.scenario.Route;
import hotseat.scenario.Scenario;
import hotseat.scenario.ScoreHints;
import hotseat.scenario.Threshold;
import hotseat.scenario.TypedReply;

/** A small parcel scenario built in code, so engine tests do not depend on the loader. */
public final class Fixtures {
    private Fixtures() {}

    public static Scenario parcel(int startMood, MoodRules rules) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        nodes.put("opening", new Node(
                new CustomerLine("Hi, my parcel is late.", "My parcel is six days late!", "SIX DAYS. Where is my parcel?"),
                "angry",
                List.of(
                        new Option("I'm so sorry about the six days. [c90 a90 r50]", "checking", "Good: you named the wait.", null),
                        new Option("Calm down, please. [c10 a10 r30]", "checking", null, null),
                        new Option("Let me refund you now.", "refund_offered", null, new ScoreHints(80, null, 95))),
                new TypedReply(List.of(
                        new Route(new Condition(null, threshold(">= 70"), threshold(">= 60"), null, List.of()), "resolved_fast"),
                        new Route(new Condition(null, null, null, null, List.of("refund")), "refund_offered"),
                        new Route(new Condition(null, null, null, threshold(">= 90"), List.of()), "manager")),
                        "checking"),
                "I'm so sorry — six days with no parcel is awful. I'll trace it now and call you by 5 pm.",
                "Name the wait before you explain anything."));
        nodes.put("checking", new Node(CustomerLine.parse("So what are you going to do?"), "impatient",
                List.of(new Option("I'll reship it today. [c80 a60 r90]", "resolved", null, null),
                        new Option("Not my department. [c20 a0 r0]", "lost", null, null)),
                null, null, null));
        nodes.put("refund_offered", new Node(CustomerLine.parse("A refund? I wanted the present!"), "upset",
                List.of(new Option("I'll reship it today as well. [c80 a70 r90]", "resolved", null, null)),
                new TypedReply(List.of(), "resolved"), null, "Offer both."));
        nodes.put("manager", new Node(CustomerLine.parse("Get me your manager."), "furious",
                List.of(new Option("Of course.", "escalated", null, null)), null, null, null));
        Map<String, Ending> endings = new LinkedHashMap<>();
        endings.put("resolved", new Ending(Outcome.RESOLVED, "Dana thanks you."));
        endings.put("resolved_fast", new Ending(Outcome.RESOLVED, "Sorted at once."));
        endings.put("escalated", new Ending(Outcome.ESCALATED, "A manager takes over."));
        endings.put("lost", new Ending(Outcome.LOST, "Dana hangs up."));
        return new Scenario("parcel", "The parcel", "You work the help desk.", 2, List.of("delivery"),
                new Customer("Dana", "Illustrator", "Parcel six days late", startMood),
                "opening", nodes, endings,
                Map.of("refund", List.of("money back", "reimburse")), null, rules);
    }

    /** The state after playing {@code actions} from the start with {@code engine}. */
    public static ConversationState replay(ConversationEngine engine, Scenario scenario, long seed, Mode mode,
                                           List<Action> actions) {
        ConversationState s = engine.start(scenario, seed, mode);
        for (Action a : actions) {
            s = engine.apply(s, a).state();
        }
        return s;
    }

    public static Scenario parcel() {
        return parcel(70, null);
    }

    public static MoodRules triggers(String... thresholdAndTarget) {
        List<MoodTrigger> list = new java.util.ArrayList<>();
        for (int i = 0; i < thresholdAndTarget.length; i += 2) {
            list.add(new MoodTrigger(threshold(thresholdAndTarget[i]), thresholdAndTarget[i + 1]));
        }
        return new MoodRules(null, null, null, list);
    }

    public static Threshold threshold(String text) {
        return Threshold.parse(text);
    }
}
