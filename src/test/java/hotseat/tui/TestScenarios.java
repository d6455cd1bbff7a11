package hotseat.tui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import hotseat.scenario.Condition;
import hotseat.scenario.Customer;
import hotseat.scenario.CustomerLine;
import hotseat.scenario.Ending;
import hotseat.scenario.MoodRules;
import hotseat.scenario.Node;
import hotseat.scenario.Option;
import hotseat.scenario.Outcome;
import hotseat.scenario.Route;
import hotseat.scenario.Scenario;
import hotseat.scenario.ScoreHints;
import hotseat.scenario.TypedReply;
import hotseat.scenario.Vocabulary;
import hotseat.session.Playable;

/** Small scenarios written for the interface's tests, with wide characters in their text. */
final class TestScenarios {
    private TestScenarios() {}

    static Scenario parcel() {
        Map<String, Node> nodes = new LinkedHashMap<>();
        nodes.put("opening", new Node(
                new CustomerLine("Hi. My parcel hasn't come.",
                        "Six days! The tracking says \"out for delivery\" and nothing comes. It was a birthday present 🎂 for my son.",
                        "SIX DAYS. Where is my parcel?"),
                "angry",
                List.of(
                        new Option("I'm so sorry — six days of waiting for a birthday present is awful. Let me find it now.",
                                "checks_order", "Naming the birthday shows you listened.", new ScoreHints(90, 90, 70)),
                        new Option("Please calm down, these things happen.", "wants_manager",
                                "\"Calm down\" tells her she is wrong to be upset.", new ScoreHints(20, 10, 10)),
                        new Option("That's our courier's problem, not ours.", "lost_her",
                                "Blaming the courier leaves her with nobody.", new ScoreHints(30, 10, 0))),
                new TypedReply(List.of(new Route(new Condition(null, null, null, null, List.of("sorry")), "checks_order")),
                        "wants_manager"),
                "I'm so sorry — a birthday present stuck for six days is awful. I'll find it for you right now.",
                "Name the feeling and the birthday before you explain anything."));
        nodes.put("checks_order", new Node(
                CustomerLine.parse("Fine. Order 4471. Can you actually get it here before Saturday? 誕生日 is Saturday."),
                "worried",
                List.of(
                        new Option("I'll send a replacement by express today, so it arrives Friday.", "resolved",
                                "A concrete action and a day.", new ScoreHints(80, 60, 95)),
                        new Option("I can't promise anything.", "lost_her", "Nothing to hold on to.", new ScoreHints(50, 20, 5))),
                new TypedReply(List.of(), "resolved"),
                "I'll send a replacement by express today so it arrives Friday, and I'll email you the tracking.",
                "Give one concrete action and a day."));
        nodes.put("wants_manager", new Node(
                CustomerLine.parse("I want to speak to your manager."),
                "furious",
                List.of(new Option("I'll get my manager now.", "escalated", null, null)),
                null, null, "Stay calm and own it."));
        Map<String, Ending> endings = new LinkedHashMap<>();
        endings.put("resolved", new Ending(Outcome.RESOLVED, "Dana thanks you and says she'll order from you again."));
        endings.put("escalated", new Ending(Outcome.ESCALATED, "Your manager takes over the call."));
        endings.put("lost_her", new Ending(Outcome.LOST, "Dana cancels the order and hangs up."));
        return new Scenario("lost-parcel", "The parcel that never came",
                "You work on the help desk of an online shop. A customer calls about a parcel that the tracking page has "
                        + "shown as \"out for delivery\" for six days.",
                2, List.of("delivery", "retail"),
                new Customer("Dana Whitfield", "Illustrator, ordered a birthday present for her son",
                        "The tracking page has said \"out for delivery\" for six days.", 62),
                "opening", nodes, endings, Map.of(), Vocabulary.NONE,
                new MoodRules(null, null, null, List.of()));
    }

    static Scenario refund() {
        Map<String, Node> nodes = new LinkedHashMap<>();
        nodes.put("start", new Node(CustomerLine.parse("You charged me twice."), "annoyed",
                List.of(new Option("I'll refund the second charge today.", "done", null, null)),
                null, null, null));
        return new Scenario("double-charge", "Charged twice", "A customer sees two charges for one order.", 3,
                List.of("billing"), new Customer("Sam Okafor", "Runs a small bakery", "Two charges.", 55),
                "start", nodes, Map.of("done", new Ending(Outcome.RESOLVED, "Sam is relieved.")), Map.of(),
                Vocabulary.NONE, null);
    }

    /** One node that a typed reply returns to, so that a transcript can grow as long as a test needs. */
    static Scenario chatty() {
        Map<String, Node> nodes = new LinkedHashMap<>();
        nodes.put("again", new Node(CustomerLine.parse("And another thing."), "annoyed",
                List.of(new Option("Goodbye.", "done", null, null)),
                new TypedReply(List.of(), "again"), null, null));
        return new Scenario("chatty", "A long complaint", "It goes on.", 1, List.of(),
                new Customer("Lee", "Regular", "Many things.", 50),
                "again", nodes, Map.of("done", new Ending(Outcome.LOST, "Lee leaves.")), Map.of(),
                Vocabulary.NONE, null);
    }

    /** One turn with no options, only a reply box. */
    static Scenario typingOnly() {
        Map<String, Node> nodes = new LinkedHashMap<>();
        nodes.put("ask", new Node(CustomerLine.parse("Well? Say something."), "annoyed", List.of(),
                new TypedReply(List.of(), "done"), null, null));
        return new Scenario("typing-only", "Only words", "No options here.", 1, List.of(),
                new Customer("Kim", "Regular", "Waiting.", 50),
                "ask", nodes, Map.of("done", new Ending(Outcome.RESOLVED, "Kim nods.")), Map.of(),
                Vocabulary.NONE, null);
    }

    /** A scenario as the picker offers it, with a made-up source and hash. */
    static Playable playable(Scenario scenario) {
        return new Playable(scenario, "test/" + scenario.id() + ".yaml", "0".repeat(64));
    }

    static List<Playable> library() {
        return List.of(playable(parcel()), playable(refund()));
    }
}
