package hotseat.store;

/** A run file that cannot be read or written; the message is for people. */
public final class RunFileException extends java.io.IOException {
    public RunFileException(String message) {
        super(message);
    }
}
