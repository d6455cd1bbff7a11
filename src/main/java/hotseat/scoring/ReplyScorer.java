package hotseat.scoring;

/** Rates a reply. Implementations are pure and deterministic: same reply and context, same score. */
public interface ReplyScorer {
    ReplyScore score(String reply, ScoringContext context);

    /** Where {@code d} stands before any evidence moves it, so a trainer can follow the sum. */
    default int startsAt(Dimension d) {
        return 0;
    }
}
