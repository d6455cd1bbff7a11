package hotseat.playtest;

import java.util.List;

/**
 * Everything a play-test learnt about one scenario.
 *
 * @param id               the scenario's id
 * @param title            its title
 * @param settings         how it was play-tested
 * @param exploration      the exhaustive part: every choice from every state
 * @param walks            the random part
 * @param nodes            how many nodes the scenario has
 * @param nodesReached     how many of them any play reached
 * @param nodesNeverReached the others, in the order written
 * @param endings          every ending, in the order written, with how the walks reached it
 * @param tests            the scenario's own tests, in order
 * @param findings         errors and warnings, most serious first
 */
public record ScenarioReport(
        String id,
        String title,
        CheckSettings settings,
        Exploration exploration,
        Walks walks,
        int nodes,
        int nodesReached,
        List<String> nodesNeverReached,
        List<EndingReach> endings,
        List<TestResult> tests,
        List<Finding> findings,
        int difficulty) {

    /** A report for a scenario of unknown difficulty (0), which gets no healthy-spread line. */
    public ScenarioReport(String id, String title, CheckSettings settings, Exploration exploration, Walks walks,
                          int nodes, int nodesReached, List<String> nodesNeverReached, List<EndingReach> endings,
                          List<TestResult> tests, List<Finding> findings) {
        this(id, title, settings, exploration, walks, nodes, nodesReached, nodesNeverReached, endings, tests, findings, 0);
    }

    public ScenarioReport {
        nodesNeverReached = List.copyOf(nodesNeverReached);
        endings = List.copyOf(endings);
        tests = List.copyOf(tests);
        findings = List.copyOf(findings);
    }

    public boolean failed() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> !f.isError()).count();
    }

    /**
     * The exhaustive exploration: {@code states} distinct conversation states (node, exact mood,
     * triggers fired) reached by every option and the probe replies, {@code choices} replies tried,
     * {@code bounded} true when it stopped at the state limit.
     */
    public record Exploration(int states, int choices, boolean bounded, List<String> endingsReached) {
        public Exploration {
            endingsReached = List.copyOf(endingsReached);
        }
    }

    /**
     * The random walks: how many, how many ended, how many ran past the turn limit, the spread of
     * their lengths, and how many gave at least one clearly poor reply yet ended resolved.
     */
    public record Walks(int count, int ended, int overTurnLimit, Spread turns, int poorYetResolved) {}
}
