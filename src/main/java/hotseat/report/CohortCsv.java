package hotseat.report;

import java.util.ArrayList;
import java.util.List;

import hotseat.cohort.Cohort;

/**
 * The cohort report's scenes as CSV (RFC 4180, one row a scene, a header row first) for a
 * spreadsheet: arrivals, replies and those that fell short, the choices, typed replies' average
 * scores and the weakest one, times to answer, and the model answer. A cell that a spreadsheet
 * would read as a formula (it begins with =, +, -, @, a tab or a carriage return) is written with
 * a leading apostrophe, so a trainee's reply can never run as one.
 */
final class CohortCsv {
    static final List<String> HEADER = List.of("scenario_id", "node_id", "customer_line", "reached", "replies", "fell_short",
            "fell_short_percent", "runs_fell_short", "discuss_rank", "best_option", "choices", "typed", "typed_calmness",
            "typed_acknowledgment", "typed_resolution", "weakest_typed_reply", "weakest_typed_trainee", "median_seconds",
            "p90_seconds", "model_answer");

    private CohortCsv() {}

    static String render(Cohort c) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (Cohort.ScenarioPart s : c.scenarios()) {
            for (Cohort.Scene scene : s.scenes()) {
                int rank = 0;
                for (int i = 0; i < s.discussFirst().size(); i++) {
                    if (s.discussFirst().get(i).nodeId().equals(scene.nodeId())) {
                        rank = i + 1;
                    }
                }
                List<String> choices = new ArrayList<>();
                for (Cohort.Choice ch : scene.choices()) {
                    choices.add((ch.option() == null ? "typed" : String.valueOf(ch.option())) + ":" + ch.count());
                }
                Cohort.TypedReplies t = scene.typed();
                Cohort.WeakReply weakest = t == null || t.weakest().isEmpty() ? null : t.weakest().get(0);
                row(out, List.of(s.scenarioId(), scene.nodeId(), str(scene.line()), num(scene.reached()), num(scene.answers()),
                        num(scene.poor()), num(scene.poorPercent()), num(scene.poorRuns()), rank == 0 ? "" : num(rank),
                        scene.bestOption() == null ? "" : num(scene.bestOption()), String.join(" ", choices),
                        t == null ? "0" : num(t.count()), t == null ? "" : num(t.calmness()), t == null ? "" : num(t.acknowledgment()),
                        t == null ? "" : num(t.resolution()), weakest == null ? "" : weakest.reply(),
                        weakest == null ? "" : weakest.trainee(), scene.medianSeconds() == null ? "" : num(scene.medianSeconds()),
                        scene.p90Seconds() == null ? "" : num(scene.p90Seconds()), str(scene.modelAnswer())));
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(String v) {
        String s = v;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") || s.startsWith(" ") || s.endsWith(" ")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static String num(int n) {
        return String.valueOf(n);
    }

    private static String str(String s) {
        return s == null ? "" : s;
    }
}
