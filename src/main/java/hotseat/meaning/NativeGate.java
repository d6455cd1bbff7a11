package hotseat.meaning;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import sun.misc.Signal;

/**
 * Keeps the process from leaving while ONNX Runtime is at work in native code.
 *
 * <p>ONNX Runtime registers a shutdown hook of its own that releases its environment, and the
 * JVM runs shutdown hooks all at once: if the process exits (Ctrl-C, a closed terminal, the
 * trainee quitting) while the model is still loading or embedding a reply, the environment is
 * released under it and the JVM crashes in native code instead of exiting. So every native call
 * passes through this gate, and whatever ends the process first waits at the gate for the call
 * under way (at most {@value #WAIT_SECONDS} s) and closes it: no native call begins after that.
 * The gate covers the normal exit ({@link #close()}, called by {@code Main} before it exits) and,
 * once the model is wanted, the signals that stop a process (INT, TERM, HUP), which then exit
 * with 128 + the signal's number as the JVM would.
 */
public final class NativeGate {
    static final int WAIT_SECONDS = 20;
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static volatile boolean closed;
    private static boolean signalsHandled;

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

    /** From now on INT, TERM and HUP close the gate before the process exits. Signals the process ignores stay ignored. */
    static synchronized void handleSignals() {
        if (signalsHandled) {
            return;
        }
        signalsHandled = true;
        for (String name : new String[] {"INT", "TERM", "HUP"}) {
            try {
                Signal.handle(new Signal(name), s -> {
                    Thread exit = new Thread(() -> {
                        close();
                        System.exit(128 + s.getNumber());
                    }, "hotseat-exit-" + name);
                    exit.start();
                });
            } catch (IllegalArgumentException | UnsupportedOperationException ignoredOrUnknown) {
                // ignored by the process (a background job), or not a signal on this system
            }
        }
    }
}
