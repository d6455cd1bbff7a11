package hotseat.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShortTextTest {

    @Test
    void shortTextIsKeptAndWhitespaceCollapsed() {
        assertEquals("Where is my parcel?", ShortText.of("  Where is\n my\tparcel?  ", 40));
    }

    @Test
    void longTextIsCutAtAWordWithAnEllipsis() {
        String s = ShortText.of("I have been waiting six days for a birthday present that never came", 30);
        assertEquals("I have been waiting six days…", s);
        assertTrue(s.codePointCount(0, s.length()) <= 30);
    }

    @Test
    void aLongWordIsCutInsideIt() {
        assertEquals("abcdefghi…", ShortText.of("abcdefghijklmnopqrstuvwxyz", 10));
    }

    @Test
    void controlCharactersDisappear() {
        assertEquals("ab c", ShortText.of("a\u0000b\u0007 c", 10));
    }

    @Test
    void anEmojiSequenceIsNeverSplit() {
        // woman facepalming with skin tone: U+1F926 U+1F3FD U+200D U+2640 U+FE0F
        String facepalm = "\uD83E\uDD26\uD83C\uDFFD\u200D\u2640\uFE0F";
        for (int limit = 2; limit < 8; limit++) {
            String cut = ShortText.of("xxxxx" + facepalm + "yyyyyy", 5 + limit);
            String head = cut.substring(0, cut.length() - 1);
            assertTrue(head.equals("xxxxx") || head.startsWith("xxxxx" + facepalm),
                    "cut at " + limit + " gave " + head);
        }
        String flags = "\uD83C\uDDEC\uD83C\uDDE7\uD83C\uDDEB\uD83C\uDDF7"; // GB FR
        String cut = ShortText.of(flags + "zzzz", 3);
        assertEquals("\uD83C\uDDEC\uD83C\uDDE7…", cut);
    }
}
