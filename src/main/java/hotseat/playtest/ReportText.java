package hotseat.playtest;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import hotseat.graph.ShortText;
import hotseat.report.Ansi;

/**
 * The play-test report as trainers read it: a few summary lines per scenario, a table of endings,
 * the scenario's own tests, then every error and warning as {@code file:line:col: error: …} with
 * an example path of replies that can be pasted into a test. Colour, when asked for, only repeats
 * what the words already say.
 */
public final class ReportText {
    private final Function<String, String> locate;
    private final boolean colour;

    /**
     * @param locate turns a finding's place ({@code nodes.opening}) into the prefix of its line,
     *               such as {@code scenarios/x.yaml:12:3}
     * @param colour whether to add terminal colours
     */
    public ReportText(Function<String, String> locate, boolean colour) {
        this.locate = locate;
        this.colour = colour;
    }

    public String render(String file, ScenarioReport r) {
        StringBuilder out = new StringBuilder();
        out.append(bold(file)).append(": ").append(r.id()).append(" — ").append(r.title() == null ? "" : r.title()).append('\n');

        ScenarioReport.Exploration x = r.exploration();
        long endingsExplored = r.endings().stream().filter(EndingReach::explored).count();
        out.append(String.format(Locale.ROOT, "  explored  %d %s, %d %s tried; %d of %d endings reachable%s%n",
                x.states(), plural(x.states(), "state", "states"), x.choices(), plural(x.choices(), "reply", "replies"),
                endingsExplored, r.endings().size(), x.bounded() ? " (stopped at the state limit)" : ""));

        ScenarioReport.Walks w = r.walks();
        if (w.count() > 0) {
            String ended = w.overTurnLimit() == 0 ? "all ended" : w.ended() + " ended, " + w.overTurnLimit() + " ran past "
                    + r.settings().maxTurns() + " turns";
            out.append(String.format(Locale.ROOT, "  walks     %d random (seed %d): %s; %d to %d turns, median %d%n",
                    w.count(), r.settings().seed(), ended, w.turns().min(), w.turns().max(), w.turns().median()));
            if (w.poorYetResolved() > 0) {
                out.append(String.format(Locale.ROOT, "            %d %s gave a clearly poor reply and still ended resolved%n",
                        w.poorYetResolved(), plural(w.poorYetResolved(), "walk", "walks")));
                out.append(POOR_YET_RESOLVED_ADVICE);
            }
        }
        out.append(String.format(Locale.ROOT, "  nodes     %d of %d reached%s%n", r.nodesReached(), r.nodes(),
                r.nodesNeverReached().isEmpty() ? "" : "; never: " + String.join(", ", r.nodesNeverReached())));

        if (w.count() > 0 && !r.endings().isEmpty()) {
            int idWidth = Math.max(8, r.endings().stream().mapToInt(e -> e.id().length()).max().orElse(8));
            out.append(String.format(Locale.ROOT, "  %-" + idWidth + "s  %-9s  %-13s  %-14s  %-14s  %-14s  %s%n",
                    "ending", "outcome", "reached", "calmness", "acknowledgment", "resolution", "mood at end"));
            out.append(String.format(Locale.ROOT, "  %-" + idWidth + "s  %-9s  %-13s  %-14s  %-14s  %-14s  %s%n",
                    "", "", "", "min med max", "min med max", "min med max", "min med max"));
            for (EndingReach e : r.endings()) {
                String reached = String.format(Locale.ROOT, "%5.1f%% %5s", e.rate() * 100, "(" + e.walks() + ")");
                out.append(String.format(Locale.ROOT, "  %-" + idWidth + "s  %-9s  %-13s  %-14s  %-14s  %-14s  %s%s%n",
                        e.id(), e.outcome() == null ? "?" : e.outcome().word(), reached,
                        spread(e.walks(), e.calmness()), spread(e.walks(), e.acknowledgment()),
                        spread(e.walks(), e.resolution()), spread(e.walks(), e.mood()),
                        e.rate() * 100 < HealthySpread.RARE_PERCENT ? "  rare" : ""));
            }
            if (r.difficulty() > 0) {
                out.append(healthy(r));
            }
        }

        if (r.endings().stream().anyMatch(EndingReach::explored)) {
            int idWidth = Math.max(8, r.endings().stream().mapToInt(e -> e.id().length()).max().orElse(8));
            out.append("  shortest replies to each ending (for tests:)\n");
            for (EndingReach e : r.endings()) {
                out.append(String.format(Locale.ROOT, "    %-" + idWidth + "s  %s%n", e.id(),
                        e.explored() ? example(e.shortest()) : "not reached by exploring"));
            }
        }
        if (!r.tests().isEmpty()) {
            long passed = r.tests().stream().filter(TestResult::passed).count();
            out.append(String.format(Locale.ROOT, "  tests     %d of %d passed%n", passed, r.tests().size()));
            for (TestResult t : r.tests()) {
                out.append("    ").append(t.passed() ? green("✓ pass") : red("✗ FAIL")).append("  ").append(t.name()).append('\n');
            }
        }

        for (Finding f : r.findings()) {
            String where = locate.apply(f.where());
            String level = f.isError() ? red("error") : yellow("warning");
            out.append("  ").append(where).append(": ").append(level).append(": ").append(f.message())
                    .append(" [").append(f.kind().word()).append("]\n");
            if (!f.example().isEmpty()) {
                out.append("      replies: ").append(example(f.example())).append('\n');
            }
        }
        return out.toString();
    }

    /** Printed under the count of walks that gave a clearly poor reply and still resolved. */
    static final String POOR_YET_RESOLVED_ADVICE =
            "            (a poor reply should cost something: send the option to a harder node or ending, give typed:\n"
            + "            a route such as calmness: \"< 40\" towards escalation, or let the mood it raises fire a trigger;\n"
            + "            a few are fine where a later strong reply repairs the damage)\n";

    /**
     * Each outcome's share of the walks beside the healthy range for the scenario's difficulty
     * ({@link HealthySpread}), marked ok, low or high, and the endings hardly ever reached.
     */
    static String healthy(ScenarioReport r) {
        HealthySpread h = HealthySpread.forDifficulty(r.difficulty());
        int walks = r.walks().count();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  spread    difficulty %d, healthy: %s of walks%n",
                r.difficulty(), h));
        StringBuilder shares = new StringBuilder();
        for (hotseat.scenario.Outcome o : hotseat.scenario.Outcome.values()) {
            int count = r.endings().stream().filter(e -> e.outcome() == o).mapToInt(EndingReach::walks).sum();
            boolean written = r.endings().stream().anyMatch(e -> e.outcome() == o);
            double rate = walks == 0 ? 0 : (double) count / walks;
            if (shares.length() > 0) {
                shares.append(", ");
            }
            shares.append(String.format(Locale.ROOT, "%s %.1f%% %s", o.word(), rate * 100,
                    written ? h.verdict(o, rate) : "(no such ending)"));
        }
        line.append("            here: ").append(shares).append('\n');
        List<String> rare = r.endings().stream().filter(e -> e.rate() * 100 < HealthySpread.RARE_PERCENT).map(EndingReach::id).toList();
        if (!rare.isEmpty()) {
            line.append("            rare (under ").append(HealthySpread.RARE_PERCENT).append("% of walks): ")
                    .append(String.join(", ", rare)).append(" — trainees will hardly ever see ")
                    .append(rare.size() == 1 ? "it" : "them").append('\n');
        }
        return line.toString();
    }

    /** The closing line after every scenario. */
    public String summary(List<ScenarioReport> reports, int unplayable) {
        long failed = reports.stream().filter(ScenarioReport::failed).count() + unplayable;
        long errors = reports.stream().mapToLong(ScenarioReport::errors).sum() + unplayable;
        long warnings = reports.stream().mapToLong(ScenarioReport::warnings).sum();
        int total = reports.size() + unplayable;
        String verdict = failed == 0 ? green("passed") : red("FAILED");
        return String.format(Locale.ROOT, "checked %d %s: %s — %d failed, %d %s, %d %s%n", total,
                plural(total, "scenario", "scenarios"), verdict, failed, errors, plural((int) errors, "error", "errors"),
                warnings, plural((int) warnings, "warning", "warnings"));
    }

    /**
     * A path of replies as a YAML flow list, ready for a test's {@code replies:}: numbers bare,
     * typed text quoted and shortened (the JSON report has it whole). Long paths show their start.
     */
    static String example(List<String> replies) {
        List<String> shown = replies;
        boolean cut = replies.size() > 12;
        if (cut) {
            shown = replies.subList(0, 12);
        }
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < shown.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            String r = shown.get(i);
            out.append(r.matches("\\d{1,9}") ? r : "\"" + ShortText.of(r, 40).replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        if (cut) {
            out.append(", …");
        }
        out.append(']');
        if (cut) {
            out.append(" (").append(replies.size()).append(" replies)");
        }
        return out.toString();
    }

    private static String spread(int count, Spread s) {
        if (count == 0) {
            return String.format(Locale.ROOT, "%-11s", "  -   -   -");
        }
        return String.format(Locale.ROOT, "%3d %3d %3d", s.min(), s.median(), s.max());
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }

    private String bold(String s) {
        return Ansi.BOLD.paint(s, colour);
    }

    private String red(String s) {
        return Ansi.RED.paint(s, colour);
    }

    private String green(String s) {
        return Ansi.GREEN.paint(s, colour);
    }

    private String yellow(String s) {
        return Ansi.YELLOW.paint(s, colour);
    }
}
