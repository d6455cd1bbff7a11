package hotseat.report;

import java.util.Locale;

import hotseat.debrief.Debrief;

/** The forms a debrief can be written in. */
public enum ReportFormat {
    TEXT, MARKDOWN, JSON, HTML;

    /** The debrief in this format; {@code colour} only affects text. */
    public String render(Debrief d, boolean colour) {
        return switch (this) {
            case TEXT -> TextReport.render(d, colour);
            case MARKDOWN -> MarkdownReport.render(d);
            case JSON -> JsonReport.render(d);
            case HTML -> HtmlReport.render(d);
        };
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
