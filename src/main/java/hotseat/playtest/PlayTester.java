package hotseat.playtest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import hotseat.conversation.ConversationEngine;
import hotseat.conversation.ReplyMatcher;
import hotseat.conversation.Turn;
import hotseat.scenario.Ending;
import hotseat.scenario.Matching;
import hotseat.scenario.Node;
import hotseat.scenario.Option;
import hotseat.scenario.Outcome;
import hotseat.scenario.Scenario;
import hotseat.scenario.ScenarioTest;
import hotseat.scoring.Dimension;
import hotseat.scoring.ReplyScorer;

/**
 * Automated play-testing of a scenario: explores every choice ({@link Explorer}), plays seeded
 * random walks ({@link Walker}), runs the scenario's own tests ({@link ScenarioTests}) and puts it
 * all in one {@link ScenarioReport}. Pure and deterministic: the same scenario, pool and settings
 * give the same report.
 */
public final class PlayTester {
    private final ConversationEngine engine;
    private final ReplyPool pool;
    private final CheckSettings settings;

    /** Two options this similar or more cannot be told apart by a typed reply that means one of them. */
    public static final double TOO_CLOSE = 0.9;

    private final ReplyMatcher matcher;

    public PlayTester(ReplyScorer scorer, ReplyPool pool, CheckSettings settings) {
        this(scorer, ReplyMatcher.NONE, pool, settings);
    }

    /**
     * A play-tester whose conversations compare typed replies with the options through
     * {@code matcher}, whose walks also type reworded options, and which warns about options too
     * close in meaning to tell apart.
     */
    public PlayTester(ReplyScorer scorer, ReplyMatcher matcher, ReplyPool pool, CheckSettings settings) {
        this.matcher = matcher == null ? ReplyMatcher.NONE : matcher;
        this.engine = new ConversationEngine(new MemoScorer(scorer), this.matcher);
        this.pool = pool;
        this.settings = settings;
    }

    public ScenarioReport check(Scenario scenario, List<ScenarioTest> tests) {
        long seed = scenarioSeed(scenario);
        PoorClosers poorClosers = new PoorClosers();
        Explorer.Result explored = new Explorer(engine, pool, settings.maxStates()).explore(scenario, seed, poorClosers);

        Set<String> reached = new LinkedHashSet<>(explored.nodesReached());
        Map<String, List<Walker.Walk>> byEnding = new LinkedHashMap<>();
        scenario.endings().keySet().forEach(id -> byEnding.put(id, new ArrayList<>()));
        List<Finding> findings = new ArrayList<>(explored.findings());

        findings.addAll(tooClose(scenario));
        Walker walker = new Walker(engine, pool, matcher != ReplyMatcher.NONE);
        SplittableRandom random = new SplittableRandom(seed);
        int ended = 0;
        int overLimit = 0;
        int poorYetResolved = 0;
        List<String> firstOverLimit = null;
        String overLimitAt = null;
        double[] lengths = new double[settings.walks()];
        for (int w = 0; w < settings.walks(); w++) {
            Walker.Walk walk = walker.walk(scenario, random.split(), settings.maxTurns());
            lengths[w] = walk.turns().size();
            walk.turns().forEach(t -> reached.add(t.nodeId()));
            if (!walk.ended()) {
                overLimit++;
                if (firstOverLimit == null) {
                    firstOverLimit = written(walk.moves());
                    overLimitAt = walk.last().at();
                }
                continue;
            }
            ended++;
            byEnding.computeIfAbsent(walk.ending(), k -> new ArrayList<>()).add(walk);
            boolean resolved = walk.last().outcome().orElse(null) == Outcome.RESOLVED;
            if (resolved) {
                boolean anyPoor = false;
                for (int t = 0; t < walk.turns().size(); t++) {
                    anyPoor |= PoorReplies.isClearlyPoor(walk.moves().get(t), walk.turns().get(t));
                }
                if (anyPoor) {
                    poorYetResolved++;
                }
                int lastIndex = walk.turns().size() - 1;
                Turn last = walk.turns().get(lastIndex);
                Move lastMove = walk.moves().get(lastIndex);
                if (PoorReplies.isClearlyPoor(lastMove, last)) {
                    poorClosers.add(last, lastMove, written(walk.moves()));
                }
            }
        }
        findings.addAll(poorClosers.findings());
        if (overLimit > 0) {
            findings.add(new Finding(Finding.Kind.TURN_LIMIT, "nodes." + overLimitAt,
                    overLimit + " of " + settings.walks() + " random walks did not end within " + settings.maxTurns()
                            + " turns (the first was still at " + overLimitAt + ") — make sure every loop has a way out"
                            + " that ordinary replies take, or raise --max-turns",
                    firstOverLimit));
        }

        ScenarioTests runner = new ScenarioTests(engine);
        List<TestResult> results = runner.run(scenario, tests, seed);
        for (TestResult r : results) {
            for (TestResult.Failure failure : r.failures()) {
                findings.add(new Finding(Finding.Kind.TEST_FAILED, failure.where(),
                        "test \"" + r.name() + "\" failed: " + failure.message(), List.of()));
            }
        }
        // Tests are authored paths: what they visit counts as reached.
        results.forEach(r -> reached.addAll(r.visited()));

        List<String> never = new ArrayList<>();
        for (String id : scenario.nodes().keySet()) {
            if (!reached.contains(id)) {
                never.add(id);
                findings.add(new Finding(Finding.Kind.NODE_NEVER_REACHED, "nodes." + id,
                        "no play-test reached node " + id + " — check the conditions of the routes that lead to it", List.of()));
            }
        }
        List<EndingReach> endings = new ArrayList<>();
        for (Map.Entry<String, Ending> e : scenario.endings().entrySet()) {
            List<Walker.Walk> walks = byEnding.getOrDefault(e.getKey(), List.of());
            List<String> shortest = explored.endingsReached().get(e.getKey());
            boolean explore = shortest != null;
            endings.add(reach(e.getKey(), e.getValue(), shortest, walks));
            if (walks.isEmpty() && !explore && !reachedByTest(results, e.getKey())) {
                findings.add(new Finding(Finding.Kind.ENDING_NEVER_REACHED, "endings." + e.getKey(),
                        "no play-test reached the ending " + e.getKey() + " — check the replies and routes that lead to it",
                        List.of()));
            }
        }
        if (explored.bounded()) {
            findings.add(new Finding(Finding.Kind.EXPLORATION_BOUNDED, "",
                    "exploration stopped after " + settings.maxStates() + " states, so loops were not checked — the scenario"
                            + " may have more mood-dependent paths than the limit",
                    List.of()));
        }
        findings.sort(Comparator.comparing((Finding f) -> !f.isError()).thenComparing(f -> f.kind().ordinal()));

        int nodesReached = (int) scenario.nodes().keySet().stream().filter(reached::contains).count();
        return new ScenarioReport(scenario.id(), scenario.title(), settings,
                new ScenarioReport.Exploration(explored.states(), explored.choices(), explored.bounded(),
                        List.copyOf(explored.endingsReached().keySet())),
                new ScenarioReport.Walks(settings.walks(), ended, overLimit, Spread.of(lengths), poorYetResolved),
                scenario.nodes().size(), nodesReached, never, endings, results, findings, scenario.difficulty());
    }

    /**
     * Pairs of options at a node that takes typed replies, leading to different places, whose
     * meanings are {@value #TOO_CLOSE} or more alike: a reply meaning either is as close to both,
     * so it follows neither, and the option that was meant is unreachable by typing.
     */
    private List<Finding> tooClose(Scenario scenario) {
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, Node> e : scenario.nodes().entrySet()) {
            Node node = e.getValue();
            List<Option> options = node.options();
            if (!node.allowsTyping() || options.size() < 2 || !Matching.at(scenario, node).on()) {
                continue;
            }
            List<String> texts = options.stream().map(Option::text).toList();
            for (int i = 0; i < options.size(); i++) {
                double[] s = matcher.similarities(texts.get(i), texts).orElse(null);
                if (s == null) {
                    return out;
                }
                for (int j = i + 1; j < options.size(); j++) {
                    if (s[j] >= TOO_CLOSE && !options.get(i).next().equals(options.get(j).next())) {
                        out.add(new Finding(Finding.Kind.OPTIONS_TOO_CLOSE, "nodes." + e.getKey() + ".options[" + j + "]",
                                String.format(java.util.Locale.ROOT, "options %d and %d at %s are too close in meaning to tell"
                                        + " apart (similarity %.2f), yet lead to %s and %s — a typed reply that means one"
                                        + " reads like both and follows neither; reword one so they differ in intent, or"
                                        + " set typed.matching.enabled: false at this node", i + 1, j + 1, e.getKey(), s[j],
                                        options.get(i).next(), options.get(j).next()),
                                List.of()));
                    }
                }
            }
        }
        return out;
    }

    /** Each scenario gets its own stream of random numbers, fixed by the seed and its id. */
    private long scenarioSeed(Scenario scenario) {
        long h = scenario.id() == null ? 0 : scenario.id().hashCode();
        return settings.seed() * 0x9E3779B97F4A7C15L + h;
    }

    private EndingReach reach(String id, Ending ending, List<String> shortest, List<Walker.Walk> walks) {
        int n = walks.size();
        double[][] dims = new double[Dimension.values().length][n];
        double[] mood = new double[n];
        double[] turns = new double[n];
        for (int w = 0; w < n; w++) {
            Walker.Walk walk = walks.get(w);
            for (Dimension d : Dimension.values()) {
                dims[d.ordinal()][w] = walk.turns().stream().mapToInt(t -> t.score().get(d)).average().orElse(0);
            }
            mood[w] = walk.last().mood();
            turns[w] = walk.turns().size();
        }
        double rate = settings.walks() == 0 ? 0 : (double) n / settings.walks();
        return new EndingReach(id, ending.outcome(), shortest != null, shortest == null ? List.of() : shortest, n, rate,
                Spread.of(dims[Dimension.CALMNESS.ordinal()]), Spread.of(dims[Dimension.ACKNOWLEDGMENT.ordinal()]),
                Spread.of(dims[Dimension.RESOLUTION.ordinal()]), Spread.of(mood), Spread.of(turns));
    }

    private static boolean reachedByTest(List<TestResult> results, String ending) {
        return results.stream().anyMatch(r -> ending.equals(r.reached()));
    }

    private static List<String> written(List<Move> moves) {
        return moves.stream().map(Move::written).toList();
    }
}
