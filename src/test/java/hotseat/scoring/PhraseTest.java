package hotseat.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The phrase language of the rubric, matched over tokens. */
class PhraseTest {
    private static final Tokenizer TOKENIZER = new Tokenizer(Map.of("dont", new String[] {"do", "not"}, "u", new String[] {"you"}));

    /** The text matched by {@code phrase} in {@code text}, or null. */
    static String find(String phrase, String text) {
        Tokens t = TOKENIZER.tokenize(text);
        for (Phrase p : Phrase.compile(phrase, TOKENIZER)) {
            for (int i = 0; i < t.size; i++) {
                int end = p.matchAt(t, i);
                if (end > i) {
                    return t.quote(i, end - 1);
                }
            }
        }
        return null;
    }

    @Test
    void contractionsAndCaseDoNotMatter() {
        assertEquals("I'm sorry", find("i am sorry", "Well, I'm sorry."));
        assertEquals("I AM SORRY", find("i'm sorry", "I AM SORRY"));
        assertEquals("don't", find("do not", "I don't know"));
        assertEquals("dont", find("do not", "i dont know"));
        assertEquals("can't", find("can not", "We can't do that"));
        assertEquals("won't", find("will not", "It won't happen"));
        assertEquals("u", find("you", "thank u"));
    }

    @Test
    void pausesBetweenWordsAreAllowedButSentencesAreNot() {
        assertEquals("sorry, but you", find("sorry but you", "I'm sorry, but you signed it."));
        assertEquals(null, find("sorry but you", "I'm sorry. But you signed it."));
    }

    @Test
    void alternativesPrefixesOptionalsAndGaps() {
        assertEquals("frustrating", find("frustrat*", "That is frustrating."));
        assertEquals("refund", find("refund|reimburse", "I'll refund it."));
        assertEquals("so sorry", find("(so|really)? sorry", "I'm so sorry"));
        assertEquals("Sorry", find("(so|really)? sorry", "Sorry!"));
        assertEquals("why are you so very upset", find("why are you ... upset", "why are you so very upset"));
        assertEquals(null, find("why are you ... upset", "why are you going to be so very upset"));
        assertEquals("5 pm", find("# pm", "by 5 pm"));
        assertEquals("5pm", find("# pm", "by 5pm"));
        assertEquals("three days", find("# days", "within three days"));
    }

    @Test
    void startOfSentenceAndPunctuation() {
        assertEquals("Look,", find("^ look ,", "Look, I tried."));
        assertEquals(null, find("^ look ,", "Let me look, then."));
        assertEquals("Seriously?", find("seriously ?", "Seriously? Again?"));
        assertEquals("no", find("^ no .", "no"));
    }

    @Test
    void mistakesInPhrasesAreExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Phrase.compile("i'm|hello there", TOKENIZER));
        assertTrue(e.getMessage().contains("alternatives"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Phrase.compile("... sorry", TOKENIZER));
        assertThrows(IllegalArgumentException.class, () -> Phrase.compile("sorry ^", TOKENIZER));
        assertEquals(4, Phrase.compile("a? b? c", TOKENIZER).size());
    }

    @Test
    void gapsReachThreeWordsAndNoFurther() {
        assertEquals("no a b c no", find("no ... no", "no a b c no"));
        assertEquals(null, find("no ... no", "no a b c d no"));
    }
}
