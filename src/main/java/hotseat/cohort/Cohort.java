package hotseat.cohort;

import java.util.List;

import hotseat.debrief.Practice;

/**
 * A room of trainees seen as a whole, over the runs a report selected: who took part and
 * finished, how the scores spread, the habits the room shares, each trainee's first reply that
 * fell short, and per scenario the endings, every scene and the traffic along its branches. Pure
 * data; renderers turn it into text, Markdown, JSON, HTML, CSV or a branch map.
 *
 * <p>Scores, grades and habits count finished runs with at least one reply (an unfinished run's
 * score says little); scenes count every reply that stands, finished run or not, and a scene is
 * reached by a run that came to it, answered there or not.
 *
 * @param selection    the filter in words ("scenario late-parcel, since 2026-03-01")
 * @param runs         runs selected
 * @param finished     of them, runs that reached an ending
 * @param anonymised   true when trainees are shown as "Trainee 1", "Trainee 2", … (in order of first run)
 * @param participants each trainee, in order of their first run
 * @param measures     calmness, acknowledgment, resolution and the overall score, over finished runs
 * @param grades       how many finished runs got each grade, A to F
 * @param strongest    the habits the room's debriefs named as strengths most often
 * @param weakest      the habits the room's debriefs named to work on most often
 * @param firstShortfalls each trainee's first reply that fell short, in order of participants
 * @param scenarios    per scenario played, most runs first
 */
public record Cohort(String selection, int runs, int finished, boolean anonymised, List<Participant> participants,
                     List<Distribution> measures, List<GradeCount> grades, List<HabitTally> strongest,
                     List<HabitTally> weakest, List<Shortfall> firstShortfalls, List<ScenarioPart> scenarios) {

    /** Finished runs as a whole percentage of the runs selected. */
    public int completionPercent() {
        return runs == 0 ? 0 : (int) Math.round(100.0 * finished / runs);
    }

    /** How many participants finished at least one run. */
    public int participantsFinished() {
        return (int) participants.stream().filter(p -> p.finished() > 0).count();
    }

    /**
     * One trainee.
     *
     * @param best   their best overall score over finished runs; null when they finished none
     * @param latest their latest finished run's overall score; null when they finished none
     */
    public record Participant(String name, int runs, int finished, Integer best, Integer latest) {}

    /**
     * One measure's spread: the five-number summary and a histogram of ten bins (0–9, 10–19, …, 90–100).
     */
    public record Distribution(String measure, int count, int min, int lowerQuartile, int median, int upperQuartile,
                               int max, int mean, List<Bin> bins) {}

    /** {@code count} values from {@code from} to {@code to}, both included. */
    public record Bin(int from, int to, int count) {}

    public record GradeCount(String grade, String words, int count) {}

    /**
     * A habit and how often the room's debriefs named it.
     *
     * @param runs     finished runs whose debrief named it (as a strength, or to work on, by the list it is in)
     * @param of       finished runs counted
     * @param examples up to two things from those runs that show it, most recent first
     */
    public record HabitTally(Practice practice, String title, int runs, int of, List<String> examples, String advice) {}

    /** A reply that fell short: any score below 50, and not the best its turn offered. */
    public record Shortfall(String trainee, String scenarioId, String nodeId, int turn, String reply, String replyKind,
                            int calmness, int acknowledgment, int resolution, String modelAnswer) {}

    /**
     * One scenario's part of the report.
     *
     * @param known       false when the scenario's file was not at hand: scenes then come from the replies
     *                    alone, without options, model answers or a branch map
     * @param stopped     runs that stopped before an ending
     * @param scenes      every node of the scenario, in its order (then any the replies name that it lacks)
     * @param discussFirst scenes where replies fell short, the most runs first
     * @param transitions how the runs moved along the branches, from "start" and from each node
     */
    public record ScenarioPart(String scenarioId, String title, boolean known, int runs, int finished, int stopped,
                               List<EndingCount> endings, List<Scene> scenes, List<SceneToDiscuss> discussFirst,
                               List<Transition> transitions) {}

    /** How many runs reached an ending; {@code outcome} is resolved, escalated or lost. */
    public record EndingCount(String endingId, String outcome, int runs, String text) {}

    /**
     * One scene (a node of the scenario).
     *
     * @param line        the customer's line (its irritated form), or null when not known
     * @param reached     runs that came to this scene (answered here, or stopped here before answering)
     * @param answers     replies here (a run that comes back counts again)
     * @param poor        replies here that fell short
     * @param poorRuns    runs with a reply here that fell short
     * @param choices     each option with how often it was picked, then typed replies
     * @param bestOption  the option the author meant as the best (closest to the model answer), or null
     * @param typed       typed replies here: how many, their average scores and the weakest; null when none
     * @param medianSeconds time to answer, median (nearest rank); null when no time is known
     * @param p90Seconds  time to answer, 90th percentile (nearest rank)
     */
    public record Scene(String nodeId, String line, int reached, int answers, int poor, int poorRuns,
                        List<Choice> choices, Integer bestOption, TypedReplies typed, Integer medianSeconds,
                        Integer p90Seconds, String modelAnswer) {

        /** Share of replies here that fell short, as a whole percentage. */
        public int poorPercent() {
            return answers == 0 ? 0 : (int) Math.round(100.0 * poor / answers);
        }
    }

    /** An option (numbered) or typed replies ({@code option} null), and how often it was chosen. */
    public record Choice(Integer option, String text, int count, boolean best) {}

    /**
     * Typed replies at one scene.
     *
     * @param weakest up to three that fell short, the lowest mean score first
     */
    public record TypedReplies(int count, int calmness, int acknowledgment, int resolution, List<WeakReply> weakest) {}

    public record WeakReply(String trainee, String reply, int calmness, int acknowledgment, int resolution) {}

    /** A scene where replies fell short: in how many runs, of how many that reached it. */
    public record SceneToDiscuss(String nodeId, String line, int poorRuns, int reached, int poorReplies,
                                 String commonest) {}

    /**
     * Runs moving from one node (or "start") to the next node or an ending.
     *
     * @param via "start", "option 2", "typed" or "mood" (the customer's mood took over)
     */
    public record Transition(String from, String to, String via, int count) {}
}
