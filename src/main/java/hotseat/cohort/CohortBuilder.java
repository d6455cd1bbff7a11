package hotseat.cohort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

import hotseat.conversation.ModelAnswers;
import hotseat.debrief.Practice;
import hotseat.scenario.Ending;
import hotseat.scenario.MoodBand;
import hotseat.scenario.Node;
import hotseat.scenario.Option;
import hotseat.scenario.Scenario;

/**
 * Works a {@link Cohort} out of the selected runs and the scenarios they were played on.
 *
 * <ul>
 *   <li>Scores, grades and habits count finished runs with at least one reply; scenes, choices,
 *       times and shortfalls count every reply that stands (after undos), finished run or not.</li>
 *   <li>A reply <b>fell short</b> when any score is below 50 and it was not the best its turn
 *       offered (the debrief's rule). Scenes to discuss first are those where replies fell short,
 *       ranked by the runs in which one did, then by the share of runs that reached the scene.</li>
 *   <li>Times are nearest-rank percentiles of whole seconds: the median is the ⌈n/2⌉-th smallest,
 *       the 90th percentile the ⌈0.9·n⌉-th.</li>
 *   <li>The room's strongest habits are those the debriefs named as strengths in the most
 *       finished runs; its weakest, those named to work on in the most (at most three each).</li>
 *   <li>Trainees are named "Trainee 1", "Trainee 2", … in order of their first run unless names
 *       are asked for.</li>
 * </ul>
 */
public final class CohortBuilder {
    /** Weakest typed replies shown per scene. */
    public static final int WEAKEST = 3;
    /** Habits shown on each side. */
    public static final int HABITS = 3;

    private CohortBuilder() {}

    /**
     * @param oldestFirst the selected runs, oldest first
     * @param scenarios   the scenarios by id, where their files are at hand
     * @param names       show trainees' names rather than "Trainee 1", …
     */
    public static Cohort build(String selection, List<CohortRun> oldestFirst, Map<String, Scenario> scenarios, boolean names) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (CohortRun r : oldestFirst) {
            String who = r.trainee() == null ? "(unknown)" : r.trainee();
            shown.computeIfAbsent(who, k -> names ? k : "Trainee " + (shown.size() + 1));
        }
        ToNameFn name = r -> shown.get(r.trainee() == null ? "(unknown)" : r.trainee());
        List<CohortRun> scored = oldestFirst.stream().filter(r -> r.finished() && !r.turns().isEmpty()).toList();

        Map<String, List<CohortRun>> byTrainee = new LinkedHashMap<>();
        for (CohortRun r : oldestFirst) {
            byTrainee.computeIfAbsent(name.of(r), k -> new ArrayList<>()).add(r);
        }
        List<Cohort.Participant> participants = new ArrayList<>();
        List<Cohort.Shortfall> shortfalls = new ArrayList<>();
        byTrainee.forEach((who, runs) -> {
            List<CohortRun> done = runs.stream().filter(r -> r.finished() && !r.turns().isEmpty()).toList();
            participants.add(new Cohort.Participant(who, runs.size(), done.size(),
                    done.stream().map(CohortRun::overall).max(Integer::compare).orElse(null),
                    done.isEmpty() ? null : done.get(done.size() - 1).overall()));
            firstShortfall(who, runs, scenarios).ifPresent(shortfalls::add);
        });

        List<Cohort.Distribution> measures = List.of(distribution("calmness", scored, CohortRun::calmness),
                distribution("acknowledgment", scored, CohortRun::acknowledgment),
                distribution("resolution", scored, CohortRun::resolution),
                distribution("overall", scored, CohortRun::overall));
        List<Cohort.GradeCount> grades = new ArrayList<>();
        String[][] gradeWords = {{"A", "excellent"}, {"B", "good"}, {"C", "fair"}, {"D", "weak"}, {"F", "poor"}};
        for (String[] g : gradeWords) {
            grades.add(new Cohort.GradeCount(g[0], g[1], (int) scored.stream().filter(r -> g[0].equals(r.grade())).count()));
        }

        Map<String, List<CohortRun>> byScenario = new LinkedHashMap<>();
        for (CohortRun r : oldestFirst) {
            byScenario.computeIfAbsent(r.scenarioId(), k -> new ArrayList<>()).add(r);
        }
        List<Cohort.ScenarioPart> parts = new ArrayList<>();
        byScenario.forEach((id, runs) -> parts.add(scenarioPart(id, runs, scenarios.get(id), name)));
        parts.sort(Comparator.comparingInt(Cohort.ScenarioPart::runs).reversed().thenComparing(Cohort.ScenarioPart::scenarioId));

        return new Cohort(selection, oldestFirst.size(), (int) oldestFirst.stream().filter(CohortRun::finished).count(), !names,
                participants, measures, grades, habits(scored, true), habits(scored, false), shortfalls, parts);
    }

    private interface ToNameFn {
        String of(CohortRun r);
    }

    private static Optional<Cohort.Shortfall> firstShortfall(String who, List<CohortRun> runs, Map<String, Scenario> scenarios) {
        for (CohortRun r : runs) {
            for (CohortRun.Turn t : r.turns()) {
                if (t.fellShort()) {
                    Node node = node(scenarios.get(r.scenarioId()), t.nodeId());
                    return Optional.of(new Cohort.Shortfall(who, r.scenarioId(), t.nodeId(), t.number(), t.reply(), t.replyKind(),
                            t.calmness(), t.acknowledgment(), t.resolution(), node == null ? null : blankToNull(node.modelAnswer())));
                }
            }
        }
        return Optional.empty();
    }

    static Cohort.Distribution distribution(String measure, List<CohortRun> runs, ToIntFunction<CohortRun> value) {
        int[] v = runs.stream().mapToInt(value).sorted().toArray();
        List<Cohort.Bin> bins = new ArrayList<>();
        for (int from = 0; from < 100; from += 10) {
            int lo = from;
            int hi = from == 90 ? 100 : from + 9;
            int count = 0;
            for (int x : v) {
                if (x >= lo && x <= hi) {
                    count++;
                }
            }
            bins.add(new Cohort.Bin(lo, hi, count));
        }
        if (v.length == 0) {
            return new Cohort.Distribution(measure, 0, 0, 0, 0, 0, 0, 0, bins);
        }
        long sum = 0;
        for (int x : v) {
            sum += x;
        }
        return new Cohort.Distribution(measure, v.length, v[0], rank(v, 0.25), rank(v, 0.5), rank(v, 0.75), v[v.length - 1],
                (int) Math.round((double) sum / v.length), bins);
    }

    /** The nearest-rank percentile of sorted values: the ⌈p·n⌉-th smallest. */
    static int rank(int[] sorted, double p) {
        int k = (int) Math.ceil(p * sorted.length - 1e-9);
        return sorted[Math.max(0, Math.min(sorted.length - 1, k - 1))];
    }

    private static List<Cohort.HabitTally> habits(List<CohortRun> runs, boolean strength) {
        Map<Practice, Integer> counts = new EnumMap<>(Practice.class);
        Map<Practice, LinkedHashSet<String>> examples = new EnumMap<>(Practice.class);
        for (int i = runs.size() - 1; i >= 0; i--) {
            Set<Practice> here = new HashSet<>();
            for (CohortRun.NamedHabit h : runs.get(i).habits()) {
                if (h.strength() != strength || !here.add(h.practice())) {
                    continue;
                }
                counts.merge(h.practice(), 1, Integer::sum);
                if (h.example() != null && !h.example().isBlank()) {
                    LinkedHashSet<String> ex = examples.computeIfAbsent(h.practice(), k -> new LinkedHashSet<>());
                    if (ex.size() < 2) {
                        ex.add(h.example());
                    }
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Practice, Integer> e) -> -e.getValue())
                        .thenComparingInt(e -> e.getKey().ordinal()))
                .limit(HABITS)
                .map(e -> new Cohort.HabitTally(e.getKey(), e.getKey().title(), e.getValue(), runs.size(),
                        List.copyOf(examples.getOrDefault(e.getKey(), new LinkedHashSet<>())), e.getKey().advice()))
                .toList();
    }

    private static Cohort.ScenarioPart scenarioPart(String id, List<CohortRun> runs, Scenario scenario, ToNameFn name) {
        String title = scenario != null && scenario.title() != null ? scenario.title()
                : runs.get(runs.size() - 1).scenarioTitle() != null ? runs.get(runs.size() - 1).scenarioTitle() : id;
        int finished = (int) runs.stream().filter(CohortRun::finished).count();

        Map<String, Integer> endingRuns = new LinkedHashMap<>();
        if (scenario != null) {
            scenario.endings().keySet().forEach(e -> endingRuns.put(e, 0));
        }
        Map<String, String> outcomes = new HashMap<>();
        for (CohortRun r : runs) {
            if (r.finished() && r.endingId() != null) {
                endingRuns.merge(r.endingId(), 1, Integer::sum);
                outcomes.putIfAbsent(r.endingId(), r.outcome());
            }
        }
        List<Cohort.EndingCount> endings = new ArrayList<>();
        endingRuns.forEach((e, n) -> {
            Ending ending = scenario == null ? null : scenario.endings().get(e);
            String outcome = ending != null && ending.outcome() != null ? ending.outcome().word() : outcomes.get(e);
            endings.add(new Cohort.EndingCount(e, outcome, n, ending == null ? null : ending.text()));
        });

        // Every reply at each node, in the scenario's order, then nodes the replies name that it lacks.
        Map<String, List<Reply>> atNode = new LinkedHashMap<>();
        if (scenario != null) {
            scenario.nodes().keySet().forEach(n -> atNode.put(n, new ArrayList<>()));
        }
        Map<String, Integer> transitions = new LinkedHashMap<>();
        Map<String, Set<String>> arrived = new HashMap<>();
        String start = scenario != null ? scenario.start() : null;
        for (CohortRun r : runs) {
            String first = r.turns().isEmpty() ? start : r.turns().get(0).nodeId();
            if (first != null) {
                transitions.merge(key("start", first, "start"), 1, Integer::sum);
                arrived.computeIfAbsent(first, k -> new HashSet<>()).add(r.id());
            }
            for (CohortRun.Turn t : r.turns()) {
                atNode.computeIfAbsent(t.nodeId(), k -> new ArrayList<>()).add(new Reply(r, name.of(r), t));
                String to = t.routedTo() != null ? t.routedTo() : inferredRoute(scenario, t);
                if (to != null) {
                    String via = t.trigger() != null ? "mood" : t.option() != null ? "option " + t.option() : "typed";
                    transitions.merge(key(t.nodeId(), to, via), 1, Integer::sum);
                    arrived.computeIfAbsent(to, k -> new HashSet<>()).add(r.id());
                }
            }
        }
        List<Cohort.Scene> scenes = new ArrayList<>();
        atNode.forEach((nodeId, replies) -> scenes.add(scene(nodeId, node(scenario, nodeId), replies,
                arrived.getOrDefault(nodeId, Set.of()))));

        List<Cohort.SceneToDiscuss> discuss = scenes.stream().filter(s -> s.poorRuns() > 0)
                .sorted(Comparator.comparingInt((Cohort.Scene s) -> -s.poorRuns())
                        .thenComparingDouble(s -> -(double) s.poorRuns() / s.reached()))
                .map(s -> new Cohort.SceneToDiscuss(s.nodeId(), s.line(), s.poorRuns(), s.reached(), s.poor(),
                        commonest(atNode.get(s.nodeId()), node(scenario, s.nodeId()))))
                .toList();

        List<Cohort.Transition> moves = new ArrayList<>();
        transitions.forEach((k, n) -> {
            String[] p = k.split("\u0000", 3);
            moves.add(new Cohort.Transition(p[0], p[1], p[2], n));
        });
        return new Cohort.ScenarioPart(id, title, scenario != null, runs.size(), finished, runs.size() - finished, endings, scenes,
                discuss, moves);
    }

    private record Reply(CohortRun run, String trainee, CohortRun.Turn turn) {}

    private static String key(String from, String to, String via) {
        return from + "\u0000" + to + "\u0000" + via;
    }

    /**
     * Where a run's last reply led when the run stopped before the next one was saved: the picked
     * option's next node, unless the mood took over. A typed reply's route is not guessed.
     */
    private static String inferredRoute(Scenario scenario, CohortRun.Turn t) {
        Node node = node(scenario, t.nodeId());
        Integer n = t.option();
        if (node == null || n == null || t.trigger() != null || n < 1 || n > node.options().size()) {
            return null;
        }
        return node.options().get(n - 1).next();
    }

    private static Cohort.Scene scene(String nodeId, Node node, List<Reply> replies, Set<String> arrivedRuns) {
        Set<String> reachedRuns = new HashSet<>(arrivedRuns);
        replies.forEach(r -> reachedRuns.add(r.run().id()));
        int reached = reachedRuns.size();
        int poor = (int) replies.stream().filter(r -> r.turn().fellShort()).count();
        int poorRuns = (int) replies.stream().filter(r -> r.turn().fellShort()).map(r -> r.run().id()).distinct().count();

        Integer best = null;
        List<Cohort.Choice> choices = new ArrayList<>();
        Map<Integer, Integer> picked = new TreeMap<>();
        for (Reply r : replies) {
            if (r.turn().option() != null) {
                picked.merge(r.turn().option(), 1, Integer::sum);
            }
        }
        if (node != null) {
            Option strongest = ModelAnswers.strongestOption(node).orElse(null);
            for (int i = 0; i < node.options().size(); i++) {
                Option o = node.options().get(i);
                if (o == strongest) {
                    best = i + 1;
                }
                choices.add(new Cohort.Choice(i + 1, o.text(), picked.getOrDefault(i + 1, 0), o == strongest));
                picked.remove(i + 1);
            }
        }
        picked.forEach((n, count) -> choices.add(new Cohort.Choice(n, null, count, false)));
        List<CohortRun.Turn> typed = replies.stream().map(Reply::turn).filter(CohortRun.Turn::typed).toList();
        if (!typed.isEmpty() || node != null && node.allowsTyping()) {
            choices.add(new Cohort.Choice(null, null, typed.size(), false));
        }

        Cohort.TypedReplies typedReplies = null;
        if (!typed.isEmpty()) {
            List<Cohort.WeakReply> weakest = replies.stream().filter(r -> r.turn().typed() && r.turn().fellShort())
                    .sorted(Comparator.comparingInt((Reply r) -> r.turn().mean())
                            .thenComparing(r -> r.run().startedAt() == null ? "" : r.run().startedAt()))
                    .limit(WEAKEST)
                    .map(r -> new Cohort.WeakReply(r.trainee(), r.turn().reply(), r.turn().calmness(), r.turn().acknowledgment(),
                            r.turn().resolution()))
                    .toList();
            typedReplies = new Cohort.TypedReplies(typed.size(), average(typed, CohortRun.Turn::calmness),
                    average(typed, CohortRun.Turn::acknowledgment), average(typed, CohortRun.Turn::resolution), weakest);
        }
        int[] seconds = replies.stream().map(r -> r.turn().seconds()).filter(s -> s != null).mapToInt(Integer::intValue)
                .sorted().toArray();
        String line = node == null || node.says() == null ? null : node.says().forBand(MoodBand.IRRITATED);
        return new Cohort.Scene(nodeId, line, reached, replies.size(), poor, poorRuns, choices, best, typedReplies,
                seconds.length == 0 ? null : rank(seconds, 0.5), seconds.length == 0 ? null : rank(seconds, 0.9),
                node == null ? null : blankToNull(node.modelAnswer()));
    }

    /** The reply that most often fell short at a scene: "option 2 (3 times)", or "typed replies (2)". */
    private static String commonest(List<Reply> replies, Node node) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Reply r : replies) {
            if (r.turn().fellShort()) {
                counts.merge(r.turn().option() != null ? "option " + r.turn().option() : "typed", 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
                .map(e -> {
                    if (e.getKey().equals("typed")) {
                        return "typed replies (" + e.getValue() + ")";
                    }
                    int n = Integer.parseInt(e.getKey().substring(7));
                    String text = node != null && n >= 1 && n <= node.options().size() ? ": \"" + node.options().get(n - 1).text() + "\"" : "";
                    return e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " time)" : " times)") + text;
                }).orElse(null);
    }

    private static int average(List<CohortRun.Turn> turns, ToIntFunction<CohortRun.Turn> value) {
        return (int) Math.round(turns.stream().mapToInt(value).average().orElse(0));
    }

    private static Node node(Scenario scenario, String nodeId) {
        return scenario == null ? null : scenario.nodes().get(nodeId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
