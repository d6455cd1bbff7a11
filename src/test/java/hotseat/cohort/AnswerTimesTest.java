package hotseat.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerTimesTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01T10:00:05Z", "1999-12-31T23:59:59Z", "2024-02-29T00:00:00Z", "2026-03-01T10:00:05.5Z",
            "2026-03-01T10:00:05.123Z", "2026-03-01T10:00:05.123456789Z", "1970-01-01T00:00:00Z"})
    void theQuickReadingAgreesWithTheGeneralOne(String iso) {
        assertEquals(Instant.parse(iso), AnswerTimes.quickParse(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01T10:00:05+01:00", "2026-02-30T10:00:05Z", "2026-13-01T10:00:05Z", "2026-03-01 10:00:05Z",
            "2026-03-01T24:00:05Z", "2026-03-01T10:00:05.Z", "2026-03-01T10:00:05.1234567890Z", "2026-03-01T1O:00:05Z", "", "soon"})
    void anyOtherFormIsLeftToTheGeneralReading(String iso) {
        assertNull(AnswerTimes.quickParse(iso));
    }

    @Test
    void eachStandingReplyIsTimedFromWhenItsLineAppearedAndATipDoesNotRestartTheClock() {
        List<AnswerTimes.Action> actions = List.of(
                new AnswerTimes.Action("2026-03-01T10:00:12Z", "option"),
                new AnswerTimes.Action("2026-03-01T10:00:20Z", "hint"),
                new AnswerTimes.Action("2026-03-01T10:00:42Z", "typed"),
                new AnswerTimes.Action("2026-03-01T10:00:50Z", "undo"),
                new AnswerTimes.Action("2026-03-01T10:00:58.5Z", "option"),
                new AnswerTimes.Action("2026-03-01T10:01:00+00:00", "option"),
                new AnswerTimes.Action("later", "option"));
        assertEquals(Arrays.asList(12, 8, 1, null), AnswerTimes.of("2026-03-01T10:00:00Z", actions));
    }
}
