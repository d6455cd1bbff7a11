package hotseat.bench;

import hotseat.tui.RedrawProbe;

/**
 * Keypress to redraw inside the program: the full-screen interface's update, view and delta
 * refresh, measured on a virtual terminal (the terminal's own drawing is not included; the
 * startup benchmark measures a real terminal end to end).
 */
public final class RedrawBench {
    private RedrawBench() {}

    public static void main(String[] args) throws Exception {
        RedrawProbe.typing(2000, 100, 30); // warm-up
        report("typing a character (100x30)", RedrawProbe.typing(2000, 100, 30));
        report("picking an option: score, route, redraw (100x30)", RedrawProbe.turns(300, 100, 30));
        hotseat.meaning.ModelMatcher model = hotseat.meaning.ModelMatcher.loadNow(hotseat.load.Caches.folder());
        if (model.ready()) {
            hotseat.conversation.ConversationEngine engine =
                    new hotseat.conversation.ConversationEngine(hotseat.load.ScoringFiles.standardScorer(), model);
            RedrawProbe.typedTurns(20, 100, 30, engine); // warm-up
            report("typing a reply: score, match by meaning, route, redraw", RedrawProbe.typedTurns(200, 100, 30, engine));
        }
    }

    private static void report(String what, long[] sorted) {
        System.out.printf("%-52s median %.2f ms   p99 %.2f ms   max %.2f ms%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
