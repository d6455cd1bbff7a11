package hotseat.playtest;

import java.util.List;

/**
 * The result of one test written in a scenario's {@code tests:} list. {@code where} is the test's
 * place in the file ({@code tests[0]}); {@code visited} the nodes its replies went through;
 * each failure names its own, more precise place.
 */
public record TestResult(String name, String where, String reached, int turns, List<String> visited,
                         List<Failure> failures) {

    public TestResult {
        visited = List.copyOf(visited);
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    /** One expectation that did not hold. */
    public record Failure(String where, String message) {}
}
