package hotseat.meaning;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;


/**
 * Keeps the process from leaving while ONNX Runtime is at work in native code.
 *
 * <p>ONNX Runtime registers a shutdown hook of its own that releases its environment, and the
 * JVM runs shutdown hooks all at once: if the process exits (Ctrl-C, a closed terminal, the
 * trainee quitting) while the model is still loading or embedding a reply, the environment is
 * released under it and the JVM crashes in native code instead of exiting. So every native call
 * passes through this gate, and whatever ends the process first waits at the gate for the call
 * under way (at most {@value #WAIT_SECONDS} s) and closes it: no native call begins after that.
 * The entry point closes the gate ({@link #close()}) before it exits, normally and, once the
 * model is wanted, on the signals that stop a process (INT, TERM, HUP).
 */
public final class NativeGate {
    static final int WAIT_SECONDS = 20;
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static volatile boolean closed;

    private NativeGate() {}

    interface Work<T> {
        T run() throws Exception;
    }

    /** Runs native work, unless the process is closing (then it throws at once). */
    static <T> T enter(Work<T> work) throws Exception {
        LOCK.lock();
        try {
            if (closed) {
                throw new IllegalStateException("Hotseat is closing");
            }
            return work.run();
        } finally {
            LOCK.unlock();
        }
    }

    /** Waits for native work under way, then lets none begin. Called on the way out; cheap when no model was used. */
    public static void close() {
        try {
            if (LOCK.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                closed = true;
                LOCK.unlock();
            } else {
                closed = true;
            }
        } catch (InterruptedException e) {
            closed = true;
            Thread.currentThread().interrupt();
        }
    }
}
