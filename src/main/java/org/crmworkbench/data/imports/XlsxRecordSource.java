package org.crmworkbench.data.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an XLSX workbook, streamed with fastexcel-reader. Cells come out as the text a person
 * would type: whole numbers without {@code .0}, date-formatted numbers as ISO dates, text as is.
 */
final class XlsxRecordSource extends FileRecordSource {
    private final ReadableWorkbook workbook;
    private final Stream<Row> rowStream;
    private final Iterator<Row> rows;
    private final int width;

    XlsxRecordSource(Path file) throws IOException {
        super(file);
        if (!SharedStringReferences.inRange(file)) {
            throw new UnreadableFileException(ImportProblem.ofFile(name(), "import.problem.notXlsx"), null);
        }
        try {
            this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            this.rowStream = workbook.getFirstSheet().openStream();
        } catch (IOException | RuntimeException e) {
            // the reader's own words (an XML parser's class and position) stay with the cause, for the log
            throw new UnreadableFileException(ImportProblem.ofFile(name(), "import.problem.notXlsx"), e);
        }
        this.rows = rowStream.iterator();
        Row first = nextRow();
        useHeader(first == null ? null : headerCells(first));
        this.width = header().size();
    }

    /** The header row's cells, trimmed, without empty cells at the end. */
    private static List<String> headerCells(Row first) {
        List<String> h = new ArrayList<>();
        for (int c = 0; c < first.getCellCount(); c++) {
            h.add(text(first.getCell(c)).trim());
        }
        while (!h.isEmpty() && h.get(h.size() - 1).isEmpty()) {
            h.remove(h.size() - 1);
        }
        return h;
    }

    private Row nextRow() {
        try {
            return rows.hasNext() ? rows.next() : null;
        } catch (RuntimeException e) {
            // damaged XML inside the workbook surfaces as the parser's own unchecked exceptions
            throw new UnreadableFileException(ImportProblem.ofFile(name(), "import.problem.notXlsx"), e);
        }
    }

    @Override
    SourceRecord readRecord() {
        Row row = nextRow();
        if (row == null) {
            return null;
        }
        try {
            int n = Math.max(width, lastNonEmpty(row) + 1);
            String[] fields = new String[n];
            for (int c = 0; c < n; c++) {
                fields[c] = c < row.getCellCount() ? text(row.getCell(c)) : "";
            }
            return new SourceRecord(row.getRowNum(), fields);
        } catch (RuntimeException e) {
            // a cell the reader cannot turn into a value: the workbook is damaged at this row
            throw new UnreadableFileException(ImportProblem.ofLine(name(), row.getRowNum(), "import.problem.notXlsx"), e);
        }
    }

    private static int lastNonEmpty(Row row) {
        for (int c = row.getCellCount() - 1; c >= 0; c--) {
            if (!text(row.getCell(c)).isEmpty()) {
                return c;
            }
        }
        return -1;
    }

    static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal n = cell.asNumber();
            if (isDateFormat(cell.getDataFormatString()) && isDateSerial(n)) {
                LocalDateTime t = cell.asDate();
                return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.withNano(0).toString();
            }
            return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
        }
        String raw = cell.getType() == CellType.FORMULA ? cell.getRawValue() : cell.getText();
        return raw == null ? "" : raw;
    }

    /**
     * Whether a date-formatted number is a day a spreadsheet can show (serial 0 to 2958465, the years 1900 to 9999);
     * another number (a negative one, 1e300) stays a number, which the field's reader then names with its cell.
     */
    private static boolean isDateSerial(BigDecimal n) {
        return n.signum() >= 0 && n.compareTo(MAX_DATE_SERIAL) < 0;
    }

    private static final BigDecimal MAX_DATE_SERIAL = BigDecimal.valueOf(2_958_466);

    private static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        String f = format.toLowerCase(Locale.ROOT).replaceAll("\\[[^]]*]|\"[^\"]*\"", "");
        return f.contains("y") || f.contains("d") || f.contains("h:") || f.contains("年");
    }

    @Override
    public double fractionRead() {
        return -1;
    }

    @Override
    public void close() throws IOException {
        rowStream.close();
        workbook.close();
    }
}
