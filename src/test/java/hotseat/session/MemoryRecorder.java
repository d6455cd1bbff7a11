package hotseat.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** A recorder for tests: keeps every version of the run it is given, and can fail or act at each save. */
public final class MemoryRecorder implements RunRecorder {
    public final List<RunRecord> saved = new ArrayList<>();
    public final List<String> released = new ArrayList<>();
    /** Runs before each save, with the number of versions kept so far (0 at the run's first save). */
    public IntConsumer onSave = n -> { };
    /** While set, every save fails with it. */
    public IOException failure;

    @Override
    public String claim(String stem) {
        return stem;
    }

    @Override
    public void save(RunRecord run) throws IOException {
        onSave.accept(saved.size());
        if (failure != null) {
            throw failure;
        }
        saved.add(run);
    }

    @Override
    public void release(String id) {
        released.add(id);
    }

    @Override
    public String where(String id) {
        return "memory/" + id;
    }

    /** The version of the run saved last. */
    public RunRecord last() {
        return saved.get(saved.size() - 1);
    }
}
