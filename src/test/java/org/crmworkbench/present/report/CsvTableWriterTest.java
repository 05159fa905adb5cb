package org.crmworkbench.present.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.crmworkbench.i18n.Messages;

/** A table goes through CSV and back unchanged: commas, quotes, line breaks, Chinese, numbers in full. */
class CsvTableWriterTest {
    @TempDir
    Path dir;

    @Test
    void roundTrip() throws Exception {
        ReportTable table = new ReportTable(List.of("name", "note, with comma", "value", "count", "day"), List.of(
                Arrays.asList("Smith, \"Jo\"", "line one\nline two", 1234567.125, 1_000_000L,
                        LocalDate.of(2025, 2, 28)),
                Arrays.asList("流失风险客户", "备注：很好", Double.NaN, 3, null),
                Arrays.asList("tiny", "", 1.0e-7, -4, LocalDate.of(2024, 12, 31)),
                Arrays.asList("whole", "x", 2.0, 0, null)));
        Path file = dir.resolve("table.csv");
        new ReportExporter(Messages.english()).exportCsv(
                new ReportItem.Table("t", "T", "", SampleReports.provenance(1, "segment"), table), file);
        List<List<String>> rows;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            rows = reader.stream().map(CsvRecord::getFields).toList();
        }
        assertEquals(List.of(
                List.of("name", "note, with comma", "value", "count", "day"),
                List.of("Smith, \"Jo\"", "line one\nline two", "1234567.125", "1000000", "2025-02-28"),
                List.of("流失风险客户", "备注：很好", "", "3", ""),
                List.of("tiny", "", "1.0E-7", "-4", "2024-12-31"),
                List.of("whole", "x", "2", "0", "")), rows);
    }
}
