package hotseat.store;

import java.io.IOException;

/** The run database cannot be opened, read or written; the message says why and what to do, for people. */
public final class StoreException extends IOException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
