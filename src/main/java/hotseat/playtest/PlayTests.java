package hotseat.playtest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import hotseat.conversation.ReplyMatcher;
import hotseat.scenario.Scenario;
import hotseat.scoring.ReplyScorer;

/**
 * Play-tests several scenarios. They are independent, so they are played side by side (each with
 * its own {@link PlayTester}), and the results come back in the order the scenarios were given,
 * so a report never depends on timing.
 */
public final class PlayTests {

    /** One scenario's play-test: its report, or why the engine could not play it (then the report is null). */
    public record Result(ScenarioReport report, String failure) {}

    private PlayTests() {}

    /** At most two scenarios at once: the play-tester is quick, and a laptop has other work to do. */
    public static List<Result> run(List<Scenario> scenarios, ReplyScorer scorer, ReplyPool pool, CheckSettings settings)
            throws InterruptedException {
        return run(scenarios, scorer, ReplyMatcher.NONE, pool, settings);
    }

    /** As {@link #run(List, ReplyScorer, ReplyPool, CheckSettings)}, comparing typed replies with the options through {@code matcher}. */
    public static List<Result> run(List<Scenario> scenarios, ReplyScorer scorer, ReplyMatcher matcher, ReplyPool pool,
                                   CheckSettings settings) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(
                Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), runnable -> {
                    Thread t = new Thread(runnable, "hotseat-check");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<Result>> pending = new ArrayList<>();
            for (Scenario scenario : scenarios) {
                pending.add(workers.submit(() -> one(new PlayTester(scorer, matcher, pool, settings), scenario)));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> f : pending) {
                results.add(f.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private static Result one(PlayTester tester, Scenario scenario) {
        try {
            return new Result(tester.check(scenario, scenario.tests()), null);
        } catch (RuntimeException e) {
            // The validator passed it, yet the engine could not play it: say so for this one and go on.
            return new Result(null, "the conversation engine could not play this scenario: " + e.getMessage());
        }
    }
}
