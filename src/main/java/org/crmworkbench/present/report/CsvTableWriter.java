package org.crmworkbench.present.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.work.Progress;

/**
 * One report table as CSV (RFC 4180, FastCSV): UTF-8 without a byte-order mark, a header row, fields quoted when
 * they hold a comma, quote or line break, numbers in full without grouping (not-a-number empty), dates ISO. For
 * Excel users the XLSX export is the better choice: Excel reads a CSV without a byte-order mark in the system's
 * code page.
 */
final class CsvTableWriter {
    /** Writes {@code table} to {@code out} (left open), checking for a cancel every few thousand rows. */
    void write(ReportTable table, OutputStream out, Progress progress) throws IOException {
        CsvWriter csv = CsvWriter.builder().build(new KeptOpenStream(out), StandardCharsets.UTF_8);
        csv.writeRecord(table.columns());
        List<String> fields = new ArrayList<>(table.columns().size());
        int r = 0;
        for (List<Object> row : table.rows()) {
            if (++r % 5000 == 0) {
                progress.checkCancelled();
            }
            fields.clear();
            for (Object cell : row) {
                fields.add(ReportWords.plain(cell));
            }
            csv.writeRecord(fields);
        }
        csv.close();
    }
}
