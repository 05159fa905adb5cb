package org.crmworkbench.data.series;

import java.util.List;
import java.util.Objects;
import org.crmworkbench.data.Database;
import org.crmworkbench.model.SeriesBreakdown;
import org.crmworkbench.model.SeriesRequest;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.work.Progress;

/**
 * Builds weekly or monthly sales series from the stored orders. Periods without orders count 0; a first or last
 * period the data covers only in part is left out (the series' name says so), so the series ends with a whole period.
 */
public final class SalesSeriesReader {
    private final Database database;

    public SalesSeriesReader(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The groups of a breakdown, sorted: regions, categories, segment numbers of the latest run, reps' ids. */
    public List<String> groups(SeriesBreakdown breakdown) {
        throw new UnsupportedOperationException("not yet built");
    }

    /**
     * @return the series, empty when there are no orders
     * @throws org.crmworkbench.work.BadParameterException naming {@code group} when the group does not exist
     */
    public TimeSeries read(SeriesRequest request, Progress progress) {
        throw new UnsupportedOperationException("not yet built");
    }
}
