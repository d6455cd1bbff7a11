package hotseat.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import hotseat.load.ScoringFiles;

/** The rubric file: readable, complete, and strict about mistakes. */
class RubricFileTest {

    static Rubric parse(String yaml) throws IOException {
        return ScoringFiles.readRubric(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyRuleHasANameANoteAndSomethingToMatch() {
        Rubric r = ScoringFiles.builtInRubric();
        Set<String> families = new HashSet<>();
        for (RubricRule rule : r.rules()) {
            assertFalse(rule.note().isBlank(), rule.name() + " has no note");
            assertTrue(rule.detect() != null || !rule.phrases().isEmpty(), rule.name() + " matches nothing");
            families.add(rule.family());
        }
        assertTrue(families.containsAll(List.of("shouting", "dismissing", "blame", "deflection", "sarcasm",
                "condescension", "insults", "combative", "politeness", "apology", "empathy", "validation",
                "gratitude", "listening", "take-back", "ownership", "action", "time", "options", "follow-up")), families.toString());
    }

    /** YAML reads " #" as the start of a comment: "at # pm" would silently become "at". */
    @Test
    void phrasesWithANumberSignAreQuoted() throws IOException {
        try (InputStream in = Rubric.class.getResourceAsStream(ScoringFiles.RUBRIC)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                String s = line.strip();
                if (s.startsWith("- ") && !s.startsWith("- \"") && !s.startsWith("- '")) {
                    assertFalse(s.contains(" #"), "quote this phrase: " + s);
                }
            }
        }
    }

    @Test
    void unknownKeysAreRejected() {
        assertThrows(IOException.class, () -> parse("rules:\n  - name: x\n    phrase: [a]\n"));
    }

    @Test
    void badRulesAreNamedInTheError() throws IOException {
        Rubric dup = parse("rules:\n  - {name: x, calmness: 1, phrases: [a]}\n  - {name: x, calmness: 1, phrases: [b]}\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RubricScorer(dup)).getMessage().contains("twice"));
        Rubric badDetect = parse("rules:\n  - {name: x, detect: telepathy}\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RubricScorer(badDetect)).getMessage()
                .contains("unknown detect 'telepathy'"));
        Rubric badOverride = parse("rules:\n  - {name: x, calmness: 1, phrases: [a], overrides: [y]}\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RubricScorer(badOverride)).getMessage()
                .contains("overrides 'y'"));
        Rubric badPhrase = parse("rules:\n  - {name: x, calmness: 1, phrases: [\"i'm|hello there\"]}\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RubricScorer(badPhrase)).getMessage()
                .startsWith("rule 'x', phrase"));
    }

    @Test
    void aSmallRubricScoresByItsOwnRules() throws IOException {
        RubricScorer s = new RubricScorer(parse("""
                base: {calmness: 50}
                rules:
                  - name: kind
                    calmness: 20
                    phrases: [kind words]
                """));
        ReplyScore score = s.score("Some kind words.", ScoringContext.NONE);
        assertEquals(70, score.calmness());
        assertEquals(List.of(new Evidence(Dimension.CALMNESS, "kind", "kind words", 20)), score.evidence());
    }
}
