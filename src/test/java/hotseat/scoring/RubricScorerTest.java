package hotseat.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import hotseat.load.ScoringFiles;
import hotseat.scenario.Vocabulary;

/** Behaviour of the built-in rubric, one rule family at a time. */
class RubricScorerTest {
    private static final RubricScorer SCORER = ScoringFiles.builtInRules();

    static ReplyScore score(String reply) {
        return SCORER.score(reply, ScoringContext.NONE);
    }

    static ReplyScore score(String reply, String customer) {
        return SCORER.score(reply, new ScoringContext(customer, Vocabulary.NONE));
    }

    /** True when the named rule moved the score (evidence with a non-zero effect). */
    static boolean fired(ReplyScore s, String rule) {
        return s.evidence().stream().anyMatch(e -> e.rule().equals(rule) && e.effect() != 0);
    }

    static Evidence evidence(ReplyScore s, String rule) {
        return s.evidence().stream().filter(e -> e.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no evidence for '" + rule + "' in " + s.evidence()));
    }

    @Test
    void everyPointIsExplainedByEvidence() {
        ReplyScore s = score("I'm so sorry you were charged twice. I've refunded it today; your reference is R-1.",
                "You charged me twice for the same order!");
        for (Dimension d : Dimension.values()) {
            int base = SCORER.rubric().base().getOrDefault(d.word(), 0);
            int sum = base + s.evidenceFor(d).stream().mapToInt(Evidence::effect).sum();
            assertEquals(Math.max(0, Math.min(100, sum)), s.get(d), d + ": " + s.evidenceFor(d));
        }
        assertTrue(s.evidence().stream().allMatch(e -> !e.rule().isBlank() && !e.note().isBlank()));
    }

    @Test
    void sameReplySameScore() {
        String reply = "Look, that's our policy. You should have read the terms.";
        assertEquals(score(reply, "x"), score(reply, "x"));
    }

    @Test
    void emptyReplyScoresWithoutEvidence() {
        ReplyScore s = score("");
        assertEquals(0, s.acknowledgment());
        assertEquals(0, s.resolution());
        assertTrue(s.evidence().isEmpty());
    }

    @Nested
    class Calmness {
        @Test
        void shoutingInCapitalsLowersCalmness() {
            ReplyScore s = score("THAT IS NOT MY PROBLEM");
            assertTrue(fired(s, "shouting in capitals"));
            assertTrue(s.calmness() < 30, s.toString());
        }

        @Test
        void acronymsAreNotShouting() {
            assertFalse(fired(score("Could you read me the IMEI and your PIN? I'll call at 5 PM."), "shouting in capitals"));
        }

        @Test
        void runsOfPunctuationLowerCalmness() {
            ReplyScore s = score("What do you want me to do about it?!");
            assertEquals("?!", evidence(s, "runs of ! or ?").matched());
        }

        @Test
        void dismissingTheFeeling() {
            assertTrue(fired(score("Calm down, it's only a parcel."), "telling them how to feel"));
            assertTrue(fired(score("I don't understand why you're so upset."), "telling them how to feel"));
        }

        @Test
        void blame() {
            assertTrue(fired(score("You should have called ahead."), "blaming the customer"));
            assertTrue(fired(score("Did you even read the email?"), "blaming the customer"));
            // Sympathy is not blame, nor is telling them when something arrives.
            assertFalse(fired(score("You shouldn't have had to chase us."), "blaming the customer"));
            assertFalse(fired(score("You should have it by Friday."), "blaming the customer"));
        }

        @Test
        void deflectionAndPolicy() {
            ReplyScore s = score("That's our policy, there's nothing I can do. You'll have to call the bank.");
            assertTrue(fired(s, "deflecting to policy"));
            assertTrue(fired(s, "not my job"));
            assertTrue(s.calmness() < 40 && s.resolution() == 0, s.toString());
        }

        @Test
        void sarcasmAndCondescension() {
            assertTrue(fired(score("Seriously? Good luck with that."), "sarcasm"));
            assertTrue(fired(score("As I said, with all due respect, it's in the terms."), "condescension"));
        }

        @Test
        void insultsAndSwearing() {
            ReplyScore s = score("That's a stupid question, I don't care.");
            assertTrue(fired(s, "insults and swearing"));
            assertTrue(s.calmness() <= 10);
        }

        @Test
        void combativeOpeners() {
            assertTrue(fired(score("Look, I'm doing my best here."), "combative opener"));
            assertTrue(fired(score("Honestly, that's not how it works."), "combative opener"));
            assertFalse(fired(score("Let me look at your account."), "combative opener"));
        }

        @Test
        void courtesyRaisesCalmness() {
            assertTrue(score("Thank you, could you please send me the order number?").calmness()
                    > score("Send me the order number.").calmness());
        }
    }

    @Nested
    class Acknowledgment {
        @Test
        void namingTheFeeling() {
            ReplyScore s = score("That must be so frustrating.");
            assertTrue(fired(s, "naming the feeling"));
            assertTrue(s.acknowledgment() >= 40);
        }

        @Test
        void validating() {
            assertTrue(fired(score("You're right to be upset, I'd feel the same."), "validating them"));
        }

        @Test
        void specificApologyBeatsGenericApology() {
            ReplyScore specific = score("I'm sorry nobody called you back about the boiler.");
            ReplyScore generic = score("Sorry about that.");
            assertTrue(fired(specific, "specific apology"));
            assertFalse(fired(generic, "specific apology"));
            assertTrue(specific.acknowledgment() > generic.acknowledgment());
        }

        @Test
        void nonApologiesAreNoApology() {
            ReplyScore s = score("I'm sorry you feel that way.");
            assertFalse(fired(s, "apology"));
            assertTrue(fired(s, "non-apology"));
            assertEquals(0, s.acknowledgment());
            assertTrue(score("I apologise for any inconvenience this may have caused.").acknowledgment()
                    < score("I apologise.").acknowledgment());
            assertFalse(fired(score("I'm sorry, but you didn't read the terms."), "apology"));
        }

        @Test
        void negatedApologyIsNotAnApology() {
            ReplyScore s = score("I'm not going to apologise for that.");
            assertFalse(fired(s, "apology"));
            assertTrue(fired(s, "refusing to apologise"));
            assertEquals(0, s.acknowledgment());
        }

        @Test
        void thanksForRaisingIt() {
            assertTrue(fired(score("Thanks for flagging this."), "thanking them"));
        }

        @Test
        void echoingTheCustomersOwnWords() {
            String customer = "I waited forty minutes on hold and my son's birthday present still hasn't arrived.";
            ReplyScore s = score("Forty minutes on hold, and for a birthday present — I'm sorry.", customer);
            Evidence echo = evidence(s, "echoing their words");
            assertEquals("Forty, minutes, hold", echo.matched()); // at most three words count
            assertTrue(s.acknowledgment() > score("I'm sorry.", customer).acknowledgment());
        }

        @Test
        void echoIgnoresStopWordsAndStemsLightly() {
            ReplyScore s = score("Being transferred again is the last thing you need.",
                    "I've been transferred four times!");
            assertEquals("transferred", evidence(s, "echoing their words").matched());
        }

        @Test
        void butTakesBackTheAcknowledgment() {
            ReplyScore plain = score("I understand how annoying this is.");
            ReplyScore but = score("I understand how annoying this is, but I have to follow the process.");
            assertTrue(fired(but, "but takes it back"));
            assertTrue(but.acknowledgment() < plain.acknowledgment());
        }

        @Test
        void notUnderstandingIsNotAcknowledging() {
            ReplyScore s = score("I don't understand why you're so upset.");
            assertEquals(0, s.acknowledgment());
        }
    }

    @Nested
    class Resolution {
        @Test
        void ownershipActionTimeAndFollowUpAddUp() {
            ReplyScore vague = score("We'll look into it.");
            ReplyScore owned = score("I'll look into it.");
            ReplyScore concrete = score("I'll refund you today and email you the reference number.");
            assertTrue(owned.resolution() > vague.resolution(), owned + " vs " + vague);
            assertTrue(concrete.resolution() > owned.resolution());
            assertTrue(concrete.resolution() >= 80, concrete.toString());
            for (String rule : List.of("taking ownership", "concrete action", "a time", "follow-up commitment")) {
                assertTrue(fired(concrete, rule), rule);
            }
        }

        @Test
        void optionsCount() {
            assertTrue(fired(score("Would you prefer a refund or a replacement?"), "offering options"));
        }

        @Test
        void vagueAndDeflectingAnswersLowerIt() {
            assertEquals(0, score("Someone will get back to you at some point.").resolution());
            assertEquals(0, score("It'll be fixed when it's fixed.").resolution());
            assertEquals(0, score("You'll have to contact the manufacturer.").resolution());
        }

        @Test
        void negatedOwnershipDoesNotCount() {
            ReplyScore s = score("I will not refund you.");
            assertFalse(fired(s, "taking ownership"));
        }

        @Test
        void empathyIsNotOwnership() {
            assertFalse(fired(score("I can imagine how stressful this is."), "taking ownership"));
        }
    }

    @Nested
    class ScenarioVocabulary {
        @Test
        void scenarioActionsCountOnlyForThatScenario() {
            Vocabulary v = new Vocabulary(List.of("re-pressurise the boiler"), List.of());
            String reply = "I'll re-pressurise the boiler.";
            ReplyScore with = SCORER.score(reply, new ScoringContext("", v));
            ReplyScore without = SCORER.score(reply, ScoringContext.NONE);
            assertTrue(fired(with, "scenario action"));
            assertFalse(fired(without, "scenario action"));
            assertTrue(with.resolution() > without.resolution());
        }

        @Test
        void scenarioFeelingsCountAsNamingTheFeeling() {
            Vocabulary v = new Vocabulary(List.of(), List.of(), List.of("mortified"));
            String reply = "You must be mortified.";
            ReplyScore with = SCORER.score(reply, new ScoringContext("", v));
            assertTrue(fired(with, "naming this customer's feeling"));
            assertTrue(with.acknowledgment() > score(reply).acknowledgment());
        }

        @Test
        void eachReplyIsScoredWithItsOwnScenarioAndCustomer() {
            Vocabulary boiler = new Vocabulary(List.of("re-pressurise the boiler"), List.of());
            Vocabulary credit = new Vocabulary(List.of(), List.of("re-pressurise the boiler"));
            String reply = "I'll re-pressurise the boiler for the forty minutes you held.";
            ReplyScore first = SCORER.score(reply, new ScoringContext("I held forty minutes!", boiler));
            ReplyScore other = SCORER.score(reply, new ScoringContext("Nobody came.", credit));
            ReplyScore again = SCORER.score(reply, new ScoringContext("I held forty minutes!", boiler));
            assertEquals(first, again);
            assertTrue(fired(first, "scenario action") && fired(first, "echoing their words"));
            assertFalse(fired(other, "scenario action") || fired(other, "echoing their words"));
            assertTrue(fired(other, "phrase to avoid here"));
        }

        @Test
        void phrasesToAvoidLowerCalmness() {
            Vocabulary v = new Vocabulary(List.of(), List.of("store credit"));
            ReplyScore s = SCORER.score("I can offer store credit.", new ScoringContext("", v));
            assertTrue(fired(s, "phrase to avoid here"));
            assertTrue(s.calmness() < score("I can offer store credit.").calmness());
        }
    }

    @Nested
    class HowPeopleActuallyType {
        @Test
        void chatStyleReadsLikeTheFullWords() {
            ReplyScore chat = score("im so sorry u were charged twice, ill refund it 2day");
            ReplyScore full = score("I'm so sorry you were charged twice, I'll refund it today.");
            assertEquals(full.acknowledgment(), chat.acknowledgment());
            assertEquals(full.resolution(), chat.resolution());
        }

        @Test
        void aWordOrTwoIsCurtUnlessItIsKind() {
            assertTrue(fired(score("Ok."), "a curt reply"));
            assertTrue(score("Ok.").calmness() < score("Let me check that for you.").calmness());
            assertFalse(fired(score("Sorry."), "a curt reply"));
            assertFalse(fired(score("Thank you!"), "a curt reply"));
        }

        @Test
        void oneLongWordInCapitalsIsShouting() {
            assertTrue(fired(score("UNBELIEVABLE, people never read the terms."), "shouting in capitals"));
            assertFalse(fired(score("I'm SO sorry."), "shouting in capitals"));
        }

        @Test
        void theirComplaintThrownBackAsAQuestionSoundsLikeDisbelief() {
            String customer = "We waited an hour and the food came cold.";
            assertTrue(fired(score("Cold? Really?", customer), "throwing their words back"));
            assertFalse(fired(score("Cold? Really?", ""), "throwing their words back"));
            // A real question about them is not disbelief.
            assertFalse(fired(score("Is the food still cold?", customer), "throwing their words back"));
        }

        @Test
        void askingAfterThePersonIsAcknowledgment() {
            ReplyScore s = score("Are the kids okay?", "The car broke down on the motorway with my kids in the back.");
            assertTrue(fired(s, "concern for them"));
            assertTrue(s.acknowledgment() >= 30);
        }

        @Test
        void anApologyFollowedByAnExcuseIsNotSpecific() {
            assertFalse(fired(score("Sorry, that's handled by a third party."), "specific apology"));
            assertTrue(fired(score("Sorry the engineer never turned up on Tuesday."), "specific apology"));
        }

        @Test
        void aQuestionAboutWhatTheyDidDoesNotCountTheirActionsAsYours() {
            ReplyScore s = score("Did you actually cancel the order?");
            assertFalse(fired(s, "concrete action"));
            assertEquals(0, s.resolution());
        }

        @Test
        void blameCoversAnyVerbButNotWhatToExpect() {
            assertTrue(fired(score("You should have put the sign on the door."), "blaming the customer"));
            assertFalse(fired(score("You should have received an email."), "blaming the customer"));
            assertFalse(fired(score("You should have been told before the gate."), "blaming the customer"));
        }

        @Test
        void negatedRewardsAreShownAsNotCounted() {
            ReplyScore s = score("I won't refund you.");
            Evidence e = evidence(s, "taking ownership");
            assertEquals(0, e.effect());
            assertTrue(e.note().startsWith("Not counted: negated."), e.note());
        }

        @Test
        void aVeryLongRepeatedReplyIsScoredAsPadding() {
            String reply = "I'm sorry, I'll refund you today. ".repeat(2_000);
            ReplyScore s = score(reply);
            assertTrue(s.acknowledgment() > 0, "it still scores");
            for (Dimension d : Dimension.values()) {
                assertTrue(s.get(d) <= 50, d + " is held to 50: " + s);
            }
            assertTrue(evidence(s, "padding and repetition").effect() < 0);
        }

        @Test
        void keywordStuffingIsHeldToHalfMarks() {
            ReplyScore s = score("apologies apologies refund now replacement tomorrow I'll call you 5pm apologies");
            assertTrue(s.resolution() <= 50 && s.acknowledgment() <= 50, s.toString());
            ReplyScore once = score("I'm sorry. I'll refund you now and send a replacement tomorrow; I'll call you at 5pm.");
            assertTrue(once.resolution() > 50, "the same words said once are a real commitment: " + once);
        }
    }

    /** Kind words that contain a harsh one must not be read as the harsh one. */
    /** Negation, conditions and the target of a harsh word reach across a clause, not a fixed window. */
    @Nested
    class ClauseScope {
        @Test
        void nothingICanDoOwnsNothing() {
            assertFalse(fired(score("There's nothing I can do."), "taking ownership"));
            assertTrue(fired(score("I can do that for you."), "taking ownership"));
        }

        @Test
        void aNegatorReachesAcrossItsClauseButNotPastABreak() {
            assertFalse(fired(score("I'm not going to be able to refund it."), "concrete action"));
            assertTrue(fired(score("It's not ideal, but I'll refund it today."), "concrete action"),
                    "the negation stays in its own clause");
        }

        @Test
        void aConditionalPromiseCountsAtHalf() {
            Evidence plain = evidence(score("We'll refund you."), "concrete action");
            Evidence onlyIf = evidence(score("If it turns out to be our fault, we'll refund you."), "concrete action");
            assertEquals(plain.effect() / 2, onlyIf.effect());
            assertTrue(onlyIf.note().startsWith("Counted at half"), onlyIf.note());
            assertEquals(plain.effect(), evidence(score("If you'd prefer, we'll refund you."), "concrete action").effect(),
                    "a choice offered is not a condition");
        }

        @Test
        void harshWordsCountOnlyWhenAimedAtTheCustomer() {
            assertFalse(fired(score("I'm so sorry, what a rubbish week you've had."), "harsh words about the customer"));
            assertFalse(fired(score("That's a ridiculous way to treat you, and I'm sorry."), "harsh words about the customer"));
            assertTrue(fired(score("You're being ridiculous."), "harsh words about the customer"));
            assertTrue(fired(score("That was stupid of you."), "harsh words about the customer"));
            assertTrue(fired(score("Your stupid question has an answer on the website."), "harsh words about the customer"));
        }

        @Test
        void getLostIsAnInsultOnlyAsAnOrder() {
            assertTrue(fired(score("Get lost."), "insults and swearing"));
            assertFalse(fired(score("Details like that could easily get lost in a quick call."), "insults and swearing"));
        }
    }

    @Nested
    class KindWordsThatSoundHarsh {
        @Test
        void condolencesAreNotAnInsult() {
            ReplyScore s = score("I'm so sorry for your loss.");
            assertFalse(fired(s, "insults and swearing"), s.evidence().toString());
            assertTrue(fired(s, "condolences"));
            assertTrue(s.calmness() >= 75 && s.acknowledgment() >= 50, s.toString());
            assertTrue(fired(score("That's your loss, mate."), "insults and swearing"));
        }

        @Test
        void reassuranceIsNotAnInsultOrARefusal() {
            ReplyScore idiot = score("You haven't been an idiot at all.");
            assertFalse(fired(idiot, "insults and swearing"), idiot.evidence().toString());
            ReplyScore apologise = score("Please don't apologise, you did nothing wrong.");
            assertFalse(fired(apologise, "refusing to apologise"), apologise.evidence().toString());
            assertTrue(fired(score("I'm not going to apologise for that."), "refusing to apologise"));
        }

        @Test
        void givingTimeAndChoiceIsNotDismissive() {
            assertFalse(fired(score("No rush, take your time."), "telling them how to feel"));
            assertFalse(fired(score("Whatever you decide, I'll support it."), "telling them how to feel"));
            assertTrue(fired(score("Whatever."), "telling them how to feel"));
        }

        @Test
        void hearingClearlyAndCongratulatingAreNotTalkingDown() {
            assertFalse(fired(score("I can hear you clearly, and I'm sorry."), "condescension"));
            assertTrue(fired(score("You clearly didn't read the email."), "condescension"));
            assertFalse(fired(score("Congratulations on the new baby!"), "sarcasm"));
        }

        @Test
        void promisingToCallWhenItArrivesIsAFollowUp() {
            ReplyScore s = score("I'll call you when it arrives.");
            assertFalse(fired(s, "it will happen when it happens"), s.evidence().toString());
            assertTrue(fired(score("It'll get there when it gets there."), "it will happen when it happens"));
        }
    }
}
