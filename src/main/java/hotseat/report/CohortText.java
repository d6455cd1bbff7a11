package hotseat.report;

import java.util.List;
import java.util.Locale;

import hotseat.cohort.Cohort;

/**
 * The cohort report as plain text (for a terminal, bold headings when colour is on) or Markdown.
 * Every bar has its count beside it; trainees appear as the report names them (anonymised unless
 * names were asked for).
 */
final class CohortText {
    private static final int BAR = 20;

    private final boolean md;
    private final boolean colour;
    private final StringBuilder out = new StringBuilder();

    private CohortText(boolean md, boolean colour) {
        this.md = md;
        this.colour = colour;
    }

    static String text(Cohort c, boolean colour) {
        return new CohortText(false, colour).write(c);
    }

    static String markdown(Cohort c) {
        return new CohortText(true, false).write(c);
    }

    private String write(Cohort c) {
        if (md) {
            out.append("# Cohort report\n\n");
        } else {
            out.append(Ansi.BOLD.paint("Cohort report", colour)).append('\n').append("=".repeat(13)).append('\n');
        }
        out.append(c.runs()).append(c.runs() == 1 ? " run" : " runs").append(" by ").append(c.participants().size())
                .append(c.participants().size() == 1 ? " trainee" : " trainees").append(" (").append(c.selection()).append(").")
                .append(c.anonymised() ? " Trainees are numbered in order of their first run; --names shows names." : "")
                .append('\n');

        h2("Participants and completion");
        para(c.finished() + " of " + c.runs() + " runs reached an ending (" + c.completionPercent() + "%); "
                + c.participantsFinished() + " of " + c.participants().size() + " trainees finished at least one.");
        table(List.of("trainee", "runs", "finished", "best", "latest"), "lrrrr",
                c.participants().stream().map(p -> List.of(p.name(), String.valueOf(p.runs()), String.valueOf(p.finished()),
                        dash(p.best()), dash(p.latest()))).toList());

        for (Cohort.ScenarioPart s : c.scenarios()) {
            discuss(s, c.scenarios().size() > 1);
        }

        int scored = c.measures().get(0).count();
        h2("Scores over " + scored + " finished " + (scored == 1 ? "run" : "runs"));
        if (scored == 0) {
            para("No run has reached an ending yet, so there are no scores to spread.");
        }
        for (Cohort.Distribution d : scored == 0 ? List.<Cohort.Distribution>of() : c.measures()) {
            h3(capital(d.measure()) + ": median " + d.median() + " (middle half " + d.lowerQuartile() + "–"
                    + d.upperQuartile() + ", range " + d.min() + "–" + d.max() + ", mean " + d.mean() + ")");
            int max = d.bins().stream().mapToInt(Cohort.Bin::count).max().orElse(0);
            StringBuilder rows = new StringBuilder();
            for (Cohort.Bin b : d.bins()) {
                rows.append(String.format(Locale.ROOT, "%3d–%-3d %s %d%n", b.from(), b.to(), bar(b.count(), max), b.count()));
            }
            block(rows.toString());
        }
        if (scored > 0) {
            h3("Grades");
            int max = c.grades().stream().mapToInt(Cohort.GradeCount::count).max().orElse(0);
            StringBuilder rows = new StringBuilder();
            for (Cohort.GradeCount g : c.grades()) {
                rows.append(String.format(Locale.ROOT, "%s %-9s %s %d%n", g.grade(), g.words(), bar(g.count(), max), g.count()));
            }
            block(rows.toString());
        }

        h2("The room's habits");
        habits("Strongest (named as a strength)", c.strongest(), false);
        habits("Weakest (named to work on)", c.weakest(), true);

        for (Cohort.ScenarioPart s : c.scenarios()) {
            scenario(s);
        }

        h2("Each trainee's first reply that fell short");
        if (c.firstShortfalls().isEmpty()) {
            para("No reply fell short.");
        }
        for (Cohort.Shortfall f : c.firstShortfalls()) {
            item(f.trainee() + ", " + f.scenarioId() + " at " + f.nodeId() + " (turn " + f.turn() + ", " + f.replyKind() + "): "
                    + quote(f.reply()) + " — " + scores(f.calmness(), f.acknowledgment(), f.resolution()));
            if (f.modelAnswer() != null) {
                sub("A stronger reply: " + quote(f.modelAnswer()));
            }
        }
        List<String> clean = c.participants().stream().map(Cohort.Participant::name)
                .filter(n -> c.firstShortfalls().stream().noneMatch(f -> f.trainee().equals(n))).toList();
        if (!clean.isEmpty() && !c.firstShortfalls().isEmpty()) {
            para("No reply fell short: " + String.join(", ", clean) + ".");
        }
        return out.toString();
    }

    private void discuss(Cohort.ScenarioPart s, boolean named) {
        h2("Scenes to discuss first" + (named ? ": " + s.title() : ""));
        if (s.discussFirst().isEmpty()) {
            para("No reply fell short in " + s.title() + ".");
            return;
        }
        int n = 1;
        for (Cohort.SceneToDiscuss d : s.discussFirst()) {
            String line = n++ + ". " + d.nodeId() + (d.line() != null ? " — " + quote(d.line()) : "") + ": fell short in "
                    + d.poorRuns() + " of " + d.reached() + (d.reached() == 1 ? " run" : " runs") + " that reached it"
                    + (d.commonest() != null ? "; most often " + d.commonest() : "");
            out.append(md ? line : "  " + Wrap.wrap(line, 78 - 2, "     ")).append('\n');
        }
    }

    private void habits(String title, List<Cohort.HabitTally> habits, boolean advice) {
        h3(title);
        if (habits.isEmpty()) {
            para("None named yet.");
        }
        for (Cohort.HabitTally h : habits) {
            item(h.title() + ": in " + h.runs() + " of " + h.of() + " finished runs");
            for (String e : h.examples()) {
                sub("e.g. " + e);
            }
            if (advice) {
                sub("Try: " + h.advice());
            }
        }
    }

    private void scenario(Cohort.ScenarioPart s) {
        h2("Scenario: " + s.title() + " (" + s.scenarioId() + ")");
        para(s.runs() + (s.runs() == 1 ? " run, " : " runs, ") + s.finished() + " reached an ending, " + s.stopped()
                + " stopped before one." + (s.known() ? "" : " The scenario's file is not at hand: options, model answers"
                + " and the branch map are left out."));
        h3("Endings reached");
        int max = s.endings().stream().mapToInt(Cohort.EndingCount::runs).max().orElse(0);
        if (s.endings().isEmpty()) {
            para("None yet.");
        }
        table(List.of("ending", "outcome", "runs", ""), "llrl", s.endings().stream().map(e -> List.of(e.endingId(),
                e.outcome() == null ? "" : e.outcome(), String.valueOf(e.runs()), md ? "" : bar(e.runs(), max))).toList());
        for (Cohort.Scene scene : s.scenes()) {
            scene(scene);
        }
    }

    private void scene(Cohort.Scene s) {
        h3("Scene " + s.nodeId() + (s.line() != null ? ": " + quote(s.line()) : ""));
        if (s.reached() == 0) {
            para("Not reached by any run.");
            return;
        }
        para("Reached in " + s.reached() + (s.reached() == 1 ? " run; " : " runs; ") + s.answers()
                + (s.answers() == 1 ? " reply, " : " replies, ") + s.poor() + " fell short (" + s.poorPercent() + "%). "
                + (s.medianSeconds() == null ? "Time to answer not known."
                : "Time to answer: median " + seconds(s.medianSeconds()) + ", 90th percentile " + seconds(s.p90Seconds()) + "."));
        int max = s.choices().stream().mapToInt(Cohort.Choice::count).max().orElse(0);
        table(List.of("choice", "", "picked", ""), "llrl", s.choices().stream().map(ch -> List.of(
                ch.option() == null ? "typed" : ch.option() + "." + (ch.best() ? " (best)" : ""),
                ch.option() == null ? "own words" : ch.text() == null ? "(not in the scenario now)" : shorten(ch.text(), 48),
                String.valueOf(ch.count()), md ? "" : bar(ch.count(), max))).toList());
        if (s.bestOption() != null) {
            para("Best option: " + s.bestOption() + " (closest to the model answer).");
        }
        Cohort.TypedReplies t = s.typed();
        if (t != null) {
            para(t.count() + (t.count() == 1 ? " typed reply" : " typed replies") + ", average "
                    + scores(t.calmness(), t.acknowledgment(), t.resolution()) + ".");
            if (!t.weakest().isEmpty()) {
                para("Weakest typed " + (t.weakest().size() == 1 ? "reply" : "replies") + ":");
                for (Cohort.WeakReply w : t.weakest()) {
                    item(w.trainee() + ": " + quote(w.reply()) + " — " + scores(w.calmness(), w.acknowledgment(), w.resolution()));
                }
            }
        }
        if (s.modelAnswer() != null) {
            para("Model answer: " + quote(s.modelAnswer()));
        }
    }

    // ---- layout ---------------------------------------------------------------------------------

    private void h2(String title) {
        if (md) {
            out.append("\n## ").append(title).append("\n\n");
        } else {
            out.append('\n').append(Ansi.BOLD.paint(title, colour)).append('\n');
        }
    }

    private void h3(String title) {
        if (md) {
            out.append("\n### ").append(title).append("\n\n");
        } else {
            out.append('\n').append("  ").append(Wrap.wrap(title, 78 - 2, "    ")).append('\n');
        }
    }

    private void para(String text) {
        if (md && out.length() > 1 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) != '\n') {
            out.append('\n');
        }
        out.append(md ? text : "  " + Wrap.wrap(text, 78 - 2, "  ")).append(md ? "\n\n" : "\n");
    }

    private void item(String text) {
        out.append(md ? "- " + text : "  - " + Wrap.wrap(text, 78 - 4, "    ")).append('\n');
    }

    private void sub(String text) {
        out.append(md ? "  - " + text : "      " + Wrap.wrap(text, 78 - 6, "      ")).append('\n');
    }

    private void block(String rows) {
        if (md) {
            out.append("```\n").append(rows).append("```\n");
        } else {
            for (String line : rows.split("\n")) {
                out.append("    ").append(line).append('\n');
            }
        }
    }

    /** A table: Markdown with a header row, or aligned columns; {@code align} has l or r per column. */
    private void table(List<String> head, String align, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (md) {
            if (head.get(head.size() - 1).isEmpty()) {
                int n = head.size() - 1;
                head = head.subList(0, n);
                rows = rows.stream().map(r -> r.subList(0, n)).toList();
            }
            out.append('\n');
            out.append("| ").append(String.join(" | ", head.stream().map(h -> h.isEmpty() ? " " : h).toList())).append(" |\n|");
            for (int i = 0; i < head.size(); i++) {
                out.append(align.charAt(i) == 'r' ? "---:|" : "---|");
            }
            out.append('\n');
            for (List<String> r : rows) {
                out.append("| ").append(String.join(" | ", r.stream().map(CohortText::cell).toList())).append(" |\n");
            }
            out.append('\n');
            return;
        }
        int[] w = new int[head.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = head.get(i).length();
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        StringBuilder line = new StringBuilder();
        for (List<String> r : java.util.stream.Stream.concat(java.util.stream.Stream.of(head.stream()
                .map(h -> h.toUpperCase(Locale.ROOT)).toList()), rows.stream()).toList()) {
            line.setLength(0);
            line.append("    ");
            for (int i = 0; i < w.length; i++) {
                String v = r.get(i);
                String pad = " ".repeat(w[i] - v.length());
                line.append(align.charAt(i) == 'r' ? pad + v : v + (i == w.length - 1 ? "" : pad));
                if (i < w.length - 1) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static String bar(int count, int max) {
        return Bars.of(max == 0 ? 0 : (int) Math.round(100.0 * count / max), BAR).toString();
    }

    static String scores(int calm, int ack, int res) {
        return "calmness " + calm + ", acknowledgment " + ack + ", resolution " + res;
    }

    static String seconds(Integer s) {
        if (s == null) {
            return "–";
        }
        return s < 60 ? s + " s" : s / 60 + " min " + (s % 60 < 10 ? "0" : "") + s % 60 + " s";
    }

    static String quote(String s) {
        return s == null ? "“”" : "“" + s.strip().replace("\n", " ") + "”";
    }

    private static String shorten(String s, int max) {
        String flat = s.strip().replace("\n", " ");
        return flat.codePointCount(0, flat.length()) <= max ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }

    private static String dash(Integer n) {
        return n == null ? "–" : String.valueOf(n);
    }

    static String capital(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
