package hotseat.scoring;

import java.util.Arrays;

/**
 * A reply cut into tokens for matching: lower-case words (contractions expanded, chat spellings
 * rewritten), pauses (commas, dashes, semicolons) and sentence ends. Each token remembers the
 * characters of the original text it came from, so evidence can quote the trainee's own words.
 */
final class Tokens {
    static final byte WORD = 0, PAUSE = 1, PERIOD = 2, EXCLAMATION = 3, QUESTION = 4;

    final String text;
    int size;
    String[] word = new String[32];
    byte[] kind = new byte[32];
    int[] sentence = new int[32];
    int[] from = new int[32];
    int[] to = new int[32];
    /** True for the first word of a sentence. */
    boolean[] initial = new boolean[32];
    /** True when the word was written in capitals (two letters or more). */
    boolean[] caps = new boolean[32];
    /** The quoted span ("…" or “…”) the token is in, numbered from 1; 0 outside quotes. */
    int[] quoteSpan = new int[32];
    /** Per span number, whether its closing quote mark was written (an unclosed one runs to the end). */
    boolean[] quoteClosed = new boolean[4];
    private int openQuote, quotes;

    Tokens(String text) {
        this.text = text;
    }

    void add(String w, byte k, int sentenceIndex, int start, int end, boolean isInitial, boolean isCaps) {
        if (size == word.length) {
            int n = size * 2;
            word = Arrays.copyOf(word, n);
            kind = Arrays.copyOf(kind, n);
            sentence = Arrays.copyOf(sentence, n);
            from = Arrays.copyOf(from, n);
            to = Arrays.copyOf(to, n);
            initial = Arrays.copyOf(initial, n);
            caps = Arrays.copyOf(caps, n);
            quoteSpan = Arrays.copyOf(quoteSpan, n);
        }
        word[size] = w;
        kind[size] = k;
        sentence[size] = sentenceIndex;
        from[size] = start;
        to[size] = end;
        initial[size] = isInitial;
        caps[size] = isCaps;
        quoteSpan[size] = openQuote;
        size++;
    }

    /** A quote mark: it opens a span, or closes the open one when {@code mayClose}. */
    void quoteMark(boolean mayOpen, boolean mayClose) {
        if (openQuote != 0 && mayClose) {
            if (openQuote >= quoteClosed.length) {
                quoteClosed = Arrays.copyOf(quoteClosed, openQuote * 2);
            }
            quoteClosed[openQuote] = true;
            openQuote = 0;
        } else if (openQuote == 0 && mayOpen) {
            openQuote = ++quotes;
        }
    }

    /** Whether token {@code i} is a word inside a quoted span whose closing mark was written. */
    boolean inClosedQuote(int i) {
        return quoteSpan[i] != 0 && quoteSpan[i] < quoteClosed.length && quoteClosed[quoteSpan[i]];
    }

    boolean isWord(int i) {
        return kind[i] == WORD;
    }

    /** The original text from token {@code first} to token {@code last}, inclusive. */
    String quote(int first, int last) {
        return text.substring(from[first], to[last]).strip();
    }
}
