package org.crmworkbench.present.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.Progress;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook reads back: a Report sheet with every item's provenance, then one sheet per table, numbers numeric. */
class XlsxReportWriterTest {
    private final SampleReports samples = new SampleReports();

    @TempDir
    Path dir;

    @Test
    void reportSheetThenOneSheetPerTableWithNumbersAsNumbers() throws Exception {
        Path file = dir.resolve("report.xlsx");
        new ReportExporter(Messages.english(), ZoneOffset.UTC).export(samples.english(), ReportFormat.XLSX, file,
                Progress.none());
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("Report", "3 Segments in detail", "4 Metrics"),
                    sheets.stream().map(Sheet::getName).toList());
            List<Row> front = sheets.get(0).read();
            assertEquals("Quarterly review <Q1> & outlook", front.get(0).getCellText(0));
            String all = front.stream().map(Row::toString).reduce("", String::concat);
            assertTrue(all.contains("0.1.0") && all.contains("sample.db: 2,000 customers"));
            // the item rows: title, type, sheet, run, kind, data set, data as of, run at, parameters, seed, version
            Row header = front.stream().filter(r -> "No.".equals(r.getCellText(0))).findFirst().orElseThrow();
            Row chart = row(front, header.getRowNum() + 1);
            assertEquals("Revenue by segment", chart.getCellText(1));
            assertEquals("Chart", chart.getCellText(2));
            assertEquals(CellType.NUMBER, chart.getCell(4).getType());
            assertEquals(new BigDecimal("7"), chart.getCellAsNumber(4).orElseThrow());
            assertEquals(LocalDateTime.of(2024, 12, 31, 0, 0), chart.getCellAsDate(7).orElseThrow());
            assertEquals("k = 4, features = recency, frequency, monetary; scaled", chart.getCellText(9));
            assertEquals("42", chart.getCellText(10), "the seed as text: Excel keeps only 15 digits of a number");
            assertEquals("0.1.0", chart.getCellText(11));
            Row table = row(front, header.getRowNum() + 3);
            assertEquals("Table", table.getCellText(2));
            assertEquals("3 Segments in detail", table.getCellText(3));

            List<Row> rows = sheets.get(1).read();
            assertEquals("Segments in detail", rows.get(0).getCellText(0));
            assertEquals(List.of("Segment", "Customers", "Revenue", "Share", "First order"),
                    rows.get(1).stream().map(c -> c.getText()).toList());
            assertEquals(2 + 150 + 1, rows.size(), "title, header, 150 rows and the note");
            assertEquals("Long table, header on every page.", rows.get(rows.size() - 1).getCellText(0));
            assertEquals(2 + 150 + 2, rows.get(rows.size() - 1).getRowNum(), "the note after an empty row");
            Row first = rows.get(2);
            assertEquals(CellType.NUMBER, first.getCell(1).getType());
            assertEquals(100, first.getCellAsNumber(1).orElseThrow().intValue());
            assertEquals(12_345.678, first.getCellAsNumber(2).orElseThrow().doubleValue(), 1e-9);
            assertEquals(LocalDateTime.of(2024, 1, 1, 0, 0), first.getCellAsDate(4).orElseThrow());
            Row nan = rows.get(4);
            assertTrue(!nan.hasCell(2) || nan.getCell(2).getType() == CellType.EMPTY, "NaN is left empty");
        }
    }

    @Test
    void chineseSheetNamesAndLongTitlesAreValid() throws Exception {
        Path file = dir.resolve("zh.xlsx");
        Report zh = samples.chinese();
        ReportItem.Table long1 = new ReportItem.Table("a", "A very long table title: with [brackets] and/slashes?",
                "", SampleReports.provenance(1, "segment"), SampleReports.table(2));
        ReportItem.Table long2 = long1.withTitle(long1.title());
        Report report = new Report(zh.title(), zh.notes(), zh.createdAt(), zh.appVersion(), zh.dataSet(),
                List.of(zh.items().get(0), zh.items().get(1), long1, long2));
        new ReportExporter(new Messages(Locale.SIMPLIFIED_CHINESE), ZoneOffset.UTC).export(report,
                ReportFormat.XLSX, file, Progress.none());
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            List<String> names = workbook.getSheets().map(Sheet::getName).toList();
            assertEquals(4, names.size());
            assertEquals("报告", names.get(0));
            assertEquals("2 客户群明细", names.get(1));
            for (String name : names) {
                assertTrue(name.length() <= 31 && !name.matches(".*[\\[\\]:*?/\\\\].*"), name);
            }
            assertEquals(4, names.stream().map(String::toLowerCase).distinct().count());
        }
    }

    @Test
    void sheetNamesAreCutCleanedAndMadeUnique() {
        SheetNames names = new SheetNames();
        assertEquals("Report", names.next("Report"));
        assertEquals("report (2)", names.next("report"));
        assertEquals("a b c", names.next("a[b]c"));
        assertEquals("Sheet", names.next("  '' "));
        String longName = names.next("x".repeat(40));
        assertEquals(31, longName.length());
        String second = names.next("x".repeat(40));
        assertEquals(31, second.length());
        assertTrue(second.endsWith(" (2)"));
        assertEquals("History 1", names.next("History"));
    }

    /** The row with 1-based number {@code n} (the reader skips empty rows, so list positions differ). */
    private static Row row(List<Row> rows, int n) {
        return rows.stream().filter(r -> r.getRowNum() == n).findFirst().orElseThrow();
    }
}
