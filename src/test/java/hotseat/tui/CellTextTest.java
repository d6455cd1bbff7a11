package hotseat.tui;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellTextTest {

    @Test
    void wideCharactersAndEmojiTakeTwoColumns() {
        assertEquals(3, CellText.width("abc"));
        assertEquals(4, CellText.width("誕生"));
        assertEquals(4, CellText.width("a🎂b"));
    }

    @Test
    void aCombiningAccentJoinsItsLetterInOneCell() {
        assertEquals(4, CellText.width("cafe\u0301"));
    }

    @Test
    void wrapsAtWordsWithinTheWidthCountingWideCharacters() {
        List<String> lines = CellText.wrap("誕生日 is Saturday 🎂 and the parcel is lost", 12);
        for (String l : lines) {
            assertTrue(CellText.width(l) <= 12, l);
        }
        assertEquals(List.of("誕生日 is", "Saturday 🎂", "and the", "parcel is", "lost"), lines);
    }

    @Test
    void breaksAWordLongerThanTheLine() {
        assertEquals(List.of("abcde", "fghij", "k"), CellText.wrap("abcdefghijk", 5));
    }

    @Test
    void keepsLineBreaksAndIndentation() {
        assertEquals(List.of("Title", "", "  one two", "  three"), CellText.wrap("Title\n\n  one two three", 9));
    }

    @Test
    void fitCutsWithAnEllipsisInsideTheWidth() {
        assertEquals("The pa…", CellText.fit("The parcel", 7));
        assertEquals("誕生…", CellText.fit("誕生日です", 5));
        assertEquals("short", CellText.fit("short", 7));
    }
}
