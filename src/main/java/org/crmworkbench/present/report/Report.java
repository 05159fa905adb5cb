package org.crmworkbench.present.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A manager's report: a title, the analyst's notes, and charts and tables from saved runs in the chosen order.
 *
 * @param title      the report's title
 * @param notes      free text shown under the title (may be empty)
 * @param createdAt  when the report was built
 * @param appVersion the workbench version that built it
 * @param dataSet    the data set in words (database file, row counts, last import), for the provenance section
 * @param items      the charts and tables, in order
 */
public record Report(String title, String notes, Instant createdAt, String appVersion, String dataSet,
                     List<ReportItem> items) {
    public Report {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
        notes = notes == null ? "" : notes;
        appVersion = appVersion == null ? "" : appVersion;
        dataSet = dataSet == null ? "" : dataSet;
        items = List.copyOf(items);
    }
}
