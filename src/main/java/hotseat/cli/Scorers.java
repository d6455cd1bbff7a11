package hotseat.cli;

import hotseat.scoring.ReplyScorer;
import hotseat.scoring.RubricScorer;

/** The scorer commands use: the built-in rubric (a scenario's vocabulary reaches it through the scoring context). */
final class Scorers {
    private Scorers() {}

    static ReplyScorer standard() {
        return RubricScorer.builtIn();
    }
}
