package hotseat.playtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import hotseat.scenario.Outcome;

class HealthySpreadTest {

    @Test
    void harderScenariosResolveForFewerWalksAndLoseMore() {
        for (int d = 1; d < 5; d++) {
            HealthySpread easier = HealthySpread.forDifficulty(d), harder = HealthySpread.forDifficulty(d + 1);
            assertTrue(harder.resolved().high() < easier.resolved().high(), "difficulty " + d);
            assertTrue(harder.resolved().low() <= easier.resolved().low(), "difficulty " + d);
        }
        assertEquals(HealthySpread.forDifficulty(5), HealthySpread.forDifficulty(9));
        assertEquals(HealthySpread.forDifficulty(1), HealthySpread.forDifficulty(0));
    }

    @Test
    void aShareIsOkLowOrHigh() {
        HealthySpread three = HealthySpread.forDifficulty(3);
        assertEquals("resolved 20–55%, escalated 5–40%, lost 20–55%", three.toString());
        assertEquals("ok", three.verdict(Outcome.RESOLVED, 0.20));
        assertEquals("low", three.verdict(Outcome.RESOLVED, 0.19));
        assertEquals("high", three.verdict(Outcome.LOST, 0.556));
    }
}
