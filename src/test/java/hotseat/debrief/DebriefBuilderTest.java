package hotseat.debrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import hotseat.conversation.Action;
import hotseat.conversation.Coaching;
import hotseat.conversation.ConversationEngine;
import hotseat.conversation.ConversationState;
import hotseat.conversation.Fixtures;
import hotseat.conversation.Mode;
import hotseat.conversation.Reply;
import hotseat.scoring.Dimension;
import hotseat.scoring.Evidence;
import hotseat.scoring.ReplyScore;
import hotseat.scoring.ReplyScorer;

class DebriefBuilderTest {
    private final ConversationEngine fake = new ConversationEngine(new hotseat.conversation.FakeScorer());

    private ConversationState run(ConversationEngine engine, Action... actions) {
        return Fixtures.replay(engine, Fixtures.parcel(), 3, Mode.PRACTICE, List.of(actions));
    }

    @Test
    void aFinishedRunHasItsOutcomeScoresAndGrade() {
        // turn 1 [c90 a90 r50], turn 2 [c80 a60 r90]: means 85, 75, 70 -> base 77, +5 resolved = 82 (B)
        Debrief d = DebriefBuilder.build(run(fake, Action.answer(Reply.pick(1)), Action.answer(Reply.pick(1))));
        assertTrue(d.finished());
        assertEquals("resolved", d.outcome());
        assertEquals("Dana thanks you.", d.endingText());
        assertEquals(new DimensionScores(85, 75, 70), d.dimensions());
        assertEquals(77, d.overall().base());
        assertEquals(82, d.overall().score());
        assertEquals("B", d.overall().grade());
        assertEquals(List.of(70, 60, 52), d.moodSeries());
        assertEquals(2, d.turns().size());
    }

    @Test
    void hintsUndosAndABadOutcomeLowerTheOverallScore() {
        Debrief d = DebriefBuilder.build(run(fake, Action.HINT, Action.answer(Reply.pick(2)), Action.UNDO,
                Action.answer(Reply.pick(1)), Action.answer(Reply.pick(2))));
        // turns [c90 a90 r50] and [c20 a0 r0]: means 55, 45, 25 -> base 42; lost -15, hint -1, undo -2 -> 24 (F)
        assertEquals("lost", d.outcome());
        assertEquals(42, d.overall().base());
        assertEquals(-15, d.overall().outcomeAdjustment());
        assertEquals(-1, d.overall().hintAdjustment());
        assertEquals(-2, d.overall().undoAdjustment());
        assertEquals(24, d.overall().score());
        assertEquals("F", d.overall().grade());
        assertEquals(1, d.hintsUsed());
        assertEquals(1, d.undos());
        assertTrue(d.turns().get(0).hintUsed());
    }

    @Test
    void anUnfinishedRunIsMarkedAndStillHasItsTurns() {
        Debrief d = DebriefBuilder.build(run(fake, Action.answer(Reply.pick(1))));
        assertFalse(d.finished());
        assertEquals("unfinished", d.outcome());
        assertNull(d.endingId());
        assertEquals(0, d.overall().outcomeAdjustment());
        assertEquals(1, d.turns().size());
    }

    @Test
    void aRunWithNoRepliesHasNoGrade() {
        Debrief d = DebriefBuilder.build(run(fake));
        assertEquals("–", d.overall().grade());
        assertTrue(d.turns().isEmpty());
        assertTrue(d.strengths().isEmpty());
        assertTrue(d.toWorkOn().isEmpty());
    }

    @Test
    void aReplyThatFellShortCarriesTheNodesModelAnswerAndTip() {
        Debrief d = DebriefBuilder.build(run(fake, Action.answer(Reply.pick(2))));
        DebriefTurn t = d.turns().get(0);
        assertTrue(t.fellShort());
        assertTrue(t.modelAnswer().startsWith("I'm so sorry"));
        assertEquals("Name the wait before you explain anything.", t.tip());
        DebriefTurn good = DebriefBuilder.build(run(fake, Action.answer(Reply.pick(1)))).turns().get(0);
        assertFalse(good.fellShort(), "all three scores at 50 or above");
        assertNull(good.modelAnswer());
    }

    @Test
    void aReplyThatAlreadySaysTheModelAnswerIsNotToldToSayIt() {
        String model = Fixtures.parcel().nodes().get("opening").modelAnswer();
        DebriefTurn t = DebriefBuilder.build(run(fake, Action.answer(Reply.typed(model + " [c60 a60 r40]")))).turns().get(0);
        assertFalse(t.fellShort());
        DebriefTurn other = DebriefBuilder.build(run(fake, Action.answer(Reply.typed("I'll trace it. [c60 a60 r40]")))).turns().get(0);
        assertTrue(other.fellShort());
    }

    @Test
    void theScenesStrongestOptionIsNotToldToDoBetter() {
        // Every reply short on acknowledgment and resolution. At the opening, option 1 is the one
        // nearest the model answer; "checking" has no model answer, so no option there is marked best.
        ReplyScorer thin = (reply, context) -> new ReplyScore(80, 30, 30, List.of(
                new Evidence(Dimension.ACKNOWLEDGMENT, "but takes it back", "but", -10)));
        ConversationEngine engine = new ConversationEngine(thin);
        Debrief d = DebriefBuilder.build(run(engine, Action.answer(Reply.pick(1)), Action.answer(Reply.pick(1))));
        DebriefTurn best = d.turns().get(0);
        assertTrue(best.bestAvailable());
        assertFalse(best.fellShort());
        assertNull(best.modelAnswer(), "no \"stronger reply\" for the strongest option");
        assertNull(best.tip());
        assertFalse(d.turns().get(1).bestAvailable());
        assertTrue(d.turns().get(1).fellShort());
        for (Habit h : d.toWorkOn()) {
            assertFalse(h.example().contains("turn 1"), "the best option is not counted against a habit: " + h);
        }
        assertEquals("turn 2: \"but\" (but takes it back)", d.toWorkOn().get(0).example(), "the same words in turn 1 do not count");

        DebriefTurn typed = DebriefBuilder.build(run(engine, Action.answer(Reply.typed("I'm so sorry about the six days [c90 a90 r50]"))))
                .turns().get(0);
        assertTrue(typed.bestAvailable(), "the strongest option typed in its own words");
        DebriefTurn other = DebriefBuilder.build(run(engine, Action.answer(Reply.pick(2)))).turns().get(0);
        assertFalse(other.bestAvailable());
        assertTrue(other.fellShort());
    }

    @Test
    void aRunOfOnlyTheBestRepliesHasNothingToWorkOn() {
        ReplyScorer thin = (reply, context) -> new ReplyScore(80, 30, 30, List.of());
        String model = Fixtures.parcel().nodes().get("opening").modelAnswer();
        Debrief d = DebriefBuilder.build(run(new ConversationEngine(thin), Action.answer(Reply.typed(model))));
        assertTrue(d.turns().get(0).bestAvailable());
        assertEquals(List.of(), d.toWorkOn());
    }

    @Test
    void evidenceThatScoredNothingIsLeftOut() {
        Evidence negated = new Evidence(Dimension.RESOLUTION, "taking ownership", "I won't", 0, "Not counted: negated.");
        Evidence apology = new Evidence(Dimension.ACKNOWLEDGMENT, "apology", "sorry", 30);
        ReplyScorer scorer = (reply, context) -> new ReplyScore(75, 30, 0, List.of(apology, negated));
        Debrief d = DebriefBuilder.build(run(new ConversationEngine(scorer), Action.answer(Reply.typed("Sorry, I won't."))));
        assertEquals(List.of(apology), d.turns().get(0).evidence());
    }

    @Test
    void aDimensionNothingEarnedIsExplainedInPlainWords() {
        ReplyScorer flat = (reply, context) -> new ReplyScore(75, 0, 30, List.of(
                new Evidence(Dimension.RESOLUTION, "taking ownership", "I'll", 30)));
        ConversationEngine engine = new ConversationEngine(flat);
        DebriefTurn t = DebriefBuilder.build(run(engine, Action.answer(Reply.typed("I'll check.")))).turns().get(0);
        assertEquals(List.of("acknowledgment 0: nothing in this reply showed the customer you heard them."), t.gaps(),
                "resolution 30 has points in its favour");
        assertTrue(t.note().endsWith(Coaching.advice(Dimension.ACKNOWLEDGMENT)), "the advice is in the coaching note already");
        for (String gap : t.gaps()) {
            assertFalse(gap.contains("earned points"), gap);
        }
        assertEquals(List.of(), DebriefBuilder.build(run(engine, Action.answer(Reply.pick(1)))).turns().get(0).gaps(),
                "the best reply the turn offered is not told what it lacked");
    }

    @Test
    void aTriggeredTurnSaysWhereTheMoodSentTheConversation() {
        ConversationState s = Fixtures.replay(fake, Fixtures.parcel(70, Fixtures.triggers(">= 85", "manager")), 1, Mode.PRACTICE,
                List.of(Action.answer(Reply.pick(2))));
        assertEquals("The customer's mood reached 90 (>= 85), so the conversation went to manager.",
                DebriefBuilder.build(s).turns().get(0).trigger());
    }

    /** Scores by the words of the reply, with evidence named the way the rubric names its rules. */
    private static final ReplyScorer RUBRIC_LIKE = (reply, context) -> {
        String r = reply.toLowerCase();
        List<Evidence> ev = new java.util.ArrayList<>();
        if (r.contains("sorry")) {
            ev.add(new Evidence(Dimension.ACKNOWLEDGMENT, "specific apology", "sorry", 25));
        }
        if (r.contains("frustrating")) {
            ev.add(new Evidence(Dimension.ACKNOWLEDGMENT, "naming the feeling", "frustrating", 30));
        }
        if (r.contains("i'll")) {
            ev.add(new Evidence(Dimension.RESOLUTION, "taking ownership", "I'll", 20));
        }
        if (r.contains("calm down")) {
            ev.add(new Evidence(Dimension.CALMNESS, "telling them how to feel", "calm down", -40));
        }
        int c = 70 + ev.stream().filter(e -> e.dimension() == Dimension.CALMNESS).mapToInt(Evidence::effect).sum();
        int a = 30 + ev.stream().filter(e -> e.dimension() == Dimension.ACKNOWLEDGMENT).mapToInt(Evidence::effect).sum();
        int res = 30 + ev.stream().filter(e -> e.dimension() == Dimension.RESOLUTION).mapToInt(Evidence::effect).sum();
        return new ReplyScore(c, a, res, ev);
    };

    @Test
    void habitsAreNamedFromTheEvidence() {
        ConversationEngine engine = new ConversationEngine(RUBRIC_LIKE);
        Debrief d = DebriefBuilder.build(run(engine,
                Action.answer(Reply.typed("I'm so sorry, that is frustrating. I'll get your money back.")),
                Action.answer(Reply.typed("Sorry, I'll reship it; calm down though"))));
        assertEquals(2, d.turns().size());
        assertEquals(List.of(Practice.APOLOGISE, Practice.OWN_THE_FIX), d.strengths().stream().map(Habit::practice).toList(),
                "shown in both replies, ahead of naming the feeling (one reply)");
        assertTrue(d.strengths().get(0).example().contains("\"sorry\""));
        assertEquals(Practice.STAY_CALM, d.toWorkOn().get(0).practice(), "the only habit with evidence against it");
        assertTrue(d.toWorkOn().get(0).example().contains("turn 2: \"calm down\""), d.toWorkOn().get(0).example());
        assertEquals("not shown in any reply", d.toWorkOn().get(1).example());
        assertEquals(Practice.STAY_CALM.advice(), d.toWorkOn().get(0).advice());
    }

    @Test
    void habitsMissedWhereARepliesFellShortAreToWorkOn() {
        ReplyScorer unheard = (reply, context) -> new ReplyScore(80, 20, 80, List.of());
        Debrief d = DebriefBuilder.build(run(new ConversationEngine(unheard),
                Action.answer(Reply.typed("Let me look.")), Action.answer(Reply.pick(1))));
        assertEquals(List.of(Practice.LISTEN, Practice.NAME_THE_FEELING), d.toWorkOn().stream().map(Habit::practice).toList());
        assertEquals("turns 1 and 2 scored below 50 on acknowledgment without it", d.toWorkOn().get(0).example());
    }

    @Test
    void noHabitOfADimensionThatScoredHighIsToWorkOn() {
        // Calmness averages 80 with a small slip in turn 1: the slip is real, but a run that
        // scored 80 on calmness is not told to work on staying calm.
        ReplyScorer slipped = (reply, context) -> reply.startsWith("ok")
                ? new ReplyScore(70, 60, 60, List.of(new Evidence(Dimension.CALMNESS, "a curt reply", "ok", -5)))
                : new ReplyScore(90, 60, 60, List.of());
        Debrief d = DebriefBuilder.build(run(new ConversationEngine(slipped),
                Action.answer(Reply.typed("ok")), Action.answer(Reply.pick(1))));
        assertEquals(80, d.dimensions().calmness());
        assertFalse(d.toWorkOn().stream().anyMatch(h -> h.practice() == Practice.STAY_CALM), d.toWorkOn().toString());
        for (Habit h : d.toWorkOn()) {
            assertTrue(d.dimensions().get(PracticeMap.dimensionOf(h.practice())) < 70, h.toString());
        }
    }

    @Test
    void evidenceRulesMapToThePractices() {
        assertEquals(Practice.APOLOGISE, map(Dimension.ACKNOWLEDGMENT, "non-apology"));
        assertEquals(Practice.NAME_THE_FEELING, map(Dimension.ACKNOWLEDGMENT, "validating them"));
        assertEquals(Practice.LISTEN, map(Dimension.ACKNOWLEDGMENT, "echoing their words"));
        assertEquals(Practice.OFFER_OPTIONS, map(Dimension.RESOLUTION, "offering options"));
        assertEquals(Practice.FOLLOW_UP, map(Dimension.RESOLUTION, "follow-up commitment"));
        assertEquals(Practice.OWN_THE_FIX, map(Dimension.RESOLUTION, "asking for the details to act"));
        assertEquals(Practice.STAY_CALM, map(Dimension.CALMNESS, "blaming the customer"));
        assertTrue(PracticeMap.of(new Evidence(Dimension.RESOLUTION, "rated by the scenario author for this option", "", 10)).isEmpty());
    }

    @Test
    void aHabitIsIllustratedOnlyByEvidenceOfThatHabit() {
        // "I understand" names no feeling, and handing the customer on is not owning the fix.
        assertTrue(PracticeMap.of(new Evidence(Dimension.ACKNOWLEDGMENT, "i understand", "Understood", 15)).isEmpty());
        assertTrue(PracticeMap.of(new Evidence(Dimension.RESOLUTION, "handing it on", "transfer you", 10)).isEmpty());
        // Thanking them is courtesy, not giving back what they said.
        assertEquals(Practice.STAY_CALM, map(Dimension.ACKNOWLEDGMENT, "thanking them"));
        // Blame, sarcasm or "calm down" also cost acknowledgment, but what they break is a calm, courteous tone.
        assertEquals(Practice.STAY_CALM, map(Dimension.ACKNOWLEDGMENT, "telling them how to feel", -20));
        assertEquals(Practice.STAY_CALM, map(Dimension.ACKNOWLEDGMENT, "blaming the customer", -15));
        assertEquals(Practice.APOLOGISE, map(Dimension.ACKNOWLEDGMENT, "non-apology", -25));
        assertEquals(Practice.LISTEN, map(Dimension.ACKNOWLEDGMENT, "but takes it back", -10));

        ReplyScorer scorer = (reply, context) -> new ReplyScore(75, 40, 40, List.of(
                new Evidence(Dimension.ACKNOWLEDGMENT, "i understand", "Understood", 15),
                new Evidence(Dimension.ACKNOWLEDGMENT, "telling them how to feel", "calm down", -20),
                new Evidence(Dimension.RESOLUTION, "handing it on", "transfer you", 10)));
        Debrief d = DebriefBuilder.build(run(new ConversationEngine(scorer), Action.answer(Reply.typed("Understood, calm down, I'll transfer you"))));
        for (Habit h : d.strengths()) {
            assertFalse(h.example().contains("Understood") || h.example().contains("transfer you"), h.toString());
        }
        for (Habit h : d.toWorkOn()) {
            assertTrue(!h.example().contains("calm down") || h.practice() == Practice.STAY_CALM, h.toString());
        }
    }

    private static Practice map(Dimension d, String rule) {
        return map(d, rule, 1);
    }

    private static Practice map(Dimension d, String rule, int effect) {
        return PracticeMap.of(new Evidence(d, rule, "x", effect)).orElseThrow();
    }
}
