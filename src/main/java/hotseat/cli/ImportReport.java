package hotseat.cli;

import java.io.PrintWriter;

import hotseat.store.RunDatabase;

/** How an import of run files is reported: the files skipped, each with why. */
final class ImportReport {
    private static final int SHOWN = 10;

    private ImportReport() {}

    static void skipped(RunDatabase.Imported done, PrintWriter err) {
        if (done.skipped().isEmpty()) {
            return;
        }
        err.println("Skipped " + done.skipped().size() + (done.skipped().size() == 1 ? " file" : " files")
                + " that could not be read as runs:");
        done.skipped().stream().limit(SHOWN).forEach(s -> err.println("  " + s));
        if (done.skipped().size() > SHOWN) {
            err.println("  … and " + (done.skipped().size() - SHOWN) + " more");
        }
    }
}
