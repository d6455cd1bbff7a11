package hotseat.debrief;

/**
 * A habit the trainee showed, or should work on, with what in the run shows it.
 *
 * @param practice the habit
 * @param title    its name, e.g. "Name the feeling"
 * @param example  what in the run shows it: the words that did it, or the words that broke it,
 *                 or that it was never shown
 * @param advice   one concrete thing to do next time
 */
public record Habit(Practice practice, String title, String example, String advice) {}
