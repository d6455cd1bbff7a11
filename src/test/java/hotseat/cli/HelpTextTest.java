package hotseat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The usage help: what `hotseat --help` lists, and how every command's help wraps. */
class HelpTextTest {
    private static final int[] WIDTHS = {55, 61, 67, 72, 80, 88, 95, 100};

    /** Each command's entry in `hotseat --help`, its continuation lines joined. */
    private static Map<String, String> commandList(String help) {
        Map<String, String> entries = new LinkedHashMap<>();
        String current = null;
        boolean inList = false;
        for (String line : help.split("\r?\n")) {
            if (line.equals("Commands:")) {
                inList = true;
            } else if (inList && line.matches(" {2}\\S+ {2,}\\S.*")) {
                String[] parts = line.strip().split(" {2,}", 2);
                current = parts[0];
                entries.put(current, parts[1]);
            } else if (inList && current != null && line.startsWith("    ")) {
                entries.put(current, entries.get(current) + " " + line.strip());
            } else if (inList) {
                break;
            }
        }
        return entries;
    }

    @Test
    void everyCommandIsListedWithAWholeSentence() {
        Run help = Run.of("--help");
        assertEquals(0, help.exit());
        Map<String, String> entries = commandList(help.out());
        Map<String, CommandLine> commands = Main.commandLine().getSubcommands();
        assertEquals(List.copyOf(commands.keySet()), List.copyOf(entries.keySet()), help.out());
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String first = commands.get(e.getKey()).getCommandSpec().usageMessage().description()[0];
            assertEquals(first, e.getValue(), e.getKey() + ": the whole first line of its description");
            assertTrue(e.getValue().endsWith("."), () -> e.getKey() + ": \"" + e.getValue() + "\" is not a whole sentence");
        }
    }

    /**
     * Every command's help, at widths from picocli's narrowest up, holds exactly the words of the
     * same help laid out without wrapping: a word broken across two lines ("~/." and
     * "local/share") would read as two.
     */
    @Test
    void helpWrapsBetweenWordsAtEveryWidth() {
        CommandLine unwrapped = new CommandLine(new HotseatCommand());
        HotseatCommand.COMMANDS.forEach(unwrapped::addSubcommand);
        unwrapped.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        unwrapped.setUsageHelpWidth(10_000);
        Map<String, String> words = new LinkedHashMap<>();
        for (CommandLine c : withSubcommands(unwrapped)) {
            words.put(c.getCommandSpec().qualifiedName(), normalised(c.getUsageMessage(CommandLine.Help.Ansi.OFF)));
        }
        for (int width : WIDTHS) {
            CommandLine cl = Main.commandLine();
            cl.setUsageHelpWidth(width);
            for (CommandLine c : withSubcommands(cl)) {
                String name = c.getCommandSpec().qualifiedName();
                String help = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
                assertEquals(words.get(name), normalised(help), name + " --help at width " + width + ":\n" + help);
                for (String line : help.split("\r?\n")) {
                    assertFalse(line.length() > width && line.strip().contains(" "),
                            name + " --help at width " + width + " has a line that could have wrapped: " + line);
                }
            }
        }
    }

    @Test
    void helpIsNoWiderThanItsWidthAndAHundredColumnsAtMost() {
        CommandLine cl = Main.commandLine();
        cl.setUsageHelpWidth(200);
        String help = cl.getSubcommands().get("play").getUsageMessage(CommandLine.Help.Ansi.OFF);
        int widest = help.lines().mapToInt(String::length).max().orElse(0);
        assertTrue(widest <= WordWrappedHelp.MAX_WIDTH && widest > 80, "widest line " + widest + ":\n" + help);
    }

    private static List<CommandLine> withSubcommands(CommandLine cl) {
        List<CommandLine> all = new ArrayList<>(List.of(cl));
        cl.getSubcommands().values().forEach(sub -> all.addAll(withSubcommands(sub)));
        return all;
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
