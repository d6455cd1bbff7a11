package hotseat.playtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import hotseat.load.ScoringFiles;

class ReplyPoolTest {

    @Test
    void theBuiltInPoolHasSeveralRepliesOfEachQuality() {
        ReplyPool pool = ScoringFiles.builtInReplyPool();
        for (Quality q : Quality.values()) {
            assertTrue(pool.of(q).size() >= 5, q + " has " + pool.of(q).size());
        }
        assertTrue(pool.of(Quality.POOR).stream().anyMatch(e -> e.text().toLowerCase().contains("calm down")));
        assertTrue(pool.of(Quality.POOR).stream().anyMatch(e -> e.text().toLowerCase().contains("policy")));
    }

    @Test
    void linesAreQualityColonTextWithCommentsIgnored() {
        ReplyPool pool = ReplyPool.parse("# a comment\n\nstrong: A\nmiddling: B: with colon\npoor:  C \n");
        assertEquals("B: with colon", pool.probe(Quality.MIDDLING).text());
        assertEquals("C", pool.probe(Quality.POOR).text());
        assertEquals(3, pool.size());
    }

    @Test
    void aBadLineIsReportedWithItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReplyPool.parse("strong: A\nexcellent: B\npoor: C\nmiddling: D"));
        assertTrue(e.getMessage().startsWith("reply pool line 2:"), e.getMessage());
        assertFalse(assertThrows(IllegalArgumentException.class, () -> ReplyPool.parse("strong: A\npoor: C"))
                .getMessage().isEmpty());
    }
}
