package hotseat.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import hotseat.scenario.MoodRules;
import hotseat.scenario.Outcome;
import hotseat.scoring.Dimension;

class ConversationEngineTest {
    private final ConversationEngine engine = new ConversationEngine(new FakeScorer());

    private ConversationState start() {
        return engine.start(Fixtures.parcel(), 7, Mode.PRACTICE);
    }

    private ConversationState play(ConversationState s, Reply... replies) {
        for (Reply r : replies) {
            Step step = engine.reply(s, r);
            assertFalse(step.refused(), () -> "refused: " + step.events());
            s = step.state();
        }
        return s;
    }

    @Test
    void startsAtTheStartNodeWithTheCustomersMoodAndTheLineForItsBand() {
        ConversationState s = start();
        assertEquals("opening", s.at());
        assertEquals(70, s.mood());
        assertEquals("SIX DAYS. Where is my parcel?", s.customerLine());
        assertEquals(List.of(70), s.moodSeries());
    }

    @Test
    void aPickedOptionGoesToItsNextAndRecordsTheTurn() {
        Step step = engine.reply(start(), Reply.pick(1));
        ConversationState s = step.state();
        assertEquals("checking", s.at());
        Turn t = s.turns().get(0);
        assertEquals("opening", t.nodeId());
        assertEquals("SIX DAYS. Where is my parcel?", t.customerLine());
        assertEquals("option 1", t.reply().kind());
        assertEquals(90, t.score().calmness());
        assertEquals(70, t.moodBefore());
        assertEquals(60, t.moodAfter(), "70 - (6*40 + 6*40 + 4*0)/50 = 60.4");
        assertEquals("Good: you named the wait.", t.note(), "an option's feedback is its note");
        assertInstanceOf(ConversationEvent.Answered.class, step.events().get(0));
        assertEquals(new ConversationEvent.MoodMoved(70, 60), step.events().get(1));
        assertEquals(new ConversationEvent.Arrived("checking", "So what are you going to do?"), step.events().get(2));
    }

    @Test
    void anOptionsScoreHintsReplaceOnlyTheDimensionsTheyName() {
        Turn t = play(start(), Reply.pick(3)).turns().get(0);
        assertEquals(80, t.score().calmness());
        assertEquals(50, t.score().acknowledgment(), "not hinted: the analysis stands");
        assertEquals(95, t.score().resolution());
        assertTrue(t.score().evidenceFor(Dimension.RESOLUTION).stream()
                .anyMatch(e -> e.rule().contains("scenario author") && e.effect() == 45));
        assertEquals(63, t.moodAfter(), "70 - (6*30 + 4*45)/50 = 62.8");
    }

    @Test
    void typedRepliesFollowTheFirstRouteWhoseConditionsAllHold() {
        assertEquals("resolved_fast", play(start(), Reply.typed("[c50 a80 r70] sorted")).at());
        assertEquals("checking", play(start(), Reply.typed("[c50 a80 r40] only heard")).at(),
                "acknowledgment alone does not satisfy a route that also needs resolution");
    }

    @Test
    void phrasesMatchWholeWordsIgnoringCaseWithSynonyms() {
        assertEquals("refund_offered", play(start(), Reply.typed("Can I REFUND you?")).at());
        assertEquals("refund_offered", play(start(), Reply.typed("I can give you your Money Back")).at());
        assertEquals("checking", play(start(), Reply.typed("It was refunded already")).at(), "refunded is not refund");
        assertEquals("checking", play(start(), Reply.typed("nonrefundable, sorry")).at());
    }

    @Test
    void moodRoutesUseTheMoodAfterTheReply() {
        ConversationState s = play(start(), Reply.typed("[c0 a0 r0] whatever"));
        assertEquals(98, s.mood(), "70 + 16 + escalation 6*40/20 = 98");
        assertEquals("manager", s.at());
    }

    @Test
    void noTypedRouteMatchingFallsBackToOtherwise() {
        assertEquals("checking", play(start(), Reply.typed("hello there")).at());
    }

    @Test
    void escalatingRepliesJumpFurtherThanMerelyWeakOnes() {
        int weak = play(start(), Reply.typed("[c45 a20 r20] meh")).mood() - 70;
        int hostile = play(start(), Reply.typed("[c10 a20 r20] you should have")).mood() - 70;
        // weak: (6*5 + 6*30 + 4*30)/50 = 6.6 -> 77; hostile: (6*40+180+120)/50 = 10.8 + 6*30/20 = 9 -> 19.8 -> 90
        assertEquals(7, weak);
        assertEquals(20, hostile);
    }

    @Test
    void neutralRepliesLeaveTheMoodWhereItWas() {
        assertEquals(70, play(start(), Reply.typed("[c50 a50 r50] ok")).mood());
    }

    @Test
    void moodIsKeptWithinZeroAndHundred() {
        ConversationState hot = engine.start(Fixtures.parcel(95, null), 1, Mode.PRACTICE);
        assertEquals(100, play(hot, Reply.typed("[c0 a0 r0] no")).mood());
        ConversationState cool = engine.start(Fixtures.parcel(5, null), 1, Mode.PRACTICE);
        assertEquals(0, play(cool, Reply.pick(1)).mood());
    }

    @Test
    void aScenarioTunesTheMoodWeights() {
        MoodRules onlyResolution = new MoodRules(0.0, 0.0, 10.0, List.of());
        ConversationState s = engine.start(Fixtures.parcel(70, onlyResolution), 1, Mode.PRACTICE);
        assertEquals(70, play(s, Reply.pick(1)).mood(), "resolution 50 is neutral and the other weights are 0");
        assertEquals(74, play(s, Reply.pick(2)).mood(), "10*20/50 = 4, and no escalation with a calmness weight of 0");
    }

    @Test
    void aTriggerDivertsTheConversationAndFiresOnlyOnce() {
        ConversationState s = engine.start(Fixtures.parcel(70, Fixtures.triggers(">= 85", "manager")), 1, Mode.PRACTICE);
        Step step = engine.reply(s, Reply.pick(2));
        assertEquals(90, step.state().mood());
        assertEquals("manager", step.state().at(), "the option led to checking, the trigger to manager");
        assertTrue(step.events().contains(new ConversationEvent.TriggerFired(
                new hotseat.scenario.MoodTrigger(Fixtures.threshold(">= 85"), "manager"), "manager")));
        assertNotNull(step.state().turns().get(0).trigger());
        ConversationState after = play(step.state(), Reply.pick(1));
        assertEquals(90, after.mood(), "still above the line");
        assertEquals("escalated", after.at(), "the trigger does not fire a second time");
    }

    @Test
    void aTriggerNeverLeadsBackToANodeTheConversationHasBeenAt() {
        ConversationState s = engine.start(Fixtures.parcel(70, Fixtures.triggers(">= 85", "opening")), 1, Mode.PRACTICE);
        assertEquals("opening", s.at());
        Step step = engine.reply(s, Reply.pick(2));
        assertEquals(90, step.state().mood());
        assertEquals("checking", step.state().at(), "the option's next stands");
        assertEquals(-1, step.state().turns().get(0).triggerIndex(), "no trigger fired");
    }

    @Test
    void aTriggerToANodeAlreadyVisitedLetsTheNextOneFire() {
        ConversationState s = engine.start(Fixtures.parcel(70, Fixtures.triggers(">= 85", "opening", ">= 85", "manager")),
                1, Mode.PRACTICE);
        Step step = engine.reply(s, Reply.pick(2));
        assertEquals("manager", step.state().at());
        assertEquals(1, step.state().turns().get(0).triggerIndex());
    }

    @Test
    void aTriggerCanEndTheRun() {
        ConversationState s = engine.start(Fixtures.parcel(70, Fixtures.triggers(">= 95", "lost")), 1, Mode.PRACTICE);
        Step step = engine.reply(s, Reply.typed("[c0 a0 r0] no"));
        assertTrue(step.state().isOver());
        assertEquals(Outcome.LOST, step.state().outcome().orElseThrow());
    }

    @Test
    void anEndingStopsTheRun() {
        ConversationState s = play(start(), Reply.pick(1), Reply.pick(1));
        assertTrue(s.isOver());
        assertEquals("resolved", s.at());
        assertEquals(Outcome.RESOLVED, s.outcome().orElseThrow());
        assertEquals("", s.customerLine());
        Step more = engine.reply(s, Reply.pick(1));
        assertEquals(Optional.of(Refusal.CONVERSATION_OVER), more.refusal());
        assertEquals(s, more.state());
    }

    @Test
    void impossibleRepliesAreRefusedWithoutChangingTheState() {
        ConversationState s = start();
        assertEquals(Optional.of(Refusal.NO_SUCH_OPTION), engine.reply(s, Reply.pick(4)).refusal());
        assertEquals(Optional.of(Refusal.NO_SUCH_OPTION), engine.reply(s, Reply.pick(0)).refusal());
        ConversationState checking = play(s, Reply.pick(1));
        Step typed = engine.reply(checking, Reply.typed("hello"));
        assertEquals(Optional.of(Refusal.NO_TYPING), typed.refusal(), "checking allows no typing");
        assertEquals(checking, typed.state());
    }

    @Test
    void aTypedReplyOverTheLimitIsRefusedAndOneAtItIsTaken() {
        String longest = "a".repeat(ReplyLimit.MAX_LENGTH - 1) + "🙏";
        assertFalse(engine.reply(start(), Reply.typed(longest)).refused(), "an emoji counts as one character");
        assertEquals(Optional.of(Refusal.TOO_LONG), engine.reply(start(), Reply.typed(longest + "!")).refusal());
    }

    @Test
    void undoReturnsToTheNodeAndMoodAndCountsIt() {
        ConversationState one = play(start(), Reply.pick(2));
        Step back = engine.undo(one);
        ConversationState s = back.state();
        assertEquals("opening", s.at());
        assertEquals(70, s.mood());
        assertTrue(s.turns().isEmpty());
        assertEquals(1, s.undos());
        assertEquals("Calm down, please. [c10 a10 r30]", s.undone().get(0).replyText());
        ConversationState again = play(s, Reply.pick(1));
        assertEquals(1, again.turns().get(0).number());
        assertEquals(List.of(70, 60), again.moodSeries());
    }

    @Test
    void undoAfterAnEndingReopensTheConversation() {
        ConversationState over = play(start(), Reply.pick(1), Reply.pick(2));
        assertEquals("lost", over.at());
        ConversationState back = engine.undo(over).state();
        assertFalse(back.isOver());
        assertEquals("checking", back.at());
    }

    @Test
    void undoingATriggeredReplyLetsTheTriggerFireAgain() {
        ConversationState s = engine.start(Fixtures.parcel(70, Fixtures.triggers(">= 85", "manager")), 1, Mode.PRACTICE);
        ConversationState back = engine.undo(play(s, Reply.pick(2))).state();
        assertTrue(back.firedTriggers().isEmpty());
        assertEquals("manager", play(back, Reply.pick(2)).at());
    }

    @Test
    void undoIsRefusedInAssessmentAndWithNothingToUndo() {
        assertEquals(Optional.of(Refusal.NOTHING_TO_UNDO), engine.undo(start()).refusal());
        ConversationState assess = engine.start(Fixtures.parcel(), 1, Mode.ASSESS);
        ConversationState one = play(assess, Reply.pick(1));
        assertEquals(Optional.of(Refusal.UNDO_IN_ASSESSMENT), engine.undo(one).refusal());
    }

    @Test
    void aHintShowsTheTipAndIsCountedOncePerVisit() {
        Step hint = engine.hint(start());
        assertEquals(List.of(new ConversationEvent.HintShown("Name the wait before you explain anything.")), hint.events());
        ConversationState twice = engine.hint(hint.state()).state();
        assertEquals(1, twice.hintsUsed());
        ConversationState answered = play(twice, Reply.pick(1));
        assertTrue(answered.turns().get(0).hintUsed());
        Step atChecking = engine.hint(answered);
        assertEquals(2, atChecking.state().hintsUsed());
        assertEquals(List.of(new ConversationEvent.HintShown(ConversationEngine.GENERIC_TIP)), atChecking.events(),
                "a node with neither tip nor model answer gets the general tip");
        assertFalse(play(answered, Reply.pick(1)).turns().get(1).hintUsed(), "no hint asked at checking");
    }

    @Test
    void aNoteWithoutFeedbackNamesWhatToImprove() {
        Turn t = play(start(), Reply.typed("[c90 a20 r60] ok")).turns().get(0);
        assertEquals(Coaching.praise(Dimension.CALMNESS) + " \"[c90 a20 r60]\" (tagged acknowledgment) cost 30 points of acknowledgment. "
                + Coaching.advice(Dimension.ACKNOWLEDGMENT), t.note());
    }

    @Test
    void aReplyCloseToTheModelAnswerIsNotToldToDoBetter() {
        String model = Fixtures.parcel().nodes().get("opening").modelAnswer();
        Turn t = play(start(), Reply.typed(model + " [c90 a20 r60]")).turns().get(0);
        assertFalse(t.note().contains(Coaching.advice(Dimension.ACKNOWLEDGMENT)), t.note());
        assertEquals(Coaching.BEST_AVAILABLE + ", but \"[c90 a20 r60]\" (tagged acknowledgment) cost 30 points of acknowledgment.",
                t.note());
        Turn clean = play(start(), Reply.typed(model + " [c90 a45 r60]")).turns().get(0);
        assertEquals(Coaching.BEST_AVAILABLE + ".", clean.note());
    }

    @Test
    void theFeelingIsTheAuthoredEmotionElseTheMoodsBand() {
        assertEquals("angry", start().feeling());
        ConversationState over = play(play(start(), Reply.pick(1)), Reply.pick(1));
        assertTrue(over.isOver());
        assertEquals(over.moodBand().word(), over.feeling(), "no \"—\" once the conversation is over");
    }

    @Test
    void theSameActionsGiveTheSameRun() {
        List<Action> actions = List.of(Action.HINT, Action.answer(Reply.pick(2)), Action.UNDO,
                Action.answer(Reply.typed("I can give you your money back")), Action.answer(Reply.typed("[c80 a80 r80] both")));
        ConversationState a = Fixtures.replay(engine, Fixtures.parcel(), 42, Mode.PRACTICE, actions);
        ConversationState b = Fixtures.replay(engine, Fixtures.parcel(), 42, Mode.PRACTICE, actions);
        assertEquals(a, b);
        assertEquals("resolved", a.at());
        assertEquals(1, a.undos());
        assertEquals(1, a.hintsUsed());
        assertNull(a.turns().get(0).trigger());
    }
}
