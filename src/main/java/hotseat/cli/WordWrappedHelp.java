package hotseat.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Usage help that wraps between words only. Picocli wraps with {@link java.text.BreakIterator},
 * which also breaks after a dot or a colon inside a word ({@code ~/.} | {@code local/share},
 * {@code *.} | {@code yaml}). Here picocli lays every section out without wrapping, and each line is
 * then wrapped at spaces to the usage width (the terminal's, at most {@link #MAX_WIDTH}; 80 when
 * not on a terminal), continuing with picocli's own hanging indents.
 */
final class WordWrappedHelp {
    /** Wider lines are hard to read, however wide the terminal. */
    static final int MAX_WIDTH = 100;

    private static final int UNWRAPPED = 10_000;
    private static final String SECTION = "hotseat.wordWrapped";
    private static final Pattern ESCAPE = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");
    private static final Pattern COLUMN_GAP = Pattern.compile("\\S {2,}(?=\\S)");

    /** How a section's long lines continue. */
    private enum Shape { PROSE, TABLE, SYNOPSIS }

    private WordWrappedHelp() {}

    /** Wraps the help of {@code cl} and of every subcommand under it. */
    static void install(CommandLine cl) {
        UsageMessageSpec usage = cl.getCommandSpec().usageMessage();
        List<String> keys = List.copyOf(usage.sectionKeys());
        Map<String, IHelpSectionRenderer> picocli = new HashMap<>(usage.sectionMap());
        usage.sectionMap().put(SECTION, help -> render(help, keys, picocli));
        usage.sectionKeys(List.of(SECTION));
        cl.getSubcommands().values().forEach(WordWrappedHelp::install);
    }

    private static String render(Help help, List<String> keys, Map<String, IHelpSectionRenderer> sections) {
        UsageMessageSpec usage = help.commandSpec().usageMessage();
        int given = usage.width();
        int width = Math.min(given, MAX_WIDTH);
        boolean autoWidth = usage.autoWidth();
        usage.autoWidth(false).width(UNWRAPPED);
        StringBuilder out = new StringBuilder();
        try {
            StringBuilder line = new StringBuilder();
            for (String key : keys) {
                IHelpSectionRenderer section = sections.get(key);
                String text = section == null ? "" : section.render(help);
                Shape shape = shape(key);
                int start = 0;
                for (int nl = text.indexOf('\n'); nl >= 0; start = nl + 1, nl = text.indexOf('\n', start)) {
                    line.append(text, start, nl);
                    wrap(stripCarriageReturn(line), width, shape, help.commandSpec().qualifiedName(), out);
                    line.setLength(0);
                }
                line.append(text, start, text.length());
            }
            if (line.length() > 0) {
                wrap(line.toString(), width, Shape.PROSE, "", out);
                out.setLength(out.length() - System.lineSeparator().length());
            }
        } finally {
            usage.width(given).autoWidth(autoWidth);
        }
        return out.toString();
    }

    private static Shape shape(String key) {
        return switch (key) {
            case UsageMessageSpec.SECTION_KEY_SYNOPSIS -> Shape.SYNOPSIS;
            case UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, UsageMessageSpec.SECTION_KEY_OPTION_LIST,
                    UsageMessageSpec.SECTION_KEY_COMMAND_LIST, UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST -> Shape.TABLE;
            default -> Shape.PROSE;
        };
    }

    private static String stripCarriageReturn(StringBuilder line) {
        int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
        return line.substring(0, end);
    }

    /**
     * Appends {@code line} to {@code out}, wrapped at spaces to {@code width} columns. What comes
     * before the text column (an option's names, a command's name, "Usage: hotseat play") stays
     * on the first line; later lines are indented as picocli indents them.
     */
    private static void wrap(String line, int width, Shape shape, String commandName, StringBuilder out) {
        String plain = ESCAPE.matcher(line).replaceAll("");
        if (plain.length() <= width) {
            out.append(line).append(System.lineSeparator());
            return;
        }
        int leading = plain.length() - plain.stripLeading().length();
        int head = leading;
        int hang = leading == 0 ? 0 : leading + 2;
        if (shape == Shape.TABLE) {
            Matcher gap = COLUMN_GAP.matcher(plain);
            if (gap.find(leading)) {
                head = gap.end();
                hang = head + 2;
            } else {
                hang = leading + 2;
            }
        } else if (shape == Shape.SYNOPSIS && !commandName.isEmpty() && plain.indexOf(commandName + " ") >= 0) {
            head = plain.indexOf(commandName + " ") + commandName.length() + 1;
            hang = head;
        }
        int split = rawIndex(line, head);
        StringBuilder current = new StringBuilder(line.substring(0, split));
        int used = head;
        boolean empty = true;
        for (String word : line.substring(split).trim().split(" +")) {
            int w = ESCAPE.matcher(word).replaceAll("").length();
            if (!empty && used + 1 + w > width) {
                out.append(current).append(System.lineSeparator());
                current.setLength(0);
                current.append(" ".repeat(hang));
                used = hang;
                empty = true;
            }
            if (!empty) {
                current.append(' ');
                used++;
            }
            current.append(word);
            used += w;
            empty = false;
        }
        out.append(current).append(System.lineSeparator());
    }

    /** The index in {@code line} of its visible column {@code column}, escape sequences skipped. */
    private static int rawIndex(String line, int column) {
        Matcher escape = ESCAPE.matcher(line);
        int visible = 0;
        int i = 0;
        while (i < line.length() && visible < column) {
            if (escape.region(i, line.length()).lookingAt()) {
                i = escape.end();
            } else {
                i++;
                visible++;
            }
        }
        return i;
    }
}
