package hotseat.tui;

import java.util.EnumSet;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;

/**
 * What a piece of the screen looks like. Only the sixteen ANSI colours are used, so the
 * interface reads the same on a 16-colour terminal, in tmux and in screen; with colour off
 * (NO_COLOR) every look falls back to the terminal's own colours, and bold and reverse carry
 * emphasis. Meaning never rests on colour alone: every bar has its label and number beside it.
 */
enum Look {
    PLAIN(null, null),
    BAR(null, null, SGR.REVERSE),
    TITLE(null, null, SGR.BOLD),
    DIM(TextColor.ANSI.WHITE, null),
    RULE(TextColor.ANSI.BLUE, null),
    CUSTOMER(TextColor.ANSI.CYAN, null, SGR.BOLD),
    TRAINEE(TextColor.ANSI.GREEN, null, SGR.BOLD),
    COACH(TextColor.ANSI.YELLOW, null),
    KEY(null, null, SGR.BOLD),
    SELECTED(null, null, SGR.REVERSE),
    CALM(TextColor.ANSI.GREEN, null),
    IRRITATED(TextColor.ANSI.YELLOW, null),
    FURIOUS(TextColor.ANSI.RED, null, SGR.BOLD),
    WARNING(TextColor.ANSI.RED, null, SGR.BOLD);

    private final TextColor foreground;
    private final TextColor background;
    private final EnumSet<SGR> styles;

    Look(TextColor foreground, TextColor background, SGR... styles) {
        this.foreground = foreground;
        this.background = background;
        this.styles = styles.length == 0 ? EnumSet.noneOf(SGR.class) : EnumSet.of(styles[0], styles);
    }

    TextColor foreground(boolean colour) {
        return colour && foreground != null ? foreground : TextColor.ANSI.DEFAULT;
    }

    TextColor background(boolean colour) {
        return colour && background != null ? background : TextColor.ANSI.DEFAULT;
    }

    EnumSet<SGR> styles() {
        return EnumSet.copyOf(styles.isEmpty() ? EnumSet.noneOf(SGR.class) : styles);
    }
}
