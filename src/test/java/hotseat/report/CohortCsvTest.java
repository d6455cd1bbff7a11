package hotseat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** CSV cells: quoted when they must be, and never read as a formula by a spreadsheet. */
class CohortCsvTest {
    @Test
    void cellsAreQuotedAndFormulasDisarmed() {
        assertEquals("plain", CohortCsv.cell("plain"));
        assertEquals("\"a, b\"", CohortCsv.cell("a, b"));
        assertEquals("\"she said \"\"no\"\"\"", CohortCsv.cell("she said \"no\""));
        assertEquals("\"two\nlines\"", CohortCsv.cell("two\nlines"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"",
                CohortCsv.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+44 1632 960000", CohortCsv.cell("+44 1632 960000"));
        assertEquals("'-1", CohortCsv.cell("-1"));
        assertEquals("'@sum", CohortCsv.cell("@sum"));
    }
}
