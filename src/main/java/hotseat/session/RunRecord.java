package hotseat.session;

import java.util.List;

import hotseat.debrief.Debrief;

/**
 * A saved run: what a {@link RunRecorder} keeps after every action, and the one JSON document a
 * run is written as (`hotseat debrief RUN --format json`, the run files of earlier versions).
 *
 * @param format          always "hotseat-run", so a stray JSON file is recognised as not a run
 * @param version         the file format version, 1
 * @param id              the file name without ".json"
 * @param scenarioId      the scenario's id
 * @param scenarioSource  the path the scenario was read from, or "builtin:ID"
 * @param scenarioSha256  SHA-256 of the scenario file's bytes when the run was played
 * @param seed            the run's seed
 * @param mode            "practice" or "assess"
 * @param trainee         who played: the name given with --trainee, or the login name; null in
 *                        runs saved before trainees were recorded
 * @param startedAt       ISO-8601 UTC
 * @param updatedAt       ISO-8601 UTC, the last save
 * @param finished        true once an ending was reached
 * @param outcome         "resolved", "escalated", "lost" or "unfinished"
 * @param overallScore    the debrief's overall score
 * @param actions         every reply, undo and hint, in order, with its time and scores
 * @param debrief         the debrief as of the last save
 */
public record RunRecord(
        String format,
        int version,
        String id,
        String scenarioId,
        String scenarioTitle,
        String scenarioSource,
        String scenarioSha256,
        long seed,
        String mode,
        String trainee,
        String startedAt,
        String updatedAt,
        boolean finished,
        String outcome,
        int overallScore,
        List<RecordedAction> actions,
        Debrief debrief) {

    public static final String FORMAT = "hotseat-run";
    public static final int VERSION = 1;

    public RunRecord {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
