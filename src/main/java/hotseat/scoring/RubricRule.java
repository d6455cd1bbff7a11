package hotseat.scoring;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

import hotseat.scenario.Vocabulary;

/**
 * One named rule of the rubric. A rule fires on any of its {@code phrases} (or, when
 * {@code detect} is set, on a built-in detector such as {@code all_caps}) and moves each of the
 * three dimensions by the points given; absent means no effect on that dimension.
 *
 * <ul>
 *   <li>{@code negatable}: a positive rule is not counted when a negator ("not", "never", ...)
 *       comes just before it ("I'm <b>not</b> going to apologise"). Defaults to true for rules that
 *       add points, false for rules that take points away.</li>
 *   <li>{@code maxHits} / {@code eachExtra}: a rule counts once unless {@code maxHits} allows more
 *       distinct matches; each further match adds {@code eachExtra} percent of the points.</li>
 *   <li>{@code percent}: for {@code take_back}, the share of earlier acknowledgment taken back.</li>
 *   <li>{@code minWords}: for {@code specific_apology}, content words needed after the apology;
 *       for {@code all_caps}, capital words needed.</li>
 *   <li>{@code overrides}: names of rules that do not count inside the words this rule matched
 *       ("I can see why" is empathy, not the ownership of "I can").</li>
 *   <li>{@code overridesAfter}: names of rules that do not count from this rule's match to the end
 *       of its sentence ("Did you actually send it?" asks about the customer, it sends nothing).</li>
 *   <li>{@code except}: words the detector leaves alone (acronyms for {@code all_caps}, generic
 *       words for {@code specific_apology}).</li>
 *   <li>{@code words}: for {@code praise_over_trouble}, words that name something gone wrong
 *       ("lost", "cancelled", "another").</li>
 *   <li>{@code target}: {@code customer} makes the rule's words count only when aimed at the
 *       customer ("you're being ridiculous"), not at the situation ("what a ridiculous week").</li>
 *   <li>{@code mocks}: the rule's words turn the rest of their sentence into mockery (sarcasm), so
 *       no rewarding rule counts in that sentence ("Sure, I'll just refund everyone, shall I?").</li>
 *   <li>{@code floor}: when the rule fires, what the learned layer adds cannot lift calmness above
 *       what the rules gave (shouting, insults and "calm down" stay low however warm the rest).</li>
 *   <li>{@code fires} / {@code doesNotFire}: replies on which the rule must, and must not, move a
 *       score: its own examples, and the near misses that show where it stops. They do not change
 *       scoring; a test runs them.</li>
 *   <li>{@code knownMisses}: examples the rule still gets wrong, each with what it should do
 *       ({@code expect}); a test checks they are still wrong, so a fix shows up as a failure that
 *       says to move the example into {@code fires} or {@code doesNotFire}.</li>
 * </ul>
 */
public record RubricRule(
        String name,
        String family,
        String note,
        Integer calmness,
        Integer acknowledgment,
        Integer resolution,
        List<String> phrases,
        String detect,
        Boolean negatable,
        Integer maxHits,
        Integer eachExtra,
        Integer percent,
        Integer minWords,
        List<String> except,
        List<String> words,
        List<String> overrides,
        List<String> overridesAfter,
        Boolean floor,
        String target,
        Boolean mocks,
        List<Example> fires,
        List<Example> doesNotFire,
        List<Example> knownMisses) {

    /**
     * A reply a rule's examples are about: written as the reply alone, or as a map with the
     * customer's line (for echoing) and the scenario's vocabulary (for the scenario rules).
     * {@code expect} ({@code fires} or {@code does_not_fire}) is for known misses only.
     */
    public record Example(String reply, String customer, Vocabulary vocabulary, String expect) {
        @JsonCreator
        public Example {
            customer = customer == null ? "" : customer;
            vocabulary = vocabulary == null ? Vocabulary.NONE : vocabulary;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Example of(String reply) {
            return new Example(reply, null, null, null);
        }

        public ScoringContext context() {
            return new ScoringContext(customer, vocabulary);
        }
    }

    public RubricRule {
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
        except = except == null ? List.of() : List.copyOf(except);
        words = words == null ? List.of() : List.copyOf(words);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        overridesAfter = overridesAfter == null ? List.of() : List.copyOf(overridesAfter);
        fires = fires == null ? List.of() : List.copyOf(fires);
        doesNotFire = doesNotFire == null ? List.of() : List.copyOf(doesNotFire);
        knownMisses = knownMisses == null ? List.of() : List.copyOf(knownMisses);
        note = note == null ? "" : note.strip();
        family = family == null ? "" : family;
    }

    /** True when the rule's words count only when said to or about the customer ({@code target: customer}). */
    boolean aimedAtCustomer() {
        return "customer".equals(target);
    }

    /** True when the rule's words mock the whole sentence they are in ({@code mocks: true}). */
    boolean mocksItsSentence() {
        return mocks != null && mocks;
    }

    boolean isFloor() {
        return floor != null && floor;
    }

    int effect(Dimension d) {
        Integer v = switch (d) {
            case CALMNESS -> calmness;
            case ACKNOWLEDGMENT -> acknowledgment;
            case RESOLUTION -> resolution;
        };
        return v == null ? 0 : v;
    }

    /** Sum of the points, to tell rules that reward from rules that penalise. */
    int netEffect() {
        return effect(Dimension.CALMNESS) + effect(Dimension.ACKNOWLEDGMENT) + effect(Dimension.RESOLUTION);
    }
}
