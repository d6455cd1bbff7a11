package hotseat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationEngine;
import hotseat.conversation.FakeScorer;
import hotseat.conversation.Fixtures;
import hotseat.conversation.Mode;
import hotseat.conversation.Reply;
import hotseat.debrief.Debrief;
import hotseat.debrief.DebriefBuilder;
import hotseat.scenario.CustomerLine;
import hotseat.scenario.Node;
import hotseat.scenario.Scenario;

class ReportFormatTest {
    private static final String NASTY_LINE = "<script>alert('x')</script> & \"quotes\"";
    private static final String NASTY_REPLY = "I'm <b>sorry</b> & I'll fix it [c20 a20 r20]";

    /** The fixture scenario with markup in the customer's line and the title. */
    private static Debrief nasty() {
        Scenario base = Fixtures.parcel();
        Map<String, Node> nodes = new LinkedHashMap<>(base.nodes());
        Node opening = nodes.get("opening");
        nodes.put("opening", new Node(CustomerLine.parse(NASTY_LINE), opening.emotion(), opening.options(), opening.typed(),
                "Say <sorry> & mean it", opening.tip()));
        Scenario s = new Scenario(base.id(), "Parcel <lost> & found", base.briefing(), base.difficulty(), base.tags(),
                base.customer(), base.start(), nodes, base.endings(), base.synonyms(), base.vocabulary(), base.moodRules());
        return DebriefBuilder.build(Fixtures.replay(new ConversationEngine(new FakeScorer()), s, 1, Mode.PRACTICE,
                List.of(Action.answer(Reply.typed(NASTY_REPLY)))));
    }

    private static Debrief finished() {
        return DebriefBuilder.build(Fixtures.replay(new ConversationEngine(new FakeScorer()), Fixtures.parcel(), 1, Mode.PRACTICE,
                List.of(Action.HINT, Action.answer(Reply.pick(1)), Action.answer(Reply.pick(1)))));
    }

    @Test
    void jsonParsesAndReadsBackAsTheSameDebrief() throws Exception {
        Debrief d = finished();
        String json = ReportFormat.JSON.render(d, false);
        JsonNode tree = new ObjectMapper().readTree(json);
        assertEquals("resolved", tree.get("outcome").asText());
        assertEquals(81, tree.get("overall").get("score").asInt());
        assertEquals(85, tree.get("dimensions").get("calmness").asInt());
        assertEquals(3, tree.get("moodSeries").size());
        assertEquals(Json.MAPPER.readValue(json, Debrief.class), d);
    }

    @Test
    void htmlIsOneSelfContainedFileAndEscapesAllText() {
        String html = ReportFormat.HTML.render(nasty(), false);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<style>"));
        for (String external : List.of("<script", "<link", "src=", "@import", "url(", "href=")) {
            assertFalse(html.contains(external), "must not load anything: " + external);
        }
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"));
        assertTrue(html.contains("I&#39;m &lt;b&gt;sorry&lt;/b&gt; &amp; I&#39;ll fix it"));
        assertTrue(html.contains("Parcel &lt;lost&gt; &amp; found"));
        assertTrue(html.contains("Say &lt;sorry&gt; &amp; mean it"), "the model answer of a reply that fell short");
        assertFalse(html.contains("<b>sorry</b>"));
        assertTrue(html.contains("@media print"));
    }

    @Test
    void textShowsBarsWithNumbersAndTheMoodSparklineWithItsValues() {
        String text = ReportFormat.TEXT.render(finished(), false);
        assertTrue(text.contains("Outcome: resolved"), text);
        assertTrue(text.contains("Overall: 81/100  grade B (good)"), text);
        assertTrue(text.contains("mean of the three scores 77, +5 for the outcome, −1 for tips"), text);
        assertTrue(text.contains("  Calmness        █████████████████░░░  85"), text);
        assertTrue(text.contains("  " + Bars.sparkline(List.of(70, 60, 52)) + "  70 → 60 → 52"), text);
        assertTrue(text.contains("You (option 1, after a tip)"), text);
        assertFalse(text.contains("\u001b["), "no escape codes unless colour is asked for");
        assertTrue(ReportFormat.TEXT.render(finished(), true).contains("\u001b[32m"));
    }

    @Test
    void textOfAShortReplyShowsTheStrongerReplyAndTip() {
        String text = ReportFormat.TEXT.render(nasty(), false);
        assertTrue(text.contains("Outcome: unfinished"), text);
        assertTrue(text.contains("A stronger reply: \"Say <sorry> & mean it\""), text);
        assertTrue(text.contains("Tip: Name the wait before you explain anything."), text);
        assertTrue(text.contains("· acknowledgment 20: nothing in this reply showed the customer you heard\n"), text);
        assertTrue(text.contains("Outcome: unfinished (the conversation stopped before an ending)"), text);
    }

    @Test
    void markdownHasTheSectionsAndEscapesMarkup() {
        String md = ReportFormat.MARKDOWN.render(nasty(), false);
        assertTrue(md.startsWith("# Debrief: Parcel \\<lost\\> & found\n"), md);
        assertTrue(md.contains("| Calmness | 20 |"), md);
        assertTrue(md.contains("> \\<script\\>alert('x')\\</script\\>"), md);
        assertTrue(md.contains("## To work on"), md);
        assertTrue(md.contains("**A stronger reply:** Say \\<sorry\\> & mean it"), md);
    }

    @Test
    void everyFormatExplainsAnUnscoredDimensionInPlainWords() {
        String gap = "acknowledgment 20: nothing in this reply showed the customer you heard them.";
        for (ReportFormat f : ReportFormat.values()) {
            String out = f.render(nasty(), false);
            assertTrue(out.replaceAll("\\s+", " ").contains(gap), f + ": " + out);
            assertFalse(out.contains("earned points"), f + ": " + out);
        }
    }

    @Test
    void sparklineRisesWithTheMood() {
        assertEquals("▁▅█", Bars.sparkline(List.of(0, 50, 100)));
        assertEquals("██████████", Bars.bar(100, 10));
        assertEquals("█████░░░░░", Bars.bar(50, 10));
    }
}
