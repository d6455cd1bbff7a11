package hotseat.cli;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import hotseat.session.Playable;
import hotseat.session.RunRecord;
import hotseat.session.RunRecorder;
import hotseat.store.RunDatabase;

/**
 * The run database, opened on another thread from now on: the full-screen interface draws its
 * first frame while the database connects, migrates and imports, and the run waits for it only
 * when it is first recorded. A database that cannot be opened fails that first recording with
 * the reason, as any failed save does.
 */
final class DeferredRecorder implements RunRecorder, AutoCloseable {
    private final CompletableFuture<RunDatabase> opening;

    DeferredRecorder(Supplier<RunDatabase> open) {
        this.opening = CompletableFuture.supplyAsync(open);
    }

    private RunDatabase database() throws IOException {
        try {
            return opening.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IOException(cause.getMessage(), cause);
        }
    }

    @Override
    public String claim(String stem) throws IOException {
        return database().claim(stem);
    }

    @Override
    public void scenario(Playable playable) throws IOException {
        database().scenario(playable);
    }

    @Override
    public void save(RunRecord run) throws IOException {
        database().save(run);
    }

    @Override
    public void release(String id) {
        if (opening.isDone() && !opening.isCompletedExceptionally()) {
            opening.join().release(id);
        }
    }

    @Override
    public String where(String id) {
        return opening.isDone() && !opening.isCompletedExceptionally() ? opening.join().where(id) : null;
    }

    @Override
    public void close() {
        // Waits for an open still under way, so the connection it makes is closed too.
        try {
            opening.join().close();
        } catch (CompletionException e) {
            // Never opened: nothing to close.
        }
    }
}
