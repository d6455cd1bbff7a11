package hotseat.playtest;

import hotseat.conversation.Reply;

/**
 * One reply a play-test gives: an option by number or typed words, with the pool's label for
 * typed words ({@code quality} is null for options and for phrase probes). {@code written} is the
 * reply as a scenario test writes it — the option number, or the text — so any path a report
 * shows can be pasted into a {@code tests:} entry. {@code paraphraseOf} is the option a typed
 * reply rewords (0 for none).
 */
record Move(Reply reply, Quality quality, String written, int paraphraseOf) {

    Move(Reply reply, Quality quality, String written) {
        this(reply, quality, written, 0);
    }

    static Move option(int number) {
        return new Move(Reply.pick(number), null, Integer.toString(number));
    }

    static Move typed(String text, Quality quality) {
        return new Move(Reply.typed(text), quality, text);
    }

    /** Option {@code number} reworded and typed ({@link Paraphrases}). */
    static Move paraphrase(String text, int number) {
        return new Move(Reply.typed(text), null, text, number);
    }

    boolean isOption() {
        return reply instanceof Reply.Pick;
    }
}
