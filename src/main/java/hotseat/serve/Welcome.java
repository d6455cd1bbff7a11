package hotseat.serve;

/**
 * What a trainee taking an unfinished run up is told on connecting again: one sentence for both
 * front ends, plain mode's line and the full-screen interface's first status line.
 */
final class Welcome {
    private Welcome() {}

    static String back(String name) {
        return "Welcome back, " + name + ": taking your run up where you left it.";
    }
}
