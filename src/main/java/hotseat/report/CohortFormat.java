package hotseat.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import hotseat.cohort.Cohort;
import hotseat.graph.HeatDot;
import hotseat.graph.HeatMap;
import hotseat.graph.HeatMermaid;
import hotseat.scenario.Scenario;

/** The forms a cohort report can be written in. */
public enum CohortFormat {
    TEXT, MARKDOWN, JSON, HTML, CSV, DOT, MERMAID;

    /** Whether this format draws one scenario's branch map (and so needs exactly one scenario, at hand). */
    public boolean isMap() {
        return this == DOT || this == MERMAID;
    }

    /**
     * The report in this format.
     *
     * @param scenarios the scenarios played, by id, for the branch maps (those not at hand are left out)
     * @param colour    bold headings; text only
     */
    public String render(Cohort c, Map<String, Scenario> scenarios, boolean colour) {
        return switch (this) {
            case TEXT -> CohortText.text(c, colour);
            case MARKDOWN -> CohortText.markdown(c);
            case JSON -> json(c);
            case HTML -> CohortHtml.render(c, scenarios);
            case CSV -> CohortCsv.render(c);
            case DOT, MERMAID -> {
                if (c.scenarios().size() != 1 || !scenarios.containsKey(c.scenarios().get(0).scenarioId())) {
                    throw new IllegalArgumentException("a heat map is drawn for one scenario whose file is at hand");
                }
                Cohort.ScenarioPart part = c.scenarios().get(0);
                HeatMap heat = HeatMap.of(scenarios.get(part.scenarioId()), part);
                yield this == DOT ? HeatDot.write(heat) : HeatMermaid.write(heat);
            }
        };
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static String json(Cohort c) {
        try {
            return Json.MAPPER.writeValueAsString(c) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
