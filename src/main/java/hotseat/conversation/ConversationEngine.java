package hotseat.conversation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import hotseat.scenario.Ending;
import hotseat.scenario.Matching;
import hotseat.scenario.MoodTrigger;
import hotseat.scenario.Node;
import hotseat.scenario.Option;
import hotseat.scenario.Scenario;
import hotseat.scenario.ScoreHints;
import hotseat.scoring.Dimension;
import hotseat.scoring.Evidence;
import hotseat.scoring.ReplyScore;
import hotseat.scoring.ReplyScorer;
import hotseat.scoring.ScoringContext;

/**
 * The conversation engine: pure functions from a state and an action to a new state and the
 * events that happened. No input, output or clock; the only collaborator is the scorer, which is
 * itself pure.
 *
 * <p>One reply, in order:
 * <ol>
 *   <li>the reply is scored against the customer's line (an option's words are scored like a
 *       typed reply; any dimension the option's {@code scores} gives replaces the analysis);</li>
 *   <li>the mood moves by the rule in {@link MoodModel};</li>
 *   <li>the next node is the option's {@code next}; for a typed reply, the {@code next} of the
 *       option it reads like ({@link MeaningMatch}, through the {@link ReplyMatcher}), else the
 *       first matching route, else {@code otherwise} ({@link TypedRouter});</li>
 *   <li>the first {@code mood_rules} trigger not fired yet whose threshold holds for the new
 *       mood, and that leads somewhere the conversation has not been, replaces that next node
 *       (each trigger fires at most once per run);</li>
 *   <li>reaching an ending stops the run.</li>
 * </ol>
 *
 * <p>Reproducible: the same scenario, seed, mode and actions give the same states. No rule draws
 * at random today — routes are tried in the order written and the customer's line is chosen by
 * mood band — but the seed is recorded with every run, and any random choice added later must
 * draw from a generator seeded with the run's seed and the turn number, so replay stays exact.
 */
public final class ConversationEngine {
    static final String GENERIC_TIP =
            "Name what the customer feels, say sorry for what happened to them, then say what you will do and when.";

    private final ReplyScorer scorer;
    private final ReplyMatcher matcher;

    /** An engine that routes typed replies by their routes only, never by meaning. */
    public ConversationEngine(ReplyScorer scorer) {
        this(scorer, ReplyMatcher.NONE);
    }

    /** An engine that compares typed replies with the node's options through {@code matcher} first. */
    public ConversationEngine(ReplyScorer scorer, ReplyMatcher matcher) {
        this.scorer = scorer;
        this.matcher = matcher == null ? ReplyMatcher.NONE : matcher;
    }

    public ReplyMatcher matcher() {
        return matcher;
    }

    /** The same engine comparing replies through {@code other}. */
    public ConversationEngine withMatcher(ReplyMatcher other) {
        return new ConversationEngine(scorer, other);
    }

    /** A new conversation at the scenario's start, with the customer's starting mood. */
    public ConversationState start(Scenario scenario, long seed, Mode mode) {
        if (!scenario.hasTarget(scenario.start())) {
            throw new IllegalArgumentException("the scenario's start \"" + scenario.start() + "\" names no node");
        }
        int mood = MoodModel.clamp(scenario.customer() == null ? 50 : scenario.customer().mood());
        return new ConversationState(scenario, seed, mode, scenario.start(), mood, List.of(), List.of(), 0, false, Set.of());
    }

    /** Applies any action. */
    public Step apply(ConversationState state, Action action) {
        if (action instanceof Action.Answer a) {
            return reply(state, a.reply());
        }
        if (action instanceof Action.Undo) {
            return undo(state);
        }
        return hint(state);
    }

    /**
     * Answers the customer. Refused (state unchanged) once the conversation is over, for an
     * option number the node does not have, for typed text where the node allows no typing, and
     * for typed text longer than {@link ReplyLimit#MAX_LENGTH}.
     */
    public Step reply(ConversationState state, Reply reply) {
        Node node = state.node().orElse(null);
        if (node == null) {
            return refused(state, Refusal.CONVERSATION_OVER);
        }
        Option option = null;
        String text;
        if (reply instanceof Reply.Pick p) {
            if (p.number() < 1 || p.number() > node.options().size()) {
                return refused(state, Refusal.NO_SUCH_OPTION);
            }
            option = node.options().get(p.number() - 1);
            text = option.text();
        } else {
            if (!node.allowsTyping()) {
                return refused(state, Refusal.NO_TYPING);
            }
            text = ((Reply.Typed) reply).text().strip();
            if (ReplyLimit.length(text) > ReplyLimit.MAX_LENGTH) {
                return refused(state, Refusal.TOO_LONG);
            }
        }
        Scenario scenario = state.scenario();
        String line = state.customerLine();
        ReplyScore score = scorer.score(text, new ScoringContext(line, scenario.vocabulary()));
        if (option != null) {
            score = withHints(score, option.scores());
        }
        int moodAfter = MoodModel.next(state.mood(), score, scenario.moodRules());
        TypedRoute typed = option != null ? null : routeTyped(scenario, node, text, score, moodAfter);
        MeaningMatch match = typed == null ? null : typed.match();
        String next = option != null ? option.next() : typed.next();

        List<ConversationEvent> events = new ArrayList<>();
        Set<Integer> fired = new HashSet<>(state.firedTriggers());
        MoodTrigger trigger = null;
        int triggerIndex = -1;
        List<MoodTrigger> triggers = scenario.moodRules().triggers();
        for (int i = 0; i < triggers.size(); i++) {
            MoodTrigger t = triggers.get(i);
            // A customer who has already been where a trigger leads (demanding a manager, say) is
            // not sent there again; the next trigger may fire instead.
            if (fired.contains(i) || t.mood() == null || !t.mood().test(moodAfter) || state.hasBeenAt(t.next())) {
                continue;
            }
            trigger = t;
            triggerIndex = i;
            fired.add(i);
            next = t.next();
            break;
        }
        if (!scenario.hasTarget(next)) {
            throw new IllegalStateException("\"" + next + "\" names no node or ending in scenario " + scenario.id());
        }
        String note = Coaching.note(option, score, ModelAnswers.bestAvailable(node, text));
        if (match != null) {
            note = match.explain(node.options().stream().map(Option::text).toList()) + " " + note;
        }
        Turn turn = new Turn(state.turns().size() + 1, state.at(), line, reply, text, score,
                state.mood(), moodAfter, next, trigger, triggerIndex, state.hintShown(), note, match);
        List<Turn> turns = new ArrayList<>(state.turns());
        turns.add(turn);
        ConversationState after = state.with(next, moodAfter, turns, state.undone(), state.hintsUsed(), false, fired);

        events.add(new ConversationEvent.Answered(turn));
        events.add(new ConversationEvent.MoodMoved(state.mood(), moodAfter));
        if (trigger != null) {
            events.add(new ConversationEvent.TriggerFired(trigger, next));
        }
        Ending ending = scenario.endings().get(next);
        if (ending != null) {
            events.add(new ConversationEvent.Ended(next, ending));
        } else {
            events.add(new ConversationEvent.Arrived(next, after.customerLine()));
        }
        return new Step(after, events);
    }

    /**
     * Where a typed reply goes from {@code node}, before any mood trigger: the option it reads
     * like, else the first route that holds, else {@code otherwise}; with the comparison by
     * meaning, when one was made.
     */
    public record TypedRoute(String next, MeaningMatch match) {}

    /** Where {@code text}, scored {@code score} and leaving the customer at {@code moodAfter}, goes from {@code node}. */
    public TypedRoute routeTyped(Scenario scenario, Node node, String text, ReplyScore score, int moodAfter) {
        MeaningMatch match = compare(scenario, node, text);
        String next = match != null && match.matched() ? node.options().get(match.closest() - 1).next()
                : TypedRouter.route(node.typed(), text, score, moodAfter, scenario.synonyms());
        return new TypedRoute(next, match);
    }

    /**
     * How a typed reply compares with the node's options, when the node has options and matching
     * is on there and the matcher can compare; null otherwise (the reply follows the routes).
     */
    private MeaningMatch compare(Scenario scenario, Node node, String text) {
        if (node.options().isEmpty() || !Matching.at(scenario, node).on()) {
            return null;
        }
        List<String> texts = node.options().stream().map(Option::text).toList();
        return matcher.similarities(text, texts)
                .filter(s -> s.length == texts.size())
                .flatMap(s -> MeaningMatch.decide(s, Matching.at(scenario, node)))
                .orElse(null);
    }

    /**
     * Takes back the last reply (practice mode only): the conversation returns to that node and
     * mood, its trigger may fire again, and the reply is kept in {@code undone} for the debrief. A
     * tip seen before that reply still counts as seen for the reply that replaces it.
     */
    public Step undo(ConversationState state) {
        if (state.mode() != Mode.PRACTICE) {
            return refused(state, Refusal.UNDO_IN_ASSESSMENT);
        }
        if (state.turns().isEmpty()) {
            return refused(state, Refusal.NOTHING_TO_UNDO);
        }
        List<Turn> turns = new ArrayList<>(state.turns());
        Turn last = turns.remove(turns.size() - 1);
        List<Turn> undone = new ArrayList<>(state.undone());
        undone.add(last);
        Set<Integer> fired = new HashSet<>(state.firedTriggers());
        if (last.triggerIndex() >= 0) {
            fired.remove(last.triggerIndex());
        }
        ConversationState after = state.with(last.nodeId(), last.moodBefore(), turns, undone, state.hintsUsed(), last.hintUsed(), fired);
        return new Step(after, List.of(
                new ConversationEvent.Undone(last),
                new ConversationEvent.MoodMoved(state.mood(), last.moodBefore()),
                new ConversationEvent.Arrived(last.nodeId(), after.customerLine())));
    }

    /**
     * Shows the current node's coaching tip (its model answer when it has no tip, a general tip
     * when it has neither). Counted once per visit to a node, however often it is asked.
     */
    public Step hint(ConversationState state) {
        Node node = state.node().orElse(null);
        if (node == null) {
            return refused(state, Refusal.CONVERSATION_OVER);
        }
        String tip = node.tip() != null && !node.tip().isBlank() ? node.tip().strip()
                : node.modelAnswer() != null && !node.modelAnswer().isBlank() ? "A strong reply might be: " + node.modelAnswer().strip()
                : GENERIC_TIP;
        int hints = state.hintShown() ? state.hintsUsed() : state.hintsUsed() + 1;
        ConversationState after = state.with(state.at(), state.mood(), state.turns(), state.undone(), hints, true, state.firedTriggers());
        return new Step(after, List.of(new ConversationEvent.HintShown(tip)));
    }

    private static Step refused(ConversationState state, Refusal reason) {
        return new Step(state, List.of(new ConversationEvent.Refused(reason)));
    }

    /** Replaces each dimension the option rates with the author's number, and says so in the evidence. */
    public static ReplyScore withHints(ReplyScore score, ScoreHints hints) {
        if (hints == null) {
            return score;
        }
        List<Evidence> evidence = new ArrayList<>(score.evidence());
        int c = hinted(Dimension.CALMNESS, score, hints.calmness(), evidence);
        int a = hinted(Dimension.ACKNOWLEDGMENT, score, hints.acknowledgment(), evidence);
        int r = hinted(Dimension.RESOLUTION, score, hints.resolution(), evidence);
        return new ReplyScore(c, a, r, evidence);
    }

    private static int hinted(Dimension d, ReplyScore score, Integer hint, List<Evidence> evidence) {
        if (hint == null) {
            return score.get(d);
        }
        int value = MoodModel.clamp(hint);
        if (value != score.get(d)) {
            evidence.add(new Evidence(d, "rated by the scenario author for this option", "", value - score.get(d)));
        }
        return value;
    }
}
