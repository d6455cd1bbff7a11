package hotseat.cli;

import java.util.List;

import hotseat.load.CheckResult;
import hotseat.load.Diagnostic;
import hotseat.load.Location;
import hotseat.load.SourceMap;
import hotseat.playtest.PlayTests;
import hotseat.playtest.ScenarioReport;

/**
 * One file as {@code hotseat check} reports it: its play-test report, with the source map that
 * turns the report's places into lines; or, when it could not be play-tested, the errors that
 * stopped it.
 */
record CheckedFile(String file, SourceMap sourceMap, ScenarioReport report, List<Diagnostic> problems) {

    static CheckedFile played(CheckResult read, PlayTests.Result played) {
        return played.report() != null
                ? new CheckedFile(read.file(), read.loaded().sourceMap(), played.report(), List.of())
                : new CheckedFile(read.file(), null, null, List.of(Diagnostic.error(read.file(), null, played.failure())));
    }

    static CheckedFile unplayable(CheckResult read) {
        return new CheckedFile(read.file(), null, null, read.diagnostics().stream().filter(Diagnostic::isError).toList());
    }

    /** Whether it was play-tested and passed. */
    boolean passed() {
        return report != null && !report.failed();
    }

    Location location(String where) {
        return sourceMap.locate(where);
    }

    /** {@code file:line:col} of a place in the scenario, such as {@code nodes.opening}. */
    String locate(String where) {
        Location l = location(where);
        return file + ":" + l.line() + ":" + l.column();
    }
}
