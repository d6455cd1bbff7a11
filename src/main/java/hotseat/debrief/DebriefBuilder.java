package hotseat.debrief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import hotseat.conversation.Coaching;
import hotseat.conversation.ConversationState;
import hotseat.conversation.ModelAnswers;
import hotseat.conversation.Turn;
import hotseat.scenario.Ending;
import hotseat.scenario.Node;
import hotseat.scoring.Dimension;
import hotseat.scoring.Evidence;
import hotseat.scoring.ReplyScore;

/**
 * Builds the debrief of a run from its conversation state.
 *
 * <p>Dimension scores are the mean of that dimension over the replies in the transcript
 * (replies taken back do not count). The overall score and grade follow {@link Overall}.
 *
 * <p>Habits: every evidence item is mapped to a habit ({@link PracticeMap}); a habit's
 * strength is the sum of its positive effects, its weakness the sum of its negative effects.
 * The strongest two are the habits shown in the most replies (ties: the larger net effect) with
 * a positive net effect; staying calm also counts as shown when calmness averaged 70 or more
 * with nothing against it. The two to work on are, of the rest whose dimension averaged below 70
 * (a run that scored well on a dimension is not told to work on it), those with the most against
 * them: the sum of their negative effects, and 10 points for every reply that scored below 50 on
 * the habit's dimension without showing it; ties go to habits never shown, then to the weaker
 * dimension.
 *
 * <p>A reply that was the best its turn offered — the scene's strongest option, or near enough
 * the model answer ({@link ModelAnswers}) — is never told to do better: it is shown no stronger
 * reply and no tip, its evidence counts for habits and never against them, and it is not counted
 * as falling short of any habit. A run made only of such replies has nothing to work on.
 */
public final class DebriefBuilder {
    /** How much one reply that fell short for want of a habit counts against it, in evidence points. */
    static final int MISSED_WEIGHT = 10;

    private DebriefBuilder() {}

    public static Debrief build(ConversationState state) {
        List<Turn> turns = state.turns();
        DimensionScores dims = new DimensionScores(mean(turns, Dimension.CALMNESS),
                mean(turns, Dimension.ACKNOWLEDGMENT), mean(turns, Dimension.RESOLUTION));
        Ending ending = state.ending().orElse(null);
        String outcome = ending == null ? "unfinished" : ending.outcome().word();
        Overall overall = Overall.of(dims, outcome, state.hintsUsed(), state.undos(), !turns.isEmpty());

        List<DebriefTurn> entries = new ArrayList<>();
        for (Turn t : turns) {
            entries.add(entry(state, t));
        }
        List<Habit> strengths = new ArrayList<>();
        List<Habit> toWorkOn = new ArrayList<>();
        habits(entries, dims, strengths, toWorkOn);
        return new Debrief(state.scenario().id(), state.scenario().title(),
                state.scenario().customer() == null ? "The customer" : state.scenario().customer().name(),
                state.mode().word(), ending != null, outcome, ending == null ? null : state.at(),
                ending == null ? null : ending.text(), overall, dims, state.moodSeries(), entries,
                strengths, toWorkOn, state.hintsUsed(), state.undos());
    }

    private static DebriefTurn entry(ConversationState state, Turn t) {
        ReplyScore s = t.score();
        Node node = state.scenario().nodes().get(t.nodeId());
        boolean best = ModelAnswers.bestAvailable(node, t.replyText());
        // Short of 50 on any dimension, unless the reply was already the best this turn offered.
        boolean shortfall = !best && Math.min(s.calmness(), Math.min(s.acknowledgment(), s.resolution())) < Coaching.SHORT;
        String trigger = t.trigger() == null ? null
                : "The customer's mood reached " + t.moodAfter() + " (" + t.trigger().mood() + "), so the conversation went to "
                + t.next().replace('_', ' ') + ".";
        return new DebriefTurn(t.number(), t.nodeId(), t.customerLine(), t.replyText(), t.reply().kind(),
                new DimensionScores(s.calmness(), s.acknowledgment(), s.resolution()),
                s.evidence().stream().filter(e -> e.effect() != 0).toList(), best ? List.of() : gaps(t),
                t.moodBefore(), t.moodAfter(), t.hintUsed(), t.note(), trigger, best, shortfall,
                shortfall && node != null ? blankToNull(node.modelAnswer()) : null,
                shortfall && node != null ? blankToNull(node.tip()) : null);
    }

    /**
     * "acknowledgment 0: nothing in this reply showed the customer you heard them." and what to do,
     * for each dimension below 50 with no evidence in its favour: the reply simply did not do it.
     */
    private static List<String> gaps(Turn t) {
        List<String> out = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            boolean earned = t.score().evidenceFor(d).stream().anyMatch(e -> e.effect() > 0);
            if (earned || t.score().get(d) >= Coaching.SHORT) {
                continue;
            }
            String advice = Coaching.advice(d);
            out.add(d.word() + " " + t.score().get(d) + ": nothing in this reply " + missing(d) + "."
                    + (t.note() != null && t.note().contains(advice) ? "" : " " + advice));
        }
        return out;
    }

    private static String missing(Dimension d) {
        return switch (d) {
            case CALMNESS -> "kept the tone calm and courteous";
            case ACKNOWLEDGMENT -> "showed the customer you heard them";
            case RESOLUTION -> "moved the problem forward";
        };
    }

    private static int mean(List<Turn> turns, Dimension d) {
        if (turns.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (Turn t : turns) {
            sum += t.score().get(d);
        }
        return (int) Math.round(sum / turns.size());
    }

    /** What the run shows of one habit. */
    private static final class Tally {
        int positive;
        int negative;
        int shownIn;
        String bestExample;
        int bestEffect;
        String worstExample;
        int worstEffect;
        /** Turns whose score on this habit's dimension fell below 50 without the habit being shown. */
        final List<Integer> missedIn = new ArrayList<>();

        int net() {
            return positive + negative;
        }
    }

    private static void habits(List<DebriefTurn> turns, DimensionScores dims, List<Habit> strengths, List<Habit> toWorkOn) {
        Map<Practice, Tally> tallies = new EnumMap<>(Practice.class);
        for (Practice p : Practice.values()) {
            tallies.put(p, new Tally());
        }
        for (DebriefTurn t : turns) {
            Map<Practice, Boolean> shownHere = new EnumMap<>(Practice.class);
            for (Evidence e : t.evidence()) {
                Practice p = PracticeMap.of(e).orElse(null);
                // The best reply a turn offered counts for a habit, never against one.
                if (p == null || e.effect() < 0 && t.bestAvailable()) {
                    continue;
                }
                Tally tally = tallies.get(p);
                String example = "turn " + t.number() + ": " + (e.matched() == null || e.matched().isBlank()
                        ? e.rule() : "\"" + e.matched() + "\" (" + e.rule() + ")");
                if (e.effect() > 0) {
                    tally.positive += e.effect();
                    shownHere.put(p, true);
                    if (e.effect() > tally.bestEffect) {
                        tally.bestEffect = e.effect();
                        tally.bestExample = example;
                    }
                } else {
                    tally.negative += e.effect();
                    if (e.effect() < tally.worstEffect) {
                        tally.worstEffect = e.effect();
                        tally.worstExample = example;
                    }
                }
            }
            shownHere.keySet().forEach(p -> tallies.get(p).shownIn++);
            for (Practice p : Practice.values()) {
                if (!t.bestAvailable() && !shownHere.containsKey(p) && t.scores().get(PracticeMap.dimensionOf(p)) < Coaching.SHORT) {
                    tallies.get(p).missedIn.add(t.number());
                }
            }
        }
        Tally calm = tallies.get(Practice.STAY_CALM);
        if (!turns.isEmpty() && calm.negative == 0 && calm.positive == 0 && dims.calmness() >= Coaching.STRONG) {
            calm.positive = dims.calmness() - 50;
            calm.shownIn = turns.size();
            calm.bestExample = "a level, courteous tone in every reply (calmness " + dims.calmness() + ")";
        }

        List<Practice> order = new ArrayList<>(List.of(Practice.values()));
        order.stream()
                .filter(p -> tallies.get(p).positive > 0 && tallies.get(p).net() > 0)
                .sorted(Comparator.comparingInt((Practice p) -> -tallies.get(p).shownIn)
                        .thenComparingInt(p -> -tallies.get(p).net())
                        .thenComparingInt(Practice::ordinal))
                .limit(2)
                .forEach(p -> strengths.add(new Habit(p, p.title(), tallies.get(p).bestExample, p.advice())));
        List<Practice> shown = strengths.stream().map(Habit::practice).toList();
        // A run in which every reply was the best its turn offered has nothing to work on.
        if (turns.stream().allMatch(DebriefTurn::bestAvailable)) {
            return;
        }
        order.stream()
                .filter(p -> !shown.contains(p) && dims.get(PracticeMap.dimensionOf(p)) < Coaching.STRONG)
                .sorted(Comparator.comparingInt((Practice p) -> tallies.get(p).negative - MISSED_WEIGHT * tallies.get(p).missedIn.size())
                        .thenComparingInt(p -> tallies.get(p).positive > 0 ? 1 : 0)
                        .thenComparingInt(p -> dims.get(PracticeMap.dimensionOf(p)))
                        .thenComparingInt(Practice::ordinal))
                .limit(2)
                .forEach(p -> {
                    Tally t = tallies.get(p);
                    String dimension = PracticeMap.dimensionOf(p).word();
                    String example = t.negative < 0 ? t.worstExample
                            : !t.missedIn.isEmpty() ? turns(t.missedIn) + " scored below 50 on " + dimension + " without it"
                            : t.positive == 0 ? "not shown in any reply"
                            : "shown only a little (" + t.bestExample + ")";
                    toWorkOn.add(new Habit(p, p.title(), example, p.advice()));
                });
    }

    /** "turn 3", "turns 3 and 5", "turns 2, 3 and 5". */
    private static String turns(List<Integer> numbers) {
        if (numbers.size() == 1) {
            return "turn " + numbers.get(0);
        }
        List<String> words = numbers.stream().map(String::valueOf).toList();
        return "turns " + String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
