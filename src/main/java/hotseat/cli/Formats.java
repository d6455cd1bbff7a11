package hotseat.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

import hotseat.report.ReportFormat;
import picocli.CommandLine;

/** Reading a debrief format name from the command line. */
final class Formats {
    private Formats() {}

    static final class Converter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("\"" + value + "\" is not a debrief format — use one of text, markdown, json, html");
            }
        }
    }

    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ReportFormat.values()).map(ReportFormat::word).iterator();
        }
    }
}
