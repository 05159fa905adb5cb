package org.crmworkbench.present.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartFonts;
import org.junit.jupiter.api.Test;

/** Lines fit their width and keep every character; cells read with a precision that suits them. */
class TextAndCellsTest {
    private final ChartFonts fonts = new ChartFonts();

    @Test
    void wrappedLinesFitAndKeepTheText() {
        String english = "Segments grew in the north, where the loyal customers ordered twice as often; "
                + "averyveryveryveryveryveryveryveryveryveryverylongwordwithoutanyspace ends it.";
        String chinese = "北方地区的客户群增长最快，忠诚客户的下单频率是其他地区的两倍，流失风险客户明显减少。";
        for (String text : List.of(english, chinese)) {
            Font font = new Font(fonts.familyFor(text), Font.PLAIN, 1).deriveFont(10f);
            List<String> lines = TextBlock.wrap(text, font, 120, Locale.ROOT);
            assertTrue(lines.size() > 3, text);
            for (String line : lines) {
                assertTrue(TextBlock.width(line, font) <= 120.01, line);
            }
            assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""));
        }
        Font font = new Font(fonts.familyFor("a"), Font.PLAIN, 1).deriveFont(10f);
        assertEquals(List.of("one", "", "two"), TextBlock.wrap("one\n\ntwo", font, 200, Locale.ROOT));
        assertEquals(List.of(), TextBlock.wrap("  ", font, 200, Locale.ROOT));
    }

    @Test
    void clippedTextEndsInAnEllipsisAndFits() {
        Font font = new Font(fonts.familyFor("abc"), Font.PLAIN, 1).deriveFont(9f);
        assertEquals("short", TextBlock.clip("short", font, 100));
        String clipped = TextBlock.clip("a long customer name that does not fit its column", font, 60);
        assertTrue(clipped.endsWith("\u2026") && TextBlock.width(clipped, font) <= 60, clipped);
    }

    @Test
    void arraysInStoredParametersAreWordedLikeOtherNumbers() {
        Object seasonal = JsonFields.of("{\"seasonal\": [284321.73000000004, 1.23456, 12], "
                + "\"grid\": [{\"a\": 0.30000000000000004, \"m\": \"ets\"}]}").get("seasonal");
        ReportWords en = new ReportWords(Messages.english(), ZoneOffset.UTC);
        assertEquals("[284,322, 1.23, 12]", en.cell(seasonal), "issue 20: no raw double in a report cell");
        assertEquals("[284321.73000000004, 1.23456, 12]", seasonal.toString(), "CSV keeps every digit");
        Object grid = JsonFields.of("{\"grid\": [{\"a\": 0.30000000000000004, \"m\": \"ets\"}, [1, 2]]}")
                .get("grid");
        assertEquals("[{a: 0.3, m: ets}, [1, 2]]", en.cell(grid));
    }

    @Test
    void cellsReadWithSensiblePrecision() {
        ReportWords en = new ReportWords(Messages.english(), ZoneOffset.UTC);
        assertEquals("1,234,567", en.cell(1_234_567L));
        assertEquals("12,346", en.cell(12_345.678));
        assertEquals("12.35", en.cell(12.3456));
        assertEquals("0.1235", en.cell(0.123456));
        assertEquals("1.235E-5", en.cell(1.2346e-5));
        assertEquals("", en.cell(Double.NaN));
        assertEquals("", en.cell(null));
        assertEquals("2024-02-29", en.cell(LocalDate.of(2024, 2, 29)));
        assertEquals("3.5", en.cell(new BigDecimal("3.50")));
        assertEquals("1234567.125", ReportWords.plain(1_234_567.125));
        assertEquals("3", ReportWords.plain(3.0));
        assertEquals("", ReportWords.plain(Double.NaN));
        assertEquals("0.1", ReportWords.plain(0.1));
        ReportTable table = new ReportTable(List.of("name", "share", "count", "revenue", "tiny"), List.of(
                List.<Object>of("a", 0.125, 2.0, 999.5, 1e-6),
                List.<Object>of("b", 0.2, 10.0, 12.25, 2e-6)));
        java.text.DecimalFormat[] formats = en.columnFormats(table);
        assertEquals(null, formats[0]);
        assertEquals("0.200", en.cell(0.2, formats[1]));
        assertEquals("10", en.cell(10.0, formats[2]));
        assertEquals("12.2", en.cell(12.25, formats[3]), "half-even to one decimal from 100 up");
        assertEquals("2E-6", en.cell(2e-6, formats[4]));
        assertEquals("", en.cell(Double.NaN, formats[1]));
        assertEquals("b", en.cell("b", formats[1]));
        ReportTable parameters = new ReportTable(List.of("name", "value"), List.of(
                List.<Object>of("alpha", 0.35), List.<Object>of("sse", 4.1e9), List.<Object>of("mase", 0.8)));
        java.text.DecimalFormat[] mixed = en.columnFormats(parameters);
        assertEquals(null, mixed[1], "a smoothing weight next to a sum of squares keeps its own precision");
        assertEquals("0.35", en.cell(0.35, mixed[1]));
        assertEquals("0.8", en.cell(0.8, mixed[1]));
        ReportWords zh = new ReportWords(new Messages(Locale.SIMPLIFIED_CHINESE), ZoneOffset.UTC);
        assertEquals("第 2 页，共 10 页", zh.get("report.doc.page", 2, 10));
        assertEquals("Page 2 of 10", en.get("report.doc.page", 2, 10));
        assertEquals("#1234 (segment)", en.get("report.doc.run.value", 1234L, "segment"));
    }
}
