package hotseat.load;

import java.io.CharArrayReader;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Scanner;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.Token;

/**
 * SnakeYAML's own scanner, run on a second thread a few batches of tokens ahead of the parser that
 * reads them. In a new JVM the scanner and the parser each take about half of the time spent
 * reading a large file; on two cores they then overlap. The parser meets exactly the tokens, and
 * the scanner's failure at exactly the token, it would meet reading in one thread, so a file means
 * the same and gets the same messages either way.
 */
final class AheadScanner implements Scanner, AutoCloseable {
    private static final int BATCH = 1024;

    /** Batches of tokens, then (when scanning failed) the failure. Bounded: the scanner waits for the parser. */
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
    private final Thread thread;
    private Token[] batch = new Token[0];
    private int next;
    private boolean ended;
    private Throwable failure;

    AheadScanner(char[] text, LoaderOptions options) {
        thread = new Thread(() -> scan(text, options), "hotseat-yaml-scanner");
        thread.setDaemon(true);
        thread.start();
    }

    private void scan(char[] text, LoaderOptions options) {
        Token[] out = new Token[BATCH];
        int n = 0;
        try {
            try {
                ScannerImpl scanner = new ScannerImpl(new StreamReader(new CharArrayReader(text)), options);
                while (true) {
                    scanner.peekToken(); // fetches the next tokens; getToken alone does not
                    Token token = scanner.getToken();
                    out[n++] = token;
                    boolean end = token.getTokenId() == Token.ID.StreamEnd;
                    if (end || n == BATCH) {
                        queue.put(Arrays.copyOf(out, n));
                        n = 0;
                        if (end) {
                            return;
                        }
                    }
                }
            } catch (RuntimeException | Error e) {
                // the tokens read before the failure go first: the parser may stop at one of them
                if (n > 0) {
                    queue.put(Arrays.copyOf(out, n));
                }
                queue.put(e);
            }
        } catch (InterruptedException e) {
            // the parser has stopped (closed): nobody is waiting for more tokens
        }
    }

    /** The next token, or null after the end of the stream. */
    private Token current() {
        while (next == batch.length) {
            if (failure != null) {
                throw rethrow(failure);
            }
            if (ended) {
                return null;
            }
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new YAMLException("reading the file was interrupted");
            }
            if (item instanceof Throwable t) {
                failure = t;
                throw rethrow(t);
            }
            batch = (Token[]) item;
            next = 0;
            ended = batch.length > 0 && batch[batch.length - 1].getTokenId() == Token.ID.StreamEnd;
        }
        return batch[next];
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        return (RuntimeException) t;
    }

    @Override
    public boolean checkToken(Token.ID... choices) {
        Token token = current();
        if (token == null) {
            return false;
        }
        if (choices.length == 0) {
            return true;
        }
        for (Token.ID choice : choices) {
            if (token.getTokenId() == choice) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Token peekToken() {
        Token token = current();
        if (token == null) {
            throw new YAMLException("no more tokens after the end of the file");
        }
        return token;
    }

    @Override
    public Token getToken() {
        Token token = peekToken();
        next++;
        return token;
    }

    /**
     * Called by the parser at each document's start, to count the code-point limit per document.
     * The whole file was checked against the size limit (bytes, so at least as many as code points)
     * before reading, so no document can reach that limit and there is nothing to reset.
     */
    @Override
    public void resetDocumentIndex() {
    }

    /** Stops the scanning thread if it is still running (the parser stopped early, at a mistake). */
    @Override
    public void close() {
        thread.interrupt();
    }
}
