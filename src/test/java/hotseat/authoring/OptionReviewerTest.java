package hotseat.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import hotseat.conversation.FakeScorer;
import hotseat.scenario.Customer;
import hotseat.scenario.CustomerLine;
import hotseat.scenario.Ending;
import hotseat.scenario.Node;
import hotseat.scenario.Option;
import hotseat.scenario.Outcome;
import hotseat.scenario.Scenario;
import hotseat.scenario.ScoreHints;
import hotseat.scenario.Vocabulary;
import hotseat.scoring.ReplyScore;
import hotseat.scoring.ScoringContext;

/**
 * The option review on a scenario built here, scored by {@link FakeScorer}: each option's text
 * carries the scores it gets ({@code [c80 a60 r40]}), so every test says exactly where the scorer
 * stands.
 */
class OptionReviewerTest {
    private final OptionReviewer reviewer = new OptionReviewer(new FakeScorer());

    private static Scenario scenario() {
        Map<String, Node> nodes = new LinkedHashMap<>();
        nodes.put("opening", new Node(
                new CustomerLine("My parcel is late.", "My parcel is six days late!", "SIX DAYS!"),
                "angry",
                List.of(
                        new Option("Sorry about the six days, I'll resend it today. [c90 a80 r70]", "closing",
                                "Strong. You named the wait and gave a time.", null),
                        new Option("Our records say it was delivered. [c70 a60 r65]", "closing",
                                "Cold: it hides behind the screen.", null),
                        new Option("I'm so sorry, I'll send a new one now. [c30 a35 r40]", "closing",
                                "Good. You owned it.", null),
                        new Option("Please hold. [c70 a10 r10]", "closing", "Polite, but thin.", null)),
                null,
                "I'm so sorry about the six days; I'll resend it today.",
                null));
        nodes.put("closing", new Node(CustomerLine.parse("Fine. Is that it?"), "wary",
                List.of(
                        new Option("Thanks for your patience, I'll call you tomorrow at ten. [c30 a30 r30]", "won",
                                null, null),
                        new Option("Bye. [c80 a70 r70]", "lost_her", null, null),
                        new Option("Calm down. [c10 a10 r10]", "won", null, new ScoreHints(90, null, 39)),
                        new Option("Noted. [c40 a40 r40]", "won", null, new ScoreHints(69, null, null))),
                null, null, null));
        nodes.put("gone", new Node(CustomerLine.parse("Goodbye."), "cold",
                List.of(new Option("Bye. [c90 a90 r90]", "lost_her", null, null),
                        new Option("Take care. [c20 a20 r20]", "lost_her", null, null)),
                null, null, null));
        nodes.put("typed_only", new Node(CustomerLine.parse("Well?"), "cold", List.of(), null, null, null));
        Map<String, Ending> endings = new LinkedHashMap<>();
        endings.put("won", new Ending(Outcome.RESOLVED, "Dana thanks you."));
        endings.put("lost_her", new Ending(Outcome.LOST, "Dana hangs up."));
        return new Scenario("parcel", "The parcel", "You work the help desk.", 2, List.of(),
                new Customer("Dana", "Illustrator", "Parcel six days late", 55), "opening", nodes, endings,
                Map.of(), new Vocabulary(List.of("resend"), List.of(), List.of()), null);
    }

    private OptionReview option(String node, int number) {
        return reviewer.review(scenario(), node).options().get(number - 1);
    }

    private static List<Disagreement.Kind> kinds(OptionReview o) {
        return o.disagreements().stream().map(Disagreement::kind).toList();
    }

    @Test
    void agreementIsNotFlagged() {
        OptionReview strong = option("opening", 1);
        assertEquals(Judgement.GOOD, strong.author().judgement());
        assertTrue(strong.author().best(), "the option closest to the model answer");
        assertEquals(80, strong.mean());
        assertEquals(List.of(), kinds(strong));
    }

    @Test
    void criticisedOptionThatScoresWellIsFlagged() {
        OptionReview o = option("opening", 2);
        assertEquals(Judgement.POOR, o.author().judgement());
        assertEquals(65, o.mean());
        assertEquals(List.of(Disagreement.Kind.SCORED_HIGH), kinds(o));
        Disagreement d = o.disagreements().get(0);
        assertTrue(d.detail().contains("\"cold\"") && d.detail().contains("65"), d.detail());
        assertTrue(d.fix().contains("scores: {calmness: …, acknowledgment: …, resolution: …}"), d.fix());
    }

    @Test
    void praisedOptionThatScoresPoorlyIsFlagged() {
        OptionReview o = option("opening", 3);
        assertEquals(Judgement.GOOD, o.author().judgement());
        assertEquals(35, o.mean());
        assertEquals(List.of(Disagreement.Kind.SCORED_LOW), kinds(o));
    }

    @Test
    void aFairOptionIsNotFlaggedEitherWay() {
        OptionReview o = option("opening", 4);
        assertEquals(Judgement.FAIR, o.author().judgement());
        assertEquals(30, o.mean());
        assertEquals(List.of(), kinds(o));
    }

    @Test
    void withoutFeedbackTheEndingSpeaksWhenOptionsEndDifferently() {
        OptionReview resolves = option("closing", 1);
        assertEquals(Judgement.GOOD, resolves.author().judgement());
        assertEquals("ending", resolves.author().basis());
        assertEquals(List.of(Disagreement.Kind.SCORED_LOW), kinds(resolves), "resolves, yet scores 30");
        OptionReview loses = option("closing", 2);
        assertEquals(Judgement.POOR, loses.author().judgement());
        assertEquals(List.of(Disagreement.Kind.SCORED_HIGH), kinds(loses), "loses her, yet scores 73");
    }

    @Test
    void whenEveryOptionEndsAlikeTheEndingSaysNothing() {
        OptionReview o = option("gone", 1);
        assertEquals(Judgement.UNKNOWN, o.author().judgement());
        assertEquals(List.of(), kinds(o));
        assertEquals(List.of(), kinds(option("gone", 2)));
    }

    @Test
    void hintsReplaceTheScorerAsTheEngineDoesAndABigGapIsFlagged() {
        OptionReview o = option("closing", 3);
        ReplyScore own = o.scorer(), played = o.played();
        assertEquals(List.of(10, 10, 10), List.of(own.calmness(), own.acknowledgment(), own.resolution()));
        assertEquals(List.of(90, 10, 39), List.of(played.calmness(), played.acknowledgment(), played.resolution()));
        assertEquals(46, o.mean(), "the mean is of the figures as played");
        assertEquals("hints", o.author().basis(), "no feedback: the hints' mean (65) speaks before the ending");
        assertEquals(Judgement.GOOD, o.author().judgement());
        assertEquals(List.of(Disagreement.Kind.HINT_OVERRIDES), kinds(o));
        assertEquals("calmness hint 90, scorer 10", o.disagreements().get(0).detail(),
                "resolution is 29 from the scorer: under the gap");
    }

    @Test
    void aHintJustUnderTheGapIsNotFlagged() {
        OptionReview o = option("closing", 4);
        assertEquals(69, o.played().calmness());
        assertFalse(kinds(o).contains(Disagreement.Kind.HINT_OVERRIDES), o.disagreements().toString());
    }

    @Test
    void optionsAreScoredAgainstTheNodesLineAtTheStartingMoodAndTheScenariosVocabulary() {
        List<ScoringContext> seen = new java.util.ArrayList<>();
        OptionReviewer recording = new OptionReviewer((reply, context) -> {
            seen.add(context);
            return new ReplyScore(50, 50, 50, List.of());
        });
        NodeReview node = recording.review(scenario(), "opening");
        assertEquals("My parcel is six days late!", node.customerLine(), "mood 55 is the irritated band");
        assertEquals(4, seen.size());
        assertTrue(seen.stream().allMatch(c -> c.customerLine().equals(node.customerLine())
                && c.vocabulary().actions().equals(List.of("resend"))));
    }

    @Test
    void aWholeScenarioCoversEveryNodeWithOptionsInOrder() {
        List<NodeReview> all = reviewer.review(scenario());
        assertEquals(List.of("opening", "closing", "gone"), all.stream().map(NodeReview::id).toList());
        assertEquals(List.of(2L, 3L, 0L), all.stream().map(NodeReview::disagreements).toList());
        assertEquals(List.of(1, 2, 3, 4), all.get(0).options().stream().map(OptionReview::number).toList());
    }

    @Test
    void anUnknownNodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> reviewer.review(scenario(), "nowhere"));
    }
}
