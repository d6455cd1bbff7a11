package hotseat.store;

/**
 * Which runs to list: each part null for any.
 *
 * @param scenarioId a scenario's id
 * @param trainee    who played
 * @param since      runs begun at or after this time (ISO-8601 UTC, or a date: 2026-03-01)
 * @param before     runs begun before this time
 * @param limit      at most this many, newest first; 0 for all
 */
public record RunFilter(String scenarioId, String trainee, String since, String before, int limit) {

    public static final RunFilter ALL = new RunFilter(null, null, null, null, 0);

    public RunFilter withLimit(int n) {
        return new RunFilter(scenarioId, trainee, since, before, n);
    }
}
