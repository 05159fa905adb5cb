package org.crmworkbench.data.series;

import java.io.IOException;
import java.nio.file.Path;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.work.Progress;

/**
 * Reads a time series from a CSV or XLSX file with a date column and a value column. Rows may come in any order;
 * the frequency (day, week, month, quarter) is read from the spacing of the dates.
 */
public final class SeriesFileReader {

    /**
     * @throws org.crmworkbench.data.imports.UnreadableFileException naming the file, line and column when a column is
     *         missing, a date or value cannot be read, a date repeats (both lines named), or a period is missing
     *         between two dates (the gap named); also for fewer than 3 rows
     */
    public TimeSeries read(Path file, String dateColumn, String valueColumn, Progress progress) throws IOException {
        throw new UnsupportedOperationException("not yet built");
    }
}
