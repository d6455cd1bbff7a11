package hotseat.conversation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import hotseat.scoring.Dimension;
import hotseat.scoring.Evidence;
import hotseat.scoring.ReplyScore;
import hotseat.scoring.ReplyScorer;
import hotseat.scoring.ScoringContext;

/**
 * A scorer for engine tests whose scores are written into the reply itself, as
 * {@code [c80 a60 r40]}; a reply without the tag scores 50 on every dimension. Lets a test say
 * exactly which scores a reply gets without depending on the real rubric.
 */
public final class FakeScorer implements ReplyScorer {
    private static final Pattern TAG = Pattern.compile("\\[c(\\d+) a(\\d+) r(\\d+)]");

    @Override
    public ReplyScore score(String reply, ScoringContext context) {
        Matcher m = TAG.matcher(reply);
        if (!m.find()) {
            return new ReplyScore(50, 50, 50, List.of());
        }
        int c = Integer.parseInt(m.group(1));
        int a = Integer.parseInt(m.group(2));
        int r = Integer.parseInt(m.group(3));
        return new ReplyScore(c, a, r, List.of(
                new Evidence(Dimension.CALMNESS, "tagged calmness", m.group(), c - 50),
                new Evidence(Dimension.ACKNOWLEDGMENT, "tagged acknowledgment", m.group(), a - 50),
                new Evidence(Dimension.RESOLUTION, "tagged resolution", m.group(), r - 50)));
    }
}
