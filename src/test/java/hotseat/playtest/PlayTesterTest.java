package hotseat.playtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import hotseat.playtest.Finding.Kind;
import hotseat.scenario.Outcome;
import hotseat.scenario.Scenario;
import hotseat.scenario.SmallScenario;

class PlayTesterTest {
    static final String NEUTRAL = " [c50 a50 r50]";
    static final String HOSTILE = " [c10 a10 r10]";
    static final String STRONG = " [c90 a90 r90]";

    static ScenarioReport check(Scenario s, int walks, long seed, int maxTurns) {
        return new PlayTester(new TaggedScorer(), TaggedScorer.pool(), new CheckSettings(walks, seed, maxTurns, 20_000))
                .check(s, List.of());
    }

    static List<Finding> findings(ScenarioReport r, Kind kind) {
        return r.findings().stream().filter(f -> f.kind() == kind).toList();
    }

    @Test
    void everyOptionIsTriedFromEveryStateAndEveryEndingIsFound() {
        Scenario s = SmallScenario.named("two-turns")
                .node("opening", "Where is it?", n -> n
                        .option("Sorry about that." + NEUTRAL, "fixing")
                        .option("Go away." + HOSTILE, "lost"))
                .node("fixing", "And?", n -> n.option("I'll send it today." + NEUTRAL, "resolved"))
                .ending("resolved", Outcome.RESOLVED, "Thanks.")
                .ending("lost", Outcome.LOST, "Bye.")
                .build();
        ScenarioReport r = check(s, 200, 1, 50);
        assertEquals(2, r.exploration().states(), "opening and fixing, each at one mood");
        assertEquals(3, r.exploration().choices());
        assertEquals(List.of("lost", "resolved"), r.exploration().endingsReached());
        assertEquals(List.of("1", "1"), r.endings().get(0).shortest(), "a shortest way to resolved");
        assertEquals(List.of("2"), r.endings().get(1).shortest());
        assertEquals(2, r.nodesReached());
        assertEquals(List.of(), r.nodesNeverReached());
        assertFalse(r.failed(), r.findings().toString());
        assertEquals(200, r.walks().ended());
        EndingReach resolved = r.endings().get(0);
        assertEquals("resolved", resolved.id());
        assertEquals(resolved.walks() / 200.0, resolved.rate());
        assertTrue(resolved.walks() > 60 && resolved.walks() < 140, "about half: " + resolved.walks());
        assertEquals(new Spread(50, 50, 50), resolved.calmness());
        assertEquals(new Spread(2, 2, 2), resolved.turns());
        EndingReach lost = r.endings().get(1);
        assertEquals(new Spread(10, 10, 10), lost.acknowledgment());
        assertEquals(200, resolved.walks() + lost.walks());
    }

    @Test
    void aLoopWithNoWayOutIsReportedWithTheWayIn() {
        Scenario s = SmallScenario.named("spin")
                .node("opening", "Hello?", n -> n
                        .option("Let me check." + NEUTRAL, "spin_a")
                        .option("Done." + NEUTRAL, "resolved"))
                .node("spin_a", "And?", n -> n.option("Checking." + NEUTRAL, "spin_b"))
                .node("spin_b", "Well?", n -> n.option("Still checking." + NEUTRAL, "spin_a"))
                .ending("resolved", Outcome.RESOLVED, "OK.")
                .build();
        ScenarioReport r = check(s, 50, 1, 30);
        List<Finding> loops = findings(r, Kind.LOOP_WITHOUT_EXIT);
        assertEquals(1, loops.size(), r.findings().toString());
        assertEquals("nodes.spin_a", loops.get(0).where());
        assertEquals(List.of("1"), loops.get(0).example());
        assertTrue(loops.get(0).message().contains("goes round spin_a, spin_b"), loops.get(0).message());
        assertTrue(r.failed());
    }

    @Test
    void aLoopIsJudgedByTheMoodItCarries() {
        // The only way out of the loop is a trigger at mood 90: hostile replies get there, calm ones never do.
        Scenario calm = loopWithTrigger(NEUTRAL);
        Scenario hostile = loopWithTrigger(HOSTILE);
        assertEquals(1, findings(check(calm, 20, 1, 30), Kind.LOOP_WITHOUT_EXIT).size());
        ScenarioReport r = check(hostile, 20, 1, 30);
        assertEquals(List.of(), findings(r, Kind.LOOP_WITHOUT_EXIT));
        assertEquals(List.of("walks_out"), r.exploration().endingsReached());
        assertEquals(20, r.walks().ended());
    }

    private static Scenario loopWithTrigger(String tag) {
        return SmallScenario.named("trigger-loop").mood(50)
                .node("loop_a", "Hm.", n -> n.option("One." + tag, "loop_b"))
                .node("loop_b", "Hm!", n -> n.option("Two." + tag, "loop_a"))
                .ending("walks_out", Outcome.LOST, "Gone.")
                .trigger(">= 90", "walks_out")
                .build();
    }

    @Test
    void aPoorOptionThatResolvesIsAnError() {
        Scenario s = SmallScenario.named("rewarded")
                .node("opening", "It broke!", n -> n
                        .option("I'm sorry, I'll replace it today." + STRONG, "fixed")
                        .option("Calm down." + HOSTILE, "fixed_anyway")
                        .route("fixed", "acknowledgment", ">= 80")
                        .otherwise("lost"))
                .ending("fixed", Outcome.RESOLVED, "Thanks.")
                .ending("fixed_anyway", Outcome.RESOLVED, "Fine then.")
                .ending("lost", Outcome.LOST, "Bye.")
                .build();
        ScenarioReport r = check(s, 100, 1, 50);
        List<Finding> closers = findings(r, Kind.POOR_REPLY_RESOLVES);
        assertEquals(1, closers.size(), r.findings().toString());
        assertEquals("nodes.opening.options[1]", closers.get(0).where());
        assertEquals(List.of("2"), closers.get(0).example());
        assertEquals(List.of(), findings(r, Kind.POOR_PATH_RESOLVES), "one reply: the finding above says it all");
        assertTrue(r.walks().poorYetResolved() > 0);
        assertTrue(r.failed());
    }

    @Test
    void aWholePathOfPoorRepliesThatResolvesIsAnError() {
        Scenario s = SmallScenario.named("rude-all-the-way")
                .node("opening", "It broke!", n -> n
                        .option("I'm sorry, I'll replace it today." + STRONG, "fixed")
                        .option("Calm down." + HOSTILE, "rude"))
                .node("rude", "Excuse me?", n -> n
                        .option("Not my problem." + HOSTILE, "fixed")
                        .option("Sorry, that came out wrong." + NEUTRAL, "lost"))
                .ending("fixed", Outcome.RESOLVED, "Thanks.")
                .ending("lost", Outcome.LOST, "Bye.")
                .build();
        ScenarioReport r = check(s, 50, 1, 50);
        List<Finding> paths = findings(r, Kind.POOR_PATH_RESOLVES);
        assertEquals(1, paths.size(), r.findings().toString());
        assertEquals(List.of("2", "1"), paths.get(0).example());
        assertEquals("endings.fixed", paths.get(0).where());
        assertEquals(List.of("nodes.rude.options[0]"),
                findings(r, Kind.POOR_REPLY_RESOLVES).stream().map(Finding::where).toList());
    }

    @Test
    void aPoorTypedReplyThatResolvesIsAnError() {
        Scenario s = SmallScenario.named("typed-rewarded")
                .node("opening", "It broke!", n -> n
                        .option("I'm sorry, I'll replace it today." + STRONG, "lost")
                        .route("lost", "phrases", "goodbye")
                        .otherwise("fixed"))
                .ending("fixed", Outcome.RESOLVED, "Thanks.")
                .ending("lost", Outcome.LOST, "Bye.")
                .build();
        ScenarioReport r = check(s, 30, 1, 50);
        List<Finding> closers = findings(r, Kind.POOR_REPLY_RESOLVES);
        assertEquals(1, closers.size(), r.findings().toString());
        assertEquals("nodes.opening.typed", closers.get(0).where());
        assertEquals(List.of("poor [c10 a10 r10]"), closers.get(0).example());
    }

    @Test
    void poorRepliesThatLoseAreFine() {
        Scenario s = SmallScenario.named("fair")
                .node("opening", "It broke!", n -> n
                        .option("I'm sorry, I'll replace it today." + STRONG, "fixed")
                        .option("Calm down." + HOSTILE, "lost")
                        .route("fixed", "acknowledgment", ">= 80")
                        .otherwise("lost"))
                .ending("fixed", Outcome.RESOLVED, "Thanks.")
                .ending("lost", Outcome.LOST, "Bye.")
                .build();
        ScenarioReport r = check(s, 100, 1, 50);
        assertEquals(List.of(), r.findings());
        assertEquals(0, r.walks().poorYetResolved());
    }

    @Test
    void aWalkThatRunsPastTheTurnLimitIsReported() {
        // Only a strong typed reply leaves: one chance in six each turn, so some walks go on and on.
        Scenario s = SmallScenario.named("sticky")
                .node("opening", "Go on then.", n -> n
                        .option("Hmm." + NEUTRAL, "opening")
                        .route("fixed", "acknowledgment", ">= 80")
                        .otherwise("opening"))
                .ending("fixed", Outcome.RESOLVED, "Right.")
                .build();
        ScenarioReport r = check(s, 100, 3, 10);
        assertTrue(r.walks().overTurnLimit() > 0);
        assertEquals(r.walks().count(), r.walks().ended() + r.walks().overTurnLimit());
        List<Finding> limit = findings(r, Kind.TURN_LIMIT);
        assertEquals(1, limit.size());
        assertEquals(10, limit.get(0).example().size());
        assertTrue(limit.get(0).message().startsWith(r.walks().overTurnLimit() + " of 100 random walks did not end within 10 turns"),
                limit.get(0).message());
        assertEquals(List.of(), findings(r, Kind.LOOP_WITHOUT_EXIT), "there is a way out, so it is no trap");
    }

    @Test
    void theSameSeedGivesTheSameReportAndAnotherSeedAnother() {
        Scenario s = SmallScenario.named("coin")
                .node("opening", "Well?", n -> n
                        .option("Yes." + STRONG, "fixed")
                        .option("No." + HOSTILE, "lost")
                        .option("Maybe." + NEUTRAL, "opening")
                        .route("fixed", "acknowledgment", ">= 80")
                        .otherwise("opening"))
                .ending("fixed", Outcome.RESOLVED, "Good.")
                .ending("lost", Outcome.LOST, "Bye.")
                .build();
        ScenarioReport first = check(s, 500, 42, 50);
        ScenarioReport again = check(s, 500, 42, 50);
        ScenarioReport other = check(s, 500, 43, 50);
        assertEquals(first, again);
        assertNotEquals(first.endings(), other.endings());
    }

    @Test
    void aNodeNoPlayReachesIsAWarningNotAnError() {
        Scenario s = SmallScenario.named("hidden").mood(90)
                .node("opening", "Hm.", n -> n
                        .option("I'll fix it." + STRONG, "fixed")
                        .route("secret", "mood", "<= 5")
                        .otherwise("lost"))
                .node("secret", "Oh!", n -> n.option("Yes." + STRONG, "fixed"))
                .ending("fixed", Outcome.RESOLVED, "Good.")
                .ending("lost", Outcome.LOST, "Bye.")
                .build();
        ScenarioReport r = check(s, 50, 1, 50);
        assertEquals(List.of("secret"), r.nodesNeverReached());
        assertEquals(1, r.nodesReached());
        assertEquals(List.of(Kind.NODE_NEVER_REACHED), r.findings().stream().map(Finding::kind).toList());
        assertEquals("nodes.secret", r.findings().get(0).where());
        assertFalse(r.failed());
    }
}
