package hotseat.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ModelPathTest {

    @Test
    void plainKeysAreDottedOthersQuoted() {
        assertEquals("nodes.opening.options[1].next",
                ModelPath.key(ModelPath.index(ModelPath.key(ModelPath.key("nodes", "opening"), "options"), 1), "next"));
        assertEquals("nodes[\"two words\"].says", ModelPath.key(ModelPath.key("nodes", "two words"), "says"));
        assertEquals("synonyms[\"say \\\"no\\\"\"]", ModelPath.key("synonyms", "say \"no\""));
    }

    @Test
    void stepsReadBackWhatKeyAndIndexWrite() {
        assertEquals(java.util.List.of(new ModelPath.Step("nodes", 0), new ModelPath.Step("opening", 0),
                new ModelPath.Step("options", 0), new ModelPath.Step(null, 1), new ModelPath.Step("next", 0)),
                ModelPath.steps("nodes.opening.options[1].next"));
        String odd = ModelPath.key(ModelPath.key("nodes", "a.b [\"c\"] \\"), "says");
        assertEquals(java.util.List.of(new ModelPath.Step("nodes", 0), new ModelPath.Step("a.b [\"c\"] \\", 0),
                new ModelPath.Step("says", 0)), ModelPath.steps(odd));
        assertEquals(java.util.List.of(new ModelPath.Step("two words", 0)), ModelPath.steps(ModelPath.key("", "two words")));
        assertEquals(java.util.List.of(), ModelPath.steps(""));
    }

    @Test
    void spellingSuggestsCloseNamesOnly() {
        assertEquals("title", Spelling.closest("titel", java.util.List.of("id", "title", "tags")).orElseThrow());
        assertEquals("model_answer", Spelling.closest("modelanswer", java.util.List.of("model_answer", "tip")).orElseThrow());
        assertEquals(java.util.Optional.empty(), Spelling.closest("age", java.util.List.of("name", "mood")));
    }
}
