package hotseat.debrief;

/**
 * The overall score and how it was reached, so the debrief can show its working.
 *
 * <pre>
 *   base    = round of the mean of the three dimension scores
 *   outcome = +5 resolved, −5 escalated, −15 customer lost, 0 unfinished
 *   hints   = −1 for each tip asked for
 *   undos   = −2 for each reply taken back
 *   score   = base + outcome + hints + undos, kept within 0–100
 * </pre>
 *
 * Grades: A (excellent) 85 and up, B (good) 70–84, C (fair) 55–69, D (weak) 40–54, F (poor)
 * below 40. A run with no replies has no grade ("–").
 *
 * <p>A run passes with a grade of C (fair) or better, a score of 55 or more; D (weak) and F (poor)
 * do not pass, and a run with no grade has not been assessed.
 */
public record Overall(int base, int outcomeAdjustment, int hintAdjustment, int undoAdjustment, int score,
                      String grade, String gradeWords) {

    /** Whether a run with this grade passes: C (fair) or better. */
    public static boolean passes(String grade) {
        return "A".equals(grade) || "B".equals(grade) || "C".equals(grade);
    }

    /** Whether this run passes: a grade of C (fair) or better. */
    public boolean passed() {
        return passes(grade);
    }

    public static Overall of(DimensionScores d, String outcome, int hints, int undos, boolean anyTurns) {
        if (!anyTurns) {
            return new Overall(0, 0, 0, 0, 0, "–", "no replies yet");
        }
        int base = (int) Math.round((d.calmness() + d.acknowledgment() + d.resolution()) / 3.0);
        int outcomeAdj = switch (outcome) {
            case "resolved" -> 5;
            case "escalated" -> -5;
            case "lost" -> -15;
            default -> 0;
        };
        int score = Math.max(0, Math.min(100, base + outcomeAdj - hints - 2 * undos));
        String grade = score >= 85 ? "A" : score >= 70 ? "B" : score >= 55 ? "C" : score >= 40 ? "D" : "F";
        String words = switch (grade) {
            case "A" -> "excellent";
            case "B" -> "good";
            case "C" -> "fair";
            case "D" -> "weak";
            default -> "poor";
        };
        return new Overall(base, outcomeAdj, -hints, -2 * undos, score, grade, words);
    }
}
