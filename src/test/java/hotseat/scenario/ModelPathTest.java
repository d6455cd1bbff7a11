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
    void parentStepsUpOneSegment() {
        assertEquals("nodes.opening.options[1]", ModelPath.parent("nodes.opening.options[1].next"));
        assertEquals("nodes.opening.options", ModelPath.parent("nodes.opening.options[1]"));
        assertEquals("nodes", ModelPath.parent("nodes[\"a.b [c]\"]"));
        assertEquals("nodes[\"a.b\"]", ModelPath.parent("nodes[\"a.b\"].says"));
        assertEquals("", ModelPath.parent("nodes"));
        assertEquals("", ModelPath.parent(""));
    }

    @Test
    void spellingSuggestsCloseNamesOnly() {
        assertEquals("title", Spelling.closest("titel", java.util.List.of("id", "title", "tags")).orElseThrow());
        assertEquals("model_answer", Spelling.closest("modelanswer", java.util.List.of("model_answer", "tip")).orElseThrow());
        assertEquals(java.util.Optional.empty(), Spelling.closest("age", java.util.List.of("name", "mood")));
    }
}
