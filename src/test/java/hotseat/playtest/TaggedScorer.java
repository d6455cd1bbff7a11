package hotseat.playtest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import hotseat.scoring.ReplyScore;
import hotseat.scoring.ReplyScorer;
import hotseat.scoring.ScoringContext;

/**
 * Scores a reply by a tag written in it, {@code [c80 a60 r40]}; untagged replies score 50 on
 * every dimension (which leaves the mood where it is). Lets play-test tests fix every score.
 */
final class TaggedScorer implements ReplyScorer {
    private static final Pattern TAG = Pattern.compile("\\[c(\\d+) a(\\d+) r(\\d+)]");

    @Override
    public ReplyScore score(String reply, ScoringContext context) {
        Matcher m = TAG.matcher(reply);
        if (!m.find()) {
            return new ReplyScore(50, 50, 50, List.of());
        }
        return new ReplyScore(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), List.of());
    }

    /** A pool with one reply of each quality, tagged. */
    static ReplyPool pool() {
        return ReplyPool.of(List.of(
                new ReplyPool.Entry(Quality.STRONG, "strong [c90 a90 r90]"),
                new ReplyPool.Entry(Quality.MIDDLING, "middling [c60 a50 r40]"),
                new ReplyPool.Entry(Quality.POOR, "poor [c10 a10 r10]")));
    }
}
