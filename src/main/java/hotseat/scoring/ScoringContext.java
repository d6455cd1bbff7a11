package hotseat.scoring;

import hotseat.scenario.Vocabulary;

/**
 * What the scorer knows besides the reply: the customer's last line (for echoing their
 * specifics) and the scenario's extra vocabulary.
 */
public record ScoringContext(String customerLine, Vocabulary vocabulary) {
    public static final ScoringContext NONE = new ScoringContext("", Vocabulary.NONE);

    public ScoringContext {
        customerLine = customerLine == null ? "" : customerLine;
        vocabulary = vocabulary == null ? Vocabulary.NONE : vocabulary;
    }
}
