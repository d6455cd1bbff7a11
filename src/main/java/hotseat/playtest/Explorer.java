package hotseat.playtest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import hotseat.conversation.ConversationEngine;
import hotseat.conversation.ConversationState;
import hotseat.conversation.Mode;
import hotseat.conversation.Step;
import hotseat.conversation.Turn;
import hotseat.scenario.Node;
import hotseat.scenario.Outcome;
import hotseat.scenario.Route;
import hotseat.scenario.Scenario;

/**
 * Tries every choice from every state the conversation can be in, breadth first, the way
 * ChoiceScript's quicktest takes every branch.
 *
 * <p>A state is the node, the customer's exact mood and the set of mood triggers already fired:
 * everything the engine's next step depends on. Two paths that arrive in the same state are the
 * same from then on, so each state is expanded once, which bounds the search (at most nodes × 101
 * moods × trigger sets) and makes loops visible: a state from which no choice ever leads to an
 * ending is a loop without an exit.
 *
 * <p>The choices at a node are every option, and where typing is allowed the first strong,
 * middling and poor reply of the pool plus each phrase a route listens for (so phrase routes are
 * tried too).
 *
 * <p>Breadth first, so the first path found to each ending is a shortest one; the report gives it
 * as an example a trainer can paste into a test.
 */
final class Explorer {

    record StateKey(String at, int mood, List<Integer> fired) {
        static StateKey of(ConversationState s) {
            return new StateKey(s.at(), s.mood(), List.copyOf(s.firedTriggers()));
        }
    }

    /** A state reached, how it was first reached, and what follows it. */
    private static final class Visit {
        final ConversationState state;
        final int parent;
        final Move move;
        final List<Integer> next = new ArrayList<>();
        boolean endsHere;

        Visit(ConversationState state, int parent, Move move) {
            this.state = state;
            this.parent = parent;
            this.move = move;
        }
    }

    /** What exploring found. */
    record Result(int states, int choices, boolean bounded, Set<String> nodesReached,
                  Map<String, List<String>> endingsReached, List<Finding> findings) {}

    private final ConversationEngine engine;
    private final ReplyPool pool;
    private final int maxStates;

    Explorer(ConversationEngine engine, ReplyPool pool, int maxStates) {
        this.engine = engine;
        this.pool = pool;
        this.maxStates = maxStates;
    }

    /** Explores {@code scenario}; clearly poor replies that resolve are added to {@code poorClosers}. */
    Result explore(Scenario scenario, long seed, PoorClosers poorClosers) {
        List<Visit> visits = new ArrayList<>();
        Map<StateKey, Integer> index = new HashMap<>();
        Set<String> nodesReached = new LinkedHashSet<>();
        Map<String, List<String>> endingsReached = new LinkedHashMap<>();
        ConversationState start = engine.start(scenario, seed, Mode.ASSESS);
        visits.add(new Visit(start, -1, null));
        index.put(StateKey.of(start), 0);
        nodesReached.add(start.at());
        boolean bounded = false;
        int choices = 0;

        for (int i = 0; i < visits.size(); i++) {
            Visit visit = visits.get(i);
            Node node = visit.state.node().orElseThrow();
            for (Move move : moves(node)) {
                Step step = engine.reply(visit.state, move.reply());
                if (step.refused()) {
                    continue;
                }
                choices++;
                ConversationState after = step.state();
                Turn turn = after.turns().get(after.turns().size() - 1);
                if (after.isOver()) {
                    visit.endsHere = true;
                    if (!endingsReached.containsKey(after.at())) {
                        endingsReached.put(after.at(), append(path(visits, i), move));
                    }
                    if (after.outcome().orElse(null) == Outcome.RESOLVED && PoorReplies.isClearlyPoor(move, turn)) {
                        poorClosers.add(turn, move, append(path(visits, i), move));
                    }
                    continue;
                }
                nodesReached.add(after.at());
                StateKey key = StateKey.of(after);
                Integer known = index.get(key);
                if (known == null) {
                    if (visits.size() >= maxStates) {
                        bounded = true;
                        continue;
                    }
                    known = visits.size();
                    index.put(key, known);
                    visits.add(new Visit(after, i, move));
                }
                visit.next.add(known);
            }
        }

        List<Finding> findings = new ArrayList<>();
        if (!bounded) {
            findings.addAll(loops(visits));
        }
        Finding poorPath = poorOnlyPath(scenario, seed);
        if (poorPath != null) {
            findings.add(poorPath);
        }
        return new Result(visits.size(), choices, bounded, nodesReached, endingsReached, findings);
    }

    /** Every option, then where typing is allowed the probe replies and one reply per phrase route. */
    List<Move> moves(Node node) {
        List<Move> moves = new ArrayList<>();
        for (int n = 1; n <= node.options().size(); n++) {
            moves.add(Move.option(n));
        }
        if (node.allowsTyping()) {
            for (Quality q : Quality.values()) {
                moves.add(Move.typed(pool.probe(q).text(), q));
            }
            Set<String> phrases = new LinkedHashSet<>();
            for (Route r : node.typed().routes()) {
                if (r.when() != null && !r.when().phrases().isEmpty()) {
                    phrases.add(r.when().phrases().get(0));
                }
            }
            for (String p : phrases) {
                if (!p.isBlank()) {
                    moves.add(Move.typed(p, null));
                }
            }
        }
        return moves;
    }

    /**
     * States from which no ending can be reached. Each distinct trap is reported once, at the
     * state first reached, with the shortest way in and the nodes it goes round.
     */
    private List<Finding> loops(List<Visit> visits) {
        int n = visits.size();
        List<List<Integer>> back = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            back.add(new ArrayList<>());
        }
        Deque<Integer> queue = new ArrayDeque<>();
        boolean[] canEnd = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j : visits.get(i).next) {
                back.get(j).add(i);
            }
            if (visits.get(i).endsHere) {
                canEnd[i] = true;
                queue.add(i);
            }
        }
        while (!queue.isEmpty()) {
            int j = queue.poll();
            for (int i : back.get(j)) {
                if (!canEnd[i]) {
                    canEnd[i] = true;
                    queue.add(i);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        boolean[] covered = new boolean[n];
        for (int i = 0; i < n && findings.size() < 3; i++) {
            if (canEnd[i] || covered[i]) {
                continue;
            }
            // Everything reachable from here is stuck too; report it all as one trap.
            Set<String> round = new LinkedHashSet<>();
            Deque<Integer> todo = new ArrayDeque<>(List.of(i));
            covered[i] = true;
            while (!todo.isEmpty()) {
                int k = todo.poll();
                round.add(visits.get(k).state.at());
                for (int j : visits.get(k).next) {
                    if (!covered[j]) {
                        covered[j] = true;
                        todo.add(j);
                    }
                }
            }
            ConversationState s = visits.get(i).state;
            String fired = s.firedTriggers().isEmpty() ? "" : ", after mood trigger "
                    + String.join(", ", s.firedTriggers().stream().map(t -> "#" + (t + 1)).toList()) + " fired";
            findings.add(new Finding(Finding.Kind.LOOP_WITHOUT_EXIT, "nodes." + s.at(),
                    "a loop with no way out: once at " + s.at() + " with the mood at " + s.mood() + fired
                            + ", no option or probe reply ever reaches an ending; the conversation goes round "
                            + String.join(", ", round) + " — give one of these nodes a way to an ending",
                    path(visits, i)));
        }
        return findings;
    }

    /** Breadth first over clearly poor replies only; the first resolved ending found, if any. */
    private Finding poorOnlyPath(Scenario scenario, long seed) {
        List<Visit> visits = new ArrayList<>();
        Map<StateKey, Integer> index = new HashMap<>();
        ConversationState start = engine.start(scenario, seed, Mode.ASSESS);
        visits.add(new Visit(start, -1, null));
        index.put(StateKey.of(start), 0);
        BiPredicate<Move, Turn> poor = PoorReplies::isClearlyPoor;
        for (int i = 0; i < visits.size() && visits.size() < maxStates; i++) {
            Visit visit = visits.get(i);
            Node node = visit.state.node().orElseThrow();
            List<Move> moves = new ArrayList<>();
            for (int k = 1; k <= node.options().size(); k++) {
                moves.add(Move.option(k));
            }
            if (node.allowsTyping()) {
                pool.of(Quality.POOR).forEach(e -> moves.add(Move.typed(e.text(), Quality.POOR)));
            }
            for (Move move : moves) {
                Step step = engine.reply(visit.state, move.reply());
                if (step.refused()) {
                    continue;
                }
                ConversationState after = step.state();
                Turn turn = after.turns().get(after.turns().size() - 1);
                if (!poor.test(move, turn)) {
                    continue;
                }
                if (after.isOver()) {
                    if (after.outcome().orElse(null) == Outcome.RESOLVED) {
                        List<String> example = append(path(visits, i), move);
                        if (example.size() == 1) {
                            // One poor reply straight into the ending: already a poor-reply-resolves finding.
                            continue;
                        }
                        return new Finding(Finding.Kind.POOR_PATH_RESOLVES, "endings." + after.at(),
                                "nothing but clearly poor replies (" + example.size() + " of them) still reaches the resolved ending "
                                        + after.at() + " — route poor replies towards escalated or lost endings",
                                example);
                    }
                    continue;
                }
                StateKey key = StateKey.of(after);
                if (!index.containsKey(key)) {
                    index.put(key, visits.size());
                    visits.add(new Visit(after, i, move));
                }
            }
        }
        return null;
    }

    private static List<String> path(List<Visit> visits, int i) {
        List<String> path = new ArrayList<>();
        for (int k = i; visits.get(k).parent >= 0; k = visits.get(k).parent) {
            path.add(visits.get(k).move.written());
        }
        Collections.reverse(path);
        return path;
    }

    private static List<String> append(List<String> path, Move move) {
        List<String> out = new ArrayList<>(path);
        out.add(move.written());
        return out;
    }
}
