package hotseat.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import hotseat.load.ScoringFiles;

/**
 * Every rule of the built-in rubric against its own examples ({@code fires}, {@code does_not_fire},
 * {@code known_misses} in rubric.yaml), scored by the rules alone, without the learned layer.
 */
class RuleExamplesTest {
    private static final RubricScorer RULES = ScoringFiles.builtInRules();
    private static final int MIN_FIRES = 3, MIN_DOES_NOT_FIRE = 2;
    private static final String FIRES = "fires", DOES_NOT_FIRE = "does_not_fire";

    /** One example of one rule; {@code knownMiss} means the rule is expected to get it wrong still. */
    record Case(RubricRule rule, RubricRule.Example example, boolean shouldFire, boolean knownMiss) {
        @Override
        public String toString() {
            return rule.name() + (knownMiss ? " (known miss)" : "") + " | " + (shouldFire ? FIRES : DOES_NOT_FIRE)
                    + " | " + example.reply();
        }
    }

    static Stream<Case> examples() {
        List<Case> cases = new ArrayList<>();
        for (RubricRule rule : RULES.rubric().rules()) {
            rule.fires().forEach(e -> cases.add(new Case(rule, e, true, false)));
            rule.doesNotFire().forEach(e -> cases.add(new Case(rule, e, false, false)));
            rule.knownMisses().forEach(e -> cases.add(new Case(rule, e, FIRES.equals(e.expect()), true)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void ruleBehavesAsItsExampleSays(Case c) {
        ReplyScore score = RULES.score(c.example().reply(), c.example().context());
        boolean fired = score.evidence().stream().anyMatch(e -> e.rule().equals(c.rule().name()) && e.effect() != 0);
        String what = "rule '" + c.rule().name() + "' on \"" + c.example().reply() + "\""
                + (c.example().customer().isEmpty() ? "" : " (customer: \"" + c.example().customer() + "\")")
                + ": should " + (c.shouldFire() ? "fire" : "not fire") + ", and " + (fired ? "fired" : "did not fire")
                + ". Evidence: " + describe(score);
        if (c.knownMiss()) {
            assertTrue(fired != c.shouldFire(), what + ". It is listed under known_misses: it now behaves as it should,"
                    + " so move it into " + (c.shouldFire() ? FIRES : DOES_NOT_FIRE) + ".");
        } else {
            assertEquals(c.shouldFire(), fired, what);
        }
    }

    @Test
    void everyRuleHasEnoughExamples() {
        List<String> thin = new ArrayList<>();
        for (RubricRule rule : RULES.rubric().rules()) {
            if (rule.fires().size() < MIN_FIRES || rule.doesNotFire().size() < MIN_DOES_NOT_FIRE) {
                thin.add(rule.name() + " (" + rule.fires().size() + " fires, " + rule.doesNotFire().size()
                        + " does_not_fire)");
            }
        }
        assertTrue(thin.isEmpty(), "give every rule at least " + MIN_FIRES + " fires and " + MIN_DOES_NOT_FIRE
                + " does_not_fire examples: " + thin);
    }

    @Test
    void examplesAreWellFormed() {
        for (RubricRule rule : RULES.rubric().rules()) {
            for (RubricRule.Example e : rule.knownMisses()) {
                assertTrue(FIRES.equals(e.expect()) || DOES_NOT_FIRE.equals(e.expect()),
                        rule.name() + ": known miss \"" + e.reply() + "\" needs expect: fires or does_not_fire");
            }
            List<RubricRule.Example> plain = new ArrayList<>(rule.fires());
            plain.addAll(rule.doesNotFire());
            for (RubricRule.Example e : plain) {
                assertNull(e.expect(), rule.name() + ": \"" + e.reply() + "\" — expect belongs in known_misses only");
            }
            plain.addAll(rule.knownMisses());
            for (RubricRule.Example e : plain) {
                assertFalse(e.reply() == null || e.reply().isBlank(), rule.name() + " has an example without a reply");
            }
        }
    }

    private static String describe(ReplyScore score) {
        if (score.evidence().isEmpty()) {
            return "none";
        }
        return score.evidence().stream()
                .map(e -> e.rule() + " [" + e.matched() + "] " + (e.effect() > 0 ? "+" : "") + e.effect() + " "
                        + e.dimension().word())
                .collect(Collectors.joining("; "));
    }
}
