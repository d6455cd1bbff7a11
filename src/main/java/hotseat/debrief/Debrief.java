package hotseat.debrief;

import java.util.List;

/**
 * Everything a trainee learns from one run, finished or not. Pure data: renderers turn it into
 * text, Markdown, JSON or HTML, and saved runs keep it so it can be shown again.
 *
 * @param outcome    "resolved", "escalated", "lost", or "unfinished"
 * @param endingId   the ending reached, or null
 * @param endingText the ending's closing text, or null
 * @param moodSeries the customer's mood at the start and after every reply
 * @param strengths  up to two habits shown best
 * @param toWorkOn   up to two habits to work on
 */
public record Debrief(
        String scenarioId,
        String scenarioTitle,
        String customerName,
        String mode,
        boolean finished,
        String outcome,
        String endingId,
        String endingText,
        Overall overall,
        DimensionScores dimensions,
        List<Integer> moodSeries,
        List<DebriefTurn> turns,
        List<Habit> strengths,
        List<Habit> toWorkOn,
        int hintsUsed,
        int undos) {

    public Debrief {
        moodSeries = moodSeries == null ? List.of() : List.copyOf(moodSeries);
        turns = turns == null ? List.of() : List.copyOf(turns);
        strengths = strengths == null ? List.of() : List.copyOf(strengths);
        toWorkOn = toWorkOn == null ? List.of() : List.copyOf(toWorkOn);
    }
}
