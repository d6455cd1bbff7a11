package hotseat.conversation;

import hotseat.scenario.MoodTrigger;
import hotseat.scoring.ReplyScore;

/**
 * One answered turn.
 *
 * @param number       1 for the first turn still in the transcript
 * @param nodeId       the node the customer spoke from
 * @param customerLine what the customer said, in the variant for the mood at that moment
 * @param reply        how the trainee answered (option number or typed)
 * @param replyText    the words of the reply (the option's text when picked)
 * @param score        the reply's scores and evidence, with any authored hints applied
 * @param moodBefore   the customer's mood when they said the line
 * @param moodAfter    the mood after the reply
 * @param next         where the conversation went: a node or an ending id (after any trigger)
 * @param trigger      the mood trigger that diverted the conversation, or null
 * @param triggerIndex its position in {@code mood_rules.triggers}, or -1
 * @param hintUsed     whether the trainee asked for the tip before answering
 * @param note         the short coaching note for this reply (shown at once in practice mode)
 * @param match        for a typed reply, how it compared by meaning with the node's options;
 *                     null for a picked option, where matching is off, or without a model
 */
public record Turn(
        int number,
        String nodeId,
        String customerLine,
        Reply reply,
        String replyText,
        ReplyScore score,
        int moodBefore,
        int moodAfter,
        String next,
        MoodTrigger trigger,
        int triggerIndex,
        boolean hintUsed,
        String note,
        MeaningMatch match) {

    /** A turn without a comparison by meaning. */
    public Turn(int number, String nodeId, String customerLine, Reply reply, String replyText, ReplyScore score,
                int moodBefore, int moodAfter, String next, MoodTrigger trigger, int triggerIndex, boolean hintUsed,
                String note) {
        this(number, nodeId, customerLine, reply, replyText, score, moodBefore, moodAfter, next, trigger, triggerIndex,
                hintUsed, note, null);
    }
}
