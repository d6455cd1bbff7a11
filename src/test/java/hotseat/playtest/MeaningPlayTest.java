package hotseat.playtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import hotseat.conversation.ConversationEngine;
import hotseat.conversation.Fixtures;
import hotseat.conversation.MeaningMatch;
import hotseat.conversation.Reply;
import hotseat.conversation.ReplyMatcher;
import hotseat.conversation.ScriptedMatcher;
import hotseat.conversation.Turn;
import hotseat.scenario.Option;
import hotseat.scenario.Scenario;
import hotseat.scoring.ReplyScore;

/** Play-testing with matching by meaning, through scripted matchers. */
class MeaningPlayTest {
    private static final Scenario PARCEL = Fixtures.parcel();

    /** Compares the opening's options with one another: option 1 and option 3 nearly alike, the rest far apart. */
    private static ReplyMatcher optionsAlike(double oneAndThree) {
        List<String> texts = PARCEL.nodes().get("opening").options().stream().map(Option::text).toList();
        return (reply, options) -> {
            int i = texts.indexOf(reply);
            if (i < 0 || !options.equals(texts)) {
                return Optional.empty();
            }
            double[] s = {0.3, 0.3, 0.3};
            s[i] = 1;
            if (i == 0) {
                s[2] = oneAndThree;
            } else if (i == 2) {
                s[0] = oneAndThree;
            }
            return Optional.of(s);
        };
    }

    @Test
    void optionsTooCloseInMeaningThatLeadApartAreAWarningAtTheirNode() {
        ScenarioReport report = new PlayTester(new TaggedScorer(), optionsAlike(0.93), TaggedScorer.pool(),
                new CheckSettings(5, 1, 50, 1000)).check(PARCEL, List.of());
        List<Finding> close = report.findings().stream().filter(f -> f.kind() == Finding.Kind.OPTIONS_TOO_CLOSE).toList();
        assertEquals(1, close.size(), report.findings().toString());
        Finding f = close.get(0);
        assertFalse(f.isError());
        assertEquals("nodes.opening.options[2]", f.where());
        assertTrue(f.message().startsWith("options 1 and 3 at opening are too close in meaning to tell apart (similarity 0.93)"),
                f.message());
    }

    @Test
    void optionsFurtherApartOrWithoutAModelAreNotWarnedAbout() {
        ScenarioReport apart = new PlayTester(new TaggedScorer(), optionsAlike(0.85), TaggedScorer.pool(),
                new CheckSettings(5, 1, 50, 1000)).check(PARCEL, List.of());
        ScenarioReport none = new PlayTester(new TaggedScorer(), TaggedScorer.pool(), new CheckSettings(5, 1, 50, 1000))
                .check(PARCEL, List.of());
        assertTrue(apart.findings().stream().noneMatch(f -> f.kind() == Finding.Kind.OPTIONS_TOO_CLOSE));
        assertTrue(none.findings().stream().noneMatch(f -> f.kind() == Finding.Kind.OPTIONS_TOO_CLOSE));
    }

    @Test
    void walksTypeRewordedOptionsOnlyWhenMatchingByMeaning() {
        ConversationEngine engine = new ConversationEngine(new TaggedScorer());
        List<Move> with = new ArrayList<>();
        List<Move> without = new ArrayList<>();
        for (int w = 0; w < 200; w++) {
            with.addAll(new Walker(engine, TaggedScorer.pool(), true).walk(PARCEL, new SplittableRandom(w), 20).moves());
            without.addAll(new Walker(engine, TaggedScorer.pool(), false).walk(PARCEL, new SplittableRandom(w), 20).moves());
        }
        List<Move> reworded = with.stream().filter(m -> m.paraphraseOf() > 0).toList();
        assertTrue(reworded.size() > 10, "about one typed reply in four at nodes with options: " + reworded.size());
        assertTrue(without.stream().noneMatch(m -> m.paraphraseOf() > 0));
        for (Move m : reworded) {
            String option = PARCEL.nodes().values().stream().flatMap(n -> n.options().stream()).map(Option::text)
                    .filter(t -> Paraphrases.of(t).contains(m.written())).findFirst().orElse(null);
            assertTrue(option != null, "each is a rewording of an option: " + m.written());
        }
    }

    @Test
    void rewordingsDifferFromTheOptionAndAreTheSameEveryTime() {
        String option = "I'm so sorry about the wait. Let me check the tracking right now. I will call you back today.";
        List<String> v = Paraphrases.of(option);
        assertFalse(v.isEmpty());
        assertEquals(v, Paraphrases.of(option));
        assertTrue(v.stream().noneMatch(option::equals));
        assertTrue(v.stream().anyMatch(s -> s.split("(?<=[.!?])\\s+").length == 2), "a long option loses its last sentence: " + v);
    }

    @Test
    void aTypedReplyThatFollowedAnOptionIsJudgedAsThatOptionNotAsAPoorReply() {
        Move poorTyped = Move.typed("Calm down.", Quality.POOR);
        ReplyScore low = new ReplyScore(10, 10, 10, List.of());
        Turn followed = turn(low, new MeaningMatch(1, 0.9, 2, 0.5, true));
        Turn routed = turn(low, new MeaningMatch(1, 0.6, 2, 0.5, false));
        assertFalse(PoorReplies.isClearlyPoor(poorTyped, followed));
        assertTrue(PoorReplies.isClearlyPoor(poorTyped, routed));
        assertTrue(PoorReplies.isClearlyPoor(Move.paraphrase("Calm down, sir.", 2), routed),
                "a reworded option is judged by its score, like an option");
    }

    private static Turn turn(ReplyScore score, MeaningMatch match) {
        return new Turn(1, "opening", "line", Reply.typed("x"), "x", score, 50, 60, "checking", null, -1, false, "", match);
    }

}
