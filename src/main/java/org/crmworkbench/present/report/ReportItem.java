package org.crmworkbench.present.report;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * One chart or table of a report, with the words around it and where it came from.
 *
 * <p>{@link #key()} names the item within its run, as the command line spells it ({@code scatter},
 * {@code profiles}, {@code forecast}, {@code comparison}, {@code segments-table}, ...).
 */
public sealed interface ReportItem permits ReportItem.Chart, ReportItem.Table {
    String key();

    /** The heading above the item (for a chart also its title; the analyst may edit it). */
    String title();

    /** A note the analyst wrote under the item, or empty. */
    String note();

    Provenance provenance();

    /** The same item with another title. */
    ReportItem withTitle(String newTitle);

    /** The same item with another note. */
    ReportItem withNote(String newNote);

    /**
     * A chart. The chart object is the report's own (built for it, not shown elsewhere); writers set its title to
     * {@link #title()} and may decimate it before a vector export.
     */
    record Chart(String key, String title, String note, Provenance provenance, JFreeChart chart) implements ReportItem {
        public Chart {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(chart, "chart");
            Objects.requireNonNull(provenance, "provenance");
            title = title == null ? "" : title;
            note = note == null ? "" : note;
        }

        @Override
        public Chart withTitle(String newTitle) {
            return new Chart(key, newTitle, note, provenance, chart);
        }

        @Override
        public Chart withNote(String newNote) {
            return new Chart(key, title, newNote, provenance, chart);
        }
    }

    /** A table. */
    record Table(String key, String title, String note, Provenance provenance, ReportTable table) implements ReportItem {
        public Table {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(provenance, "provenance");
            title = title == null ? "" : title;
            note = note == null ? "" : note;
        }

        @Override
        public Table withTitle(String newTitle) {
            return new Table(key, newTitle, note, provenance, table);
        }

        @Override
        public Table withNote(String newNote) {
            return new Table(key, title, newNote, provenance, table);
        }
    }
}
