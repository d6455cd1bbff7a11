package hotseat.load;

import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.Token;

/** Turns the YAML parser's complaints into one line a trainer can act on. */
final class SyntaxMessages {
    private SyntaxMessages() {}

    static Diagnostic translate(String file, String text, JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked) {
                return fromMarked(file, text, marked);
            }
            if (t instanceof ReaderException reader) {
                return Diagnostic.error(file, locationOfChar(text, reader.getPosition()), String.format(
                        "the character U+%04X cannot appear in a YAML file — delete it (it is often invisible;"
                                + " retype the line)", reader.getCodePoint()));
            }
        }
        JsonLocation where = e.getLocation();
        Location at = where == null || where.getLineNr() < 1 ? Location.START
                : new Location(where.getLineNr(), Math.max(1, where.getColumnNr()));
        String raw = e.getOriginalMessage();
        if (raw.contains("Expected a field name")) {
            return Diagnostic.error(file, at, "a key must be a single word or text, not a list or a map"
                    + " — write keys as plain words followed by a colon");
        }
        if (raw.contains("nesting depth")) {
            return Diagnostic.error(file, at, "the file nests maps and lists too deeply"
                    + " — a scenario needs about ten levels; check the indentation");
        }
        if (raw.contains("code points") || raw.contains("document length")) {
            return Diagnostic.error(file, at, "the file is too large to be a scenario — split it into several files");
        }
        return Diagnostic.error(file, at, "the YAML cannot be read: " + firstLine(raw)
                + " — check the indentation and quotes around this place");
    }

    private static Diagnostic fromMarked(String file, String text, MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark problemMark = e.getProblemMark();
        Mark contextMark = e.getContextMark();
        if (problem.contains("TAB") || problem.contains("'\\t'")) {
            return Diagnostic.error(file, at(problemMark),
                    "a tab is used for indentation — YAML indents with spaces only; replace the tab with spaces");
        }
        if (problem.contains("end of stream") && context.contains("quoted scalar")) {
            return Diagnostic.error(file, at(contextMark != null ? contextMark : problemMark),
                    "this quote is never closed — add the matching closing quote at the end of the text");
        }
        Diagnostic runaway = runawayQuote(file, text, problemMark);
        if (runaway != null) {
            return runaway;
        }
        if (problem.contains("expected ',' or ']'") || problem.contains("expected ',' or '}'")) {
            boolean list = problem.contains("']'");
            return Diagnostic.error(file, at(contextMark != null ? contextMark : problemMark), "this "
                    + (list ? "[ list" : "{ map") + " is not closed properly — separate its items with commas and end it with "
                    + (list ? "]" : "}"));
        }
        if (context.contains("block scalar")) {
            return Diagnostic.error(file, at(problemMark), "a value starting with > or | begins a block of text"
                    + " — to write a comparison such as >= 60, put it in quotes: \">= 60\"");
        }
        if (problem.contains("mapping values are not allowed")) {
            return Diagnostic.error(file, at(problemMark), "a colon followed by a space cannot appear in plain text"
                    + " — put the whole text in double quotes, or indent it if it belongs to the key above");
        }
        if (problem.contains("could not find expected ':'")) {
            return Diagnostic.error(file, at(contextMark != null ? contextMark : problemMark),
                    "this line has no colon after its key — write key: value, or indent it to continue the text above");
        }
        if (problem.contains("exceeds the limit") || problem.contains("code points")) {
            return Diagnostic.error(file, at(problemMark), "the file is too large to be a scenario — split it into several files");
        }
        if (context.contains("block") && problem.contains("expected <block end>")) {
            return Diagnostic.error(file, at(problemMark), "this line is indented differently from the lines"
                    + " around it — line up keys of the same map, and put list items (- ...) under their key");
        }
        String what = (context.isEmpty() ? "" : context + ": ") + problem;
        return Diagnostic.error(file, at(problemMark), "the YAML cannot be read here (" + firstLine(what)
                + ") — check the indentation and quotes on this line and the one before");
    }

    /**
     * A quote left open on its line runs on to the next quote in the file, often the opening quote
     * of a later text, and the parser only stumbles where that later text goes on: lines below the
     * mistake, with a message about indentation. When the parser stopped just where a quoted text
     * that spans several lines ends, the quote that opened it is the likely mistake.
     */
    private static Diagnostic runawayQuote(String file, String text, Mark problem) {
        if (problem == null || text == null) {
            return null;
        }
        List<Token> tokens = YamlTokens.scan(text).tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (!(tokens.get(i) instanceof ScalarToken s) || s.getPlain()) {
                continue;
            }
            Mark start = s.getStartMark();
            Mark end = s.getEndMark();
            if (end.getLine() > problem.getLine() || end.getLine() == problem.getLine() && end.getColumn() > problem.getColumn()) {
                continue;
            }
            if (start.getLine() == end.getLine() || problem.getLine() - end.getLine() > 1) {
                return null;
            }
            char quote = s.getStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED ? '\'' : '"';
            return Diagnostic.error(file, at(start), "this quote is not closed on its line, so the text runs on to the next "
                    + quote + " on line " + (end.getLine() + 1) + " and the lines between are read as part of it"
                    + " — add the closing " + quote + " at the end of line " + (start.getLine() + 1)
                    + (quote == '\'' ? " (an apostrophe inside '...' is written twice: '')" : ""));
        }
        return null;
    }

    private static Location at(Mark mark) {
        return mark == null ? Location.START : new Location(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static Location locationOfChar(String text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(line, column);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
