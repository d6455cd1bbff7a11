package hotseat.cli;

import hotseat.scenario.Scenario;
import hotseat.scoring.ReplyScorer;

/** The scorer commands use. */
final class Scorers {
    private Scorers() {}

    static ReplyScorer standard(Scenario scenario) {
        throw new CommandFailure("the scoring engine is not part of this build yet");
    }
}
