package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import hotseat.conversation.ConversationEngine;
import hotseat.conversation.FakeScorer;
import hotseat.conversation.Fixtures;
import hotseat.conversation.Mode;
import hotseat.conversation.ReplyLimit;
import hotseat.session.PlaySession;
import hotseat.session.PlaySettings;
import hotseat.session.Playable;
import hotseat.session.RunRecorder;

/** Plain mode's words for the lines the session does not take, each followed by what to enter instead. */
class PlainPlayerTest {

    private static List<String> refusals(Mode mode, String... lines) throws Exception {
        PlaySession session = PlaySession.begin(new Playable(Fixtures.parcel(), "parcel.yaml", "0"),
                new PlaySettings(new ConversationEngine(new FakeScorer()), RunRecorder.NOWHERE, mode, 1, Clock.systemUTC()));
        StringWriter out = new StringWriter();
        PlainPlayer.Stop stop = new PlainPlayer(session, new BufferedReader(new StringReader(String.join("\n", lines) + "\n")),
                new PrintWriter(out, true), false, mode == Mode.ASSESS).play();
        assertEquals(PlainPlayer.Stop.INPUT_ENDED, stop);
        // A refusal or a coaching note follows the prompt ("> ") on its line.
        return out.toString().lines().filter(l -> l.startsWith(">   ") && !l.startsWith(">   Coach: "))
                .map(l -> l.substring(4)).toList();
    }

    @Test
    void eachRefusalSaysWhatToEnterInstead() throws Exception {
        String longest = "a".repeat(ReplyLimit.MAX_LENGTH - 1) + "🙏";
        assertEquals(List.of(
                "There is no option 4. Pick 1 to 3, or type your own reply.",
                "Pick 1 to 3, or type your own reply.",
                ReplyLimit.TOO_LONG + " (This one has 4,001.)",
                "There is no reply to take back yet.",
                "This turn has no typed reply. Pick 1 to 2.",
                "There is no option 0. Pick 1 to 2."),
                refusals(Mode.PRACTICE, "4", "   ", longest + "!", "/undo", "1", "sorry", "0"));
    }

    @Test
    void assessmentAllowsNoUndo() throws Exception {
        assertEquals(List.of("Taking a reply back is for practice mode; in assessment every reply counts."),
                refusals(Mode.ASSESS, "1", "/undo"));
    }

    @Test
    void aReplyAtTheLimitIsTaken() throws Exception {
        String longest = "a".repeat(ReplyLimit.MAX_LENGTH - 1) + "🙏";
        assertTrue(refusals(Mode.PRACTICE, longest).isEmpty(), "an emoji counts as one character");
    }
}
