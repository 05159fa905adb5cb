package org.crmworkbench.data.series;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crmworkbench.data.imports.DateReader;
import org.crmworkbench.data.imports.HeaderColumns;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.RecordSource;
import org.crmworkbench.data.imports.RecordSources;
import org.crmworkbench.data.imports.SourceRecord;
import org.crmworkbench.data.imports.UnreadableFileException;
import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.work.Progress;

/**
 * Reads a time series from a CSV or XLSX file with a date column and a value column. Rows may come in any order;
 * the frequency (day, week, month, quarter) is read from the spacing of the dates.
 *
 * <p>CSV separator and encoding are detected as the import does; dates are read as the import reads them
 * ({@code 2024-03-31}, {@code 2024/3/31}, {@code 31.03.2024}, {@code 2024年3月31日}, slashed dates as the options say;
 * a time of day is ignored). Columns are found by their header, exactly or else ignoring case.
 *
 * <p>The frequency is the smallest spacing between two dates: 1 day, 7 days, 28–31 days (a month) or 89–92 days (a
 * quarter); any other spacing is irregular. Each date then stands for the period that contains it (weeks start on
 * Monday), so month ends such as {@code 2024-03-31} or weekly dates on Sundays are read as the start of their month
 * or week: this is unambiguous as long as no two dates fall into the same period, which is reported as a repeated
 * period. The series' name and unit are the value column's header, its source the file name.
 */
public final class SeriesFileReader {
    /** Fewest rows a series file must have. */
    public static final int MIN_ROWS = 3;

    private final ImportOptions options;

    public SeriesFileReader(ImportOptions options) {
        this.options = options;
    }

    public SeriesFileReader() {
        this(ImportOptions.defaults());
    }

    /**
     * @throws org.crmworkbench.data.imports.UnreadableFileException naming the file, line and column when a column is
     *         missing, a date or value cannot be read, a date repeats (both lines named), or a period is missing
     *         between two dates (the gap named); also for fewer than 3 rows
     */
    public TimeSeries read(Path file, String dateColumn, String valueColumn, Progress progress) throws IOException {
        DateReader dates = new DateReader(options.slashedDates());
        try (RecordSource source = RecordSources.open(file, options)) {
            String name = source.name();
            List<String> header = source.header();
            int dateCol = HeaderColumns.find(name, header, dateColumn);
            int valueCol = HeaderColumns.find(name, header, valueColumn);
            String dateHeader = header.get(dateCol);
            String valueHeader = header.get(valueCol);
            List<Row> rows = new ArrayList<>();
            SourceRecord record;
            while ((record = source.next()) != null) {
                String dateText = record.field(dateCol).trim();
                if (dateText.isEmpty()) {
                    throw problem(name, record.line(), dateCol, dateHeader, null, "series.problem.emptyDate");
                }
                LocalDateTime when = dates.dateTime(dateText);
                if (when == null) {
                    throw problem(name, record.line(), dateCol, dateHeader, dateText, "series.problem.notDate");
                }
                String valueText = record.field(valueCol).trim();
                if (valueText.isEmpty()) {
                    throw problem(name, record.line(), valueCol, valueHeader, null, "series.problem.emptyValue");
                }
                double value;
                try {
                    value = Double.parseDouble(valueText);
                } catch (NumberFormatException e) {
                    value = Double.NaN;
                }
                if (!Double.isFinite(value)) {
                    throw problem(name, record.line(), valueCol, valueHeader, valueText, "series.problem.notNumber");
                }
                rows.add(new Row(when.toLocalDate(), dateText, value, record.line()));
                if ((rows.size() & 0xFFF) == 0) {
                    double read = source.fractionRead();
                    if (read >= 0) {
                        progress.worked((long) (read * 1000), 1000);
                    }
                    progress.checkCancelled();
                }
            }
            if (rows.size() < MIN_ROWS) {
                throw new UnreadableFileException(new ImportProblem(name, 0, 0, null, null,
                        "series.problem.tooFewRows", rows.size()), null);
            }
            rows.sort(Comparator.comparing(Row::date).thenComparingLong(Row::line));
            SeriesFrequency frequency = frequency(name, rows, dateCol, dateHeader);
            List<LocalDate> periods = new ArrayList<>(rows.size());
            double[] values = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                LocalDate period = frequency.periodStart(r.date());
                if (i > 0) {
                    Row prev = rows.get(i - 1);
                    LocalDate expected = frequency.plus(periods.get(i - 1), 1);
                    if (period.equals(periods.get(i - 1))) {
                        Row later = prev.line() > r.line() ? prev : r;
                        throw problem(name, later.line(), dateCol, dateHeader, later.text(),
                                "series.problem.duplicateDate", period.toString(), Math.min(prev.line(), r.line()),
                                later.line());
                    }
                    if (!period.equals(expected)) {
                        throw problem(name, r.line(), dateCol, dateHeader, r.text(), "series.problem.gap",
                                prev.date().toString(), prev.line(), r.date().toString(), r.line(),
                                expected.toString());
                    }
                }
                periods.add(period);
                values[i] = r.value();
            }
            progress.worked(1000, 1000);
            return new TimeSeries(valueHeader, file.getFileName().toString(), valueHeader, frequency, periods, values);
        }
    }

    /** The frequency from the smallest spacing of two sorted dates; equal dates are reported as repeated. */
    private static SeriesFrequency frequency(String file, List<Row> rows, int dateCol, String dateHeader) {
        long smallest = Long.MAX_VALUE;
        int at = 1;
        for (int i = 1; i < rows.size(); i++) {
            Row prev = rows.get(i - 1);
            Row r = rows.get(i);
            long days = ChronoUnit.DAYS.between(prev.date(), r.date());
            if (days == 0) {
                throw problem(file, r.line() > prev.line() ? r.line() : prev.line(), dateCol, dateHeader,
                        (r.line() > prev.line() ? r : prev).text(), "series.problem.duplicateDate",
                        r.date().toString(), Math.min(prev.line(), r.line()), Math.max(prev.line(), r.line()));
            }
            if (days < smallest) {
                smallest = days;
                at = i;
            }
        }
        if (smallest == 1) {
            return SeriesFrequency.DAY;
        }
        if (smallest == 7) {
            return SeriesFrequency.WEEK;
        }
        if (smallest >= 28 && smallest <= 31) {
            return SeriesFrequency.MONTH;
        }
        if (smallest >= 89 && smallest <= 92) {
            return SeriesFrequency.QUARTER;
        }
        Row prev = rows.get(at - 1);
        Row r = rows.get(at);
        throw problem(file, r.line(), dateCol, dateHeader, r.text(), "series.problem.irregular",
                r.date().toString(), r.line(), smallest, prev.date().toString(), prev.line());
    }

    private static UnreadableFileException problem(String file, long line, int column, String header, String value,
                                                   String key, Object... args) {
        return new UnreadableFileException(new ImportProblem(file, line, column + 1, header, value, key, args), null);
    }

    private record Row(LocalDate date, String text, double value, long line) {
    }
}
