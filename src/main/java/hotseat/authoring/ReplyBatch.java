package hotseat.authoring;

import hotseat.scenario.Vocabulary;
import hotseat.scoring.ReplyScore;
import hotseat.scoring.ReplyScorer;
import hotseat.scoring.ScoringContext;

/**
 * Scores a batch of replies one request at a time, as a QA team sends them: each request is a
 * reply with, optionally, the customer's line and a scenario node to score it in. A request that
 * cannot be scored gets its reason and the batch goes on.
 */
public final class ReplyBatch {
    /** One reply to score: {@code customer}, {@code scenario} and {@code node} may be null. */
    public record Request(String reply, String customer, String scenario, String node) {}

    /** What became of a request. */
    public sealed interface Outcome {}

    /** Scored. */
    public record Scored(ReplyScore score) implements Outcome {}

    /** Not scored, with the reason and its fix in one line. */
    public record Unscored(String reason) implements Outcome {}

    /** Finds the scoring context for a scenario's node; the loading edge implements it. */
    public interface Contexts {
        /**
         * The context for {@code node} of {@code scenario} (null: its start), {@code customer}
         * replacing the node's line when given.
         *
         * @throws NoContext with the one-line reason when the scenario or node is wrong
         */
        ScoringContext context(String scenario, String node, String customer);
    }

    /** A scenario or node that gives no context, as one line for people. */
    public static final class NoContext extends RuntimeException {
        public NoContext(String line) {
            super(line, null, false, false);
        }
    }

    private final ReplyScorer scorer;
    private final Contexts contexts;

    public ReplyBatch(ReplyScorer scorer, Contexts contexts) {
        this.scorer = scorer;
        this.contexts = contexts;
    }

    public Outcome score(Request r) {
        if (r.reply() == null) {
            return new Unscored("missing \"reply\" — add the trainee's reply as \"reply\": \"...\"");
        }
        if (r.node() != null && r.scenario() == null) {
            return new Unscored("\"node\" needs \"scenario\": the node is looked up in that scenario file");
        }
        ScoringContext context;
        try {
            context = r.scenario() == null ? new ScoringContext(r.customer(), Vocabulary.NONE)
                    : contexts.context(r.scenario(), r.node(), r.customer());
        } catch (NoContext e) {
            return new Unscored(e.getMessage());
        }
        return new Scored(scorer.score(r.reply(), context));
    }
}
