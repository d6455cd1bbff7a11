package hotseat.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import hotseat.scenario.Matching;
import hotseat.scenario.Node;
import hotseat.scenario.Scenario;
import hotseat.scenario.TypedReply;

/** Typed replies routed by meaning, through a scripted matcher: the engine without the model. */
class MeaningRoutingTest {
    /** Scores 50 everywhere and says nothing a route listens for, so the routes send it to "checking". */
    private static final String PLAIN = "I hear you, let me see what I can do about it.";

    private static Turn answer(ConversationEngine engine, Scenario scenario, String reply) {
        Step step = engine.reply(engine.start(scenario, 1, Mode.PRACTICE), Reply.typed(reply));
        assertFalse(step.refused());
        return step.state().turns().get(0);
    }

    @Test
    void withoutAMatcherTheRoutesDecideAsBefore() {
        Turn t = answer(new ConversationEngine(new FakeScorer()), Fixtures.parcel(), PLAIN);
        assertEquals("checking", t.next());
        assertNull(t.match());
    }

    @Test
    void aReplyCloseToAnOptionFollowsThatOptionAndSaysWhich() {
        ScriptedMatcher m = new ScriptedMatcher().with(PLAIN, 0.41, 0.30, 0.88);
        Turn t = answer(new ConversationEngine(new FakeScorer(), m), Fixtures.parcel(), PLAIN);
        assertEquals("refund_offered", t.next(), "option 3 leads to refund_offered; the routes would have said checking");
        assertEquals(new MeaningMatch(3, 0.88, 1, 0.41, true), t.match());
        assertTrue(t.note().startsWith("Your reply read like option 3, \u201CLet me refund you now.\u201D (similarity 0.88;"
                + " next closest option 1, 0.41)"), t.note());
        assertEquals(50, t.score().calmness(), "scored on its own words, not the option's hints (c80)");
        assertEquals(50, t.score().resolution(), "not the option's r95 either");
    }

    @Test
    void aReplyBelowTheThresholdFollowsTheRoutesAndTheNoteSaysHowCloseItCame() {
        ScriptedMatcher m = new ScriptedMatcher().with(PLAIN, 0.41, 0.30, 0.70);
        Turn t = answer(new ConversationEngine(new FakeScorer(), m), Fixtures.parcel(), PLAIN);
        assertEquals("checking", t.next());
        assertFalse(t.match().matched());
        assertTrue(t.note().startsWith("Your reply read like none of the options closely enough to follow it (closest: option 3"),
                t.note());
    }

    @Test
    void twoOptionsAlmostEquallyCloseAreNotToldApart() {
        ScriptedMatcher m = new ScriptedMatcher().with(PLAIN, 0.86, 0.30, 0.87);
        Turn t = answer(new ConversationEngine(new FakeScorer(), m), Fixtures.parcel(), PLAIN);
        assertEquals("checking", t.next(), "0.87 is not clearly closer than 0.86: the routes decide");
        assertEquals(new MeaningMatch(3, 0.87, 1, 0.86, false), t.match());
    }

    @Test
    void theRoutesStillTakeWhatMatchesNoOption() {
        String refund = "Could I give you your money back?";
        ScriptedMatcher m = new ScriptedMatcher().with(refund, 0.5, 0.5, 0.6);
        Turn t = answer(new ConversationEngine(new FakeScorer(), m), Fixtures.parcel(), refund);
        assertEquals("refund_offered", t.next(), "the phrase route on \"refund\" (synonym \"money back\")");
    }

    @Test
    void aScenarioCanTurnMatchingOffOrRaiseTheThreshold() {
        ScriptedMatcher m = new ScriptedMatcher().with(PLAIN, 0.41, 0.30, 0.88);
        ConversationEngine engine = new ConversationEngine(new FakeScorer(), m);
        Turn off = answer(engine, withMatching(Fixtures.parcel(), new Matching(false, null, null), null), PLAIN);
        assertEquals("checking", off.next());
        assertNull(off.match());
        assertTrue(m.asked.isEmpty(), "the matcher is not even asked where matching is off");

        Turn strict = answer(engine, withMatching(Fixtures.parcel(), new Matching(null, 0.9, null), null), PLAIN);
        assertEquals("checking", strict.next(), "0.88 is under a threshold of 0.9");
    }

    @Test
    void aNodesOwnSettingsOverrideTheScenarios() {
        ScriptedMatcher m = new ScriptedMatcher().with(PLAIN, 0.41, 0.30, 0.70);
        ConversationEngine engine = new ConversationEngine(new FakeScorer(), m);
        Scenario lenient = withMatching(Fixtures.parcel(), new Matching(false, null, null), new Matching(true, 0.65, null));
        Turn t = answer(engine, lenient, PLAIN);
        assertEquals("refund_offered", t.next(), "on at the node, with its lower threshold, although off for the scenario");
    }

    @Test
    void aMatcherThatCannotCompareLeavesTheRoutesToDecide() {
        ScriptedMatcher m = ScriptedMatcher.unavailable("no native library");
        Turn t = answer(new ConversationEngine(new FakeScorer(), m), Fixtures.parcel(), PLAIN);
        assertEquals("checking", t.next());
        assertNull(t.match());
        assertEquals(Optional.of("no native library"), m.unavailable());
    }

    @Test
    void aPickedOptionIsNeverCompared() {
        ScriptedMatcher m = new ScriptedMatcher();
        ConversationEngine engine = new ConversationEngine(new FakeScorer(), m);
        Step step = engine.reply(engine.start(Fixtures.parcel(), 1, Mode.PRACTICE), Reply.pick(1));
        assertNull(step.state().turns().get(0).match());
        assertTrue(m.asked.isEmpty());
    }

    @Test
    void theDecisionReadsTheClosestAndTheRunnerUp() {
        MeaningMatch one = MeaningMatch.decide(new double[] {0.8}, Matching.DEFAULT).orElseThrow();
        assertEquals(new MeaningMatch(1, 0.8, 0, 0, true), one, "a single option has no runner-up to beat");
        MeaningMatch m = MeaningMatch.decide(new double[] {0.2, 0.9, 0.95, 0.1}, Matching.DEFAULT).orElseThrow();
        assertEquals(new MeaningMatch(3, 0.95, 2, 0.9, true), m);
        assertEquals(Optional.empty(), MeaningMatch.decide(new double[0], Matching.DEFAULT));
        assertEquals(0.123, MeaningMatch.decide(new double[] {0.12345}, Matching.DEFAULT).orElseThrow().similarity(),
                "kept to three decimals, as recorded");
    }

    /** {@code scenario} with {@code outer} for every node and {@code inner} at its opening. */
    static Scenario withMatching(Scenario s, Matching outer, Matching inner) {
        Map<String, Node> nodes = new LinkedHashMap<>(s.nodes());
        Node o = nodes.get("opening");
        nodes.put("opening", new Node(o.says(), o.emotion(), o.options(),
                new TypedReply(o.typed().routes(), o.typed().otherwise(), inner), o.modelAnswer(), o.tip()));
        return new Scenario(s.id(), s.title(), s.briefing(), s.difficulty(), s.tags(), s.customer(), s.start(), nodes,
                s.endings(), s.synonyms(), s.vocabulary(), s.moodRules(), s.tests(), outer);
    }
}
