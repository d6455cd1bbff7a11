package hotseat.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FeedbackReadingTest {

    private static Judgement read(String feedback) {
        return FeedbackReading.of(feedback).judgement();
    }

    @Test
    void praiseWithoutReservationIsGood() {
        assertEquals(Judgement.GOOD, read("Strong. You named the wait and promised a time."));
        assertEquals(Judgement.GOOD, read("A warm, specific close that prevents a repeat."));
        assertEquals(Judgement.GOOD, read("Well done: the fix, the time and a backup."));
    }

    @Test
    void aHeadlineOfPraiseOutweighsCriticalWordsInTheSameSentence() {
        assertEquals(Judgement.GOOD, read("Good recovery: you admitted the wrong priority and corrected it."));
        assertEquals(Judgement.FAIR, read("Good, but say when it will arrive."));
    }

    @Test
    void criticismIsPoorAndNamesItsWords() {
        FeedbackReading r = FeedbackReading.of("Cold and dismissive; it blames her. Own it.");
        assertEquals(Judgement.POOR, r.judgement());
        assertEquals(List.of("cold", "dismissive", "blames"), r.cues(), "in the order they are written");
        assertEquals(Judgement.POOR, read("Accurate and cold."));
        assertEquals(Judgement.POOR, read("It gives him nothing to hold on to."));
    }

    @Test
    void praiseWithAButOrMildCriticismIsFair() {
        assertEquals(Judgement.FAIR, read("Fine, but flat."));
        assertEquals(Judgement.FAIR, read("Polite, but thin. Name the hold before you ask for anything."));
        assertEquals(Judgement.FAIR, read("Correct and quick."));
        assertEquals(Judgement.FAIR, read("It may be true, but it sounds like an excuse."));
    }

    @Test
    void theOptionsOwnQuotedWordsAreNotRead() {
        // "fine" is the option's word, not the author's; "failed" is the author's.
        FeedbackReading r = FeedbackReading.of("\"It should be fine\" asks him to trust the system that failed him.");
        assertEquals(Judgement.POOR, r.judgement());
        assertEquals(List.of("failed"), r.cues());
        assertEquals(Judgement.UNKNOWN, read("“Just trust us” is what the last garage said."));
    }

    @Test
    void negatedPraiseIsCriticism() {
        FeedbackReading r = FeedbackReading.of("That is not true here, and he knows it.");
        assertEquals(Judgement.POOR, r.judgement());
        assertEquals(List.of("not true"), r.cues());
    }

    @Test
    void kindWordsInLaterAdviceDoNotMakeAPoorOptionGood() {
        // The first sentence holds no word we read; the second advises, and only its criticism counts.
        assertEquals(Judgement.UNKNOWN, read("He asked for a letter. Offer a warm, specific one."));
        assertEquals(Judgement.POOR, read("He asked for a letter. Sending him online is the worst answer."));
    }

    @Test
    void missingOrUnclearFeedbackIsUnknown() {
        assertEquals(Judgement.UNKNOWN, read(null));
        assertEquals(Judgement.UNKNOWN, read("  "));
        FeedbackReading r = FeedbackReading.of("The whole room saw that.");
        assertEquals(Judgement.UNKNOWN, r.judgement());
        assertTrue(r.cues().isEmpty());
    }

    @Test
    void wordsInsideOtherWordsDoNotCount() {
        // "warmth" is not "warm", "personally" is not "personal".
        assertEquals(Judgement.UNKNOWN, read("Warmth matters here. Taking it personally is beside the point."));
    }
}
