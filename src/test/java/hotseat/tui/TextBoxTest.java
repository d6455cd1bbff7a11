package hotseat.tui;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextBoxTest {

    private static TextBox typed(String s) {
        TextBox box = TextBox.EMPTY;
        for (char c : s.toCharArray()) {
            box = box.insert(c);
        }
        return box;
    }

    @Test
    void insertsAtTheCursorAndDeletesEitherSide() {
        TextBox box = typed("helo").left().insert('l');
        assertEquals(new TextBox("hello", 4), box);
        assertEquals(new TextBox("helo", 3), box.backspace());
        assertEquals(new TextBox("hell", 4), box.delete());
        assertEquals(new TextBox("hello", 5), box.right().right().delete());
    }

    @Test
    void theCursorNeverSplitsAnEmoji() {
        TextBox box = typed("a🎂b");
        assertEquals(4, box.cursor());
        assertEquals(new TextBox("a🎂b", 3), box.left());
        assertEquals(new TextBox("a🎂b", 1), box.left().left());
        assertEquals(new TextBox("ab", 1), box.left().backspace());
    }

    @Test
    void wrapsAtWordsAndPlacesTheCursorOnTheRightLine() {
        TextBox box = typed("I am so sorry about it");
        TextBox.Layout layout = box.layout(10);
        assertEquals(List.of("I am so ", "sorry ", "about it"), layout.lines());
        assertEquals(2, layout.cursorLine());
        assertEquals(8, layout.cursorColumn());
        TextBox.Layout atSorry = new TextBox(box.text(), 9).layout(10);
        assertEquals(1, atSorry.cursorLine());
        assertEquals(1, atSorry.cursorColumn());
    }

    @Test
    void aCursorAfterAFullLineShowsOnTheNextLine() {
        TextBox.Layout layout = typed("abcdefghij").layout(10);
        assertEquals(2, layout.lines().size());
        assertEquals(1, layout.cursorLine());
        assertEquals(0, layout.cursorColumn());
    }

    @Test
    void upAndDownKeepTheColumn() {
        TextBox box = typed("first line second line");
        TextBox up = box.up(12);
        assertEquals(0, up.layout(12).cursorLine());
        assertEquals(10, up.layout(12).cursorColumn());
        TextBox fromThird = new TextBox(box.text(), 3).down(12);
        assertEquals(1, fromThird.layout(12).cursorLine());
        assertEquals(3, fromThird.layout(12).cursorColumn());
        assertEquals(new TextBox(box.text(), 3), fromThird.up(12));
    }

    @Test
    void homeAndEndGoToTheEndsOfTheCursorsLine() {
        TextBox box = typed("first line second line");
        assertEquals(11, box.home(12).cursor());
        assertEquals(0, box.up(12).home(12).cursor());
        assertEquals(10, box.up(12).end(12).cursor());
    }

    @Test
    void refusesControlCharactersAndTextBeyondTheLimit() {
        assertEquals(TextBox.EMPTY, TextBox.EMPTY.insert('\u0007'));
        TextBox full = new TextBox("x".repeat(TextBox.MAX_LENGTH), TextBox.MAX_LENGTH);
        assertEquals(full, full.insert('y'));
    }
}
