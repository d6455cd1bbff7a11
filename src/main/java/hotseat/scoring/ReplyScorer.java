package hotseat.scoring;

/** Rates a reply. Implementations are pure and deterministic: same reply and context, same score. */
public interface ReplyScorer {
    ReplyScore score(String reply, ScoringContext context);
}
