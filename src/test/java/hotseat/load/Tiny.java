package hotseat.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** A small scenario that passes strict validation, line by line, for tests to break on purpose. */
final class Tiny {
    private Tiny() {}

    static final String YAML = """
            id: tiny
            title: A tiny test
            briefing: You answer the phone.
            difficulty: 2
            customer:
              name: Sam
              mood: 50
            start: opening
            nodes:
              opening:
                says: My order is late.
                options:
                  - text: I'm sorry, let me check.
                    next: fixed
                  - text: Not my problem.
                    next: gone
                model_answer: I'm sorry it's late; I'll check now.
                tip: Apologise, then act.
            endings:
              fixed:
                outcome: resolved
                text: Sam is happy.
              gone:
                outcome: lost
                text: Sam hangs up.
            """;

    /** The scenario with one piece of text replaced (which must occur exactly once). */
    static String with(String from, String to) {
        int at = YAML.indexOf(from);
        if (at < 0 || YAML.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException("not exactly once in the tiny scenario: " + from);
        }
        return YAML.replace(from, to);
    }

    static List<Diagnostic> check(String yaml) {
        return new ScenarioChecker().check("t.yaml", yaml.getBytes(StandardCharsets.UTF_8)).diagnostics();
    }

    /** Asserts that exactly one diagnostic was found, on {@code line}, and returns it. */
    static Diagnostic onlyProblem(List<Diagnostic> found, int line, String fragment) {
        assertEquals(1, found.size(), () -> "expected one problem, found:\n" + lines(found));
        return problem(found, line, fragment);
    }

    /** Asserts that some diagnostic is on {@code line} and contains {@code fragment}. */
    static Diagnostic problem(List<Diagnostic> found, int line, String fragment) {
        for (Diagnostic d : found) {
            if (d.location() != null && d.location().line() == line && d.message().contains(fragment)) {
                assertTrue(d.format().startsWith("t.yaml:" + line + ":"), d.format());
                return d;
            }
        }
        return fail("no problem on line " + line + " containing \"" + fragment + "\"; found:\n" + lines(found));
    }

    static String lines(List<Diagnostic> found) {
        return found.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }
}
