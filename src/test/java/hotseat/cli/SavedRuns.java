package hotseat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import hotseat.progress.RunSummary;
import hotseat.session.RunRecord;
import hotseat.store.Database;
import hotseat.store.RunDatabase;
import hotseat.store.RunFilter;

/** The runs kept in a test's SQLite database, read back through the store. */
final class SavedRuns {
    private SavedRuns() {}

    /** Every run in the database file, newest first. */
    static List<RunRecord> in(Path dbFile) throws Exception {
        try (RunDatabase db = RunDatabase.open(Database.sqlite(dbFile))) {
            List<RunRecord> runs = new ArrayList<>();
            for (RunSummary s : db.list(RunFilter.ALL)) {
                runs.add(db.find(s.id()).orElseThrow());
            }
            return runs;
        }
    }

    static RunRecord newest(Path dbFile) throws Exception {
        return in(dbFile).get(0);
    }
}
