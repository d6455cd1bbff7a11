package hotseat.cli;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import hotseat.load.Diagnostic;
import hotseat.load.Location;
import hotseat.playtest.CheckSettings;
import hotseat.playtest.EndingReach;
import hotseat.playtest.Finding;
import hotseat.playtest.ScenarioReport;
import hotseat.playtest.Spread;
import hotseat.playtest.TestResult;
import hotseat.report.Json;

/** {@code hotseat check --json}: every file's play-test report as one JSON document, for tools. */
final class CheckJson {
    private CheckJson() {}

    static String render(CheckSettings settings, List<CheckedFile> checked) {
        ObjectMapper mapper = Json.MAPPER;
        ObjectNode root = mapper.createObjectNode();
        root.put("walks", settings.walks());
        root.put("seed", settings.seed());
        root.put("max_turns", settings.maxTurns());
        boolean passed = true;
        ArrayNode scenarios = root.putArray("scenarios");
        for (CheckedFile c : checked) {
            ObjectNode s = scenarios.addObject();
            s.put("file", c.file());
            if (c.report() == null) {
                passed = false;
                s.put("passed", false);
                ArrayNode problems = s.putArray("problems");
                for (Diagnostic d : c.problems()) {
                    ObjectNode p = problems.addObject();
                    p.put("severity", d.severity().word());
                    if (d.location() != null) {
                        p.put("line", d.location().line());
                        p.put("column", d.location().column());
                    }
                    p.put("message", d.message());
                }
                continue;
            }
            ScenarioReport r = c.report();
            passed &= !r.failed();
            s.put("id", r.id());
            s.put("title", r.title());
            s.put("passed", !r.failed());
            s.put("errors", r.errors());
            s.put("warnings", r.warnings());
            ObjectNode x = s.putObject("exploration");
            x.put("states", r.exploration().states());
            x.put("replies_tried", r.exploration().choices());
            x.put("bounded", r.exploration().bounded());
            strings(x.putArray("endings_reached"), r.exploration().endingsReached());
            ObjectNode w = s.putObject("walks");
            w.put("count", r.walks().count());
            w.put("ended", r.walks().ended());
            w.put("over_turn_limit", r.walks().overTurnLimit());
            spread(w.putObject("turns"), r.walks().turns());
            w.put("poor_yet_resolved", r.walks().poorYetResolved());
            ObjectNode nodes = s.putObject("nodes");
            nodes.put("total", r.nodes());
            nodes.put("reached", r.nodesReached());
            strings(nodes.putArray("never_reached"), r.nodesNeverReached());
            ArrayNode endings = s.putArray("endings");
            for (EndingReach e : r.endings()) {
                ObjectNode o = endings.addObject();
                o.put("id", e.id());
                o.put("outcome", e.outcome() == null ? null : e.outcome().word());
                o.put("explored", e.explored());
                strings(o.putArray("shortest_replies"), e.shortest());
                o.put("walks", e.walks());
                o.put("rate", Math.round(e.rate() * 10000) / 10000.0);
                spread(o.putObject("calmness"), e.calmness());
                spread(o.putObject("acknowledgment"), e.acknowledgment());
                spread(o.putObject("resolution"), e.resolution());
                spread(o.putObject("mood"), e.mood());
                spread(o.putObject("turns"), e.turns());
            }
            if (r.difficulty() > 0 && r.walks().count() > 0) {
                hotseat.playtest.HealthySpread h = hotseat.playtest.HealthySpread.forDifficulty(r.difficulty());
                ObjectNode spread = s.putObject("spread");
                spread.put("difficulty", r.difficulty());
                for (hotseat.scenario.Outcome o : hotseat.scenario.Outcome.values()) {
                    int count = r.endings().stream().filter(e -> e.outcome() == o).mapToInt(EndingReach::walks).sum();
                    double rate = (double) count / r.walks().count();
                    ObjectNode one = spread.putObject(o.word());
                    one.put("rate", Math.round(rate * 10000) / 10000.0);
                    one.put("healthy_low", h.of(o).low() / 100.0);
                    one.put("healthy_high", h.of(o).high() / 100.0);
                    one.put("verdict", r.endings().stream().anyMatch(e -> e.outcome() == o) ? h.verdict(o, rate) : "no such ending");
                }
            }
            ArrayNode tests = s.putArray("tests");
            for (TestResult t : r.tests()) {
                ObjectNode o = tests.addObject();
                o.put("name", t.name());
                o.put("line", c.location(t.where()).line());
                o.put("passed", t.passed());
                o.put("reached", t.reached());
                ArrayNode failures = o.putArray("failures");
                for (TestResult.Failure f : t.failures()) {
                    ObjectNode fo = failures.addObject();
                    Location l = c.location(f.where());
                    fo.put("line", l.line());
                    fo.put("column", l.column());
                    fo.put("message", f.message());
                }
            }
            ArrayNode findings = s.putArray("findings");
            for (Finding f : r.findings()) {
                ObjectNode o = findings.addObject();
                o.put("severity", f.isError() ? "error" : "warning");
                o.put("kind", f.kind().word());
                Location l = c.location(f.where());
                o.put("line", l.line());
                o.put("column", l.column());
                o.put("where", f.where());
                o.put("message", f.message());
                strings(o.putArray("replies"), f.example());
            }
        }
        root.put("passed", passed);
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void spread(ObjectNode o, Spread s) {
        o.put("min", s.min());
        o.put("median", s.median());
        o.put("max", s.max());
    }
}
