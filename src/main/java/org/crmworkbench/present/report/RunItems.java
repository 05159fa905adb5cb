package org.crmworkbench.present.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.work.Progress;

/** The charts and tables of one kind of saved run, and how each is built again from the stored run. */
abstract class RunItems {
    /** One item a run of this kind gives: its key, whether it is a chart, and whether a report takes it by default. */
    record Entry(String key, boolean chart, boolean byDefault) {
    }

    protected final Messages messages;
    protected final DataSetWords dataSet;
    /** How the items show people (customers, reps). */
    protected final PersonalDataPolicy people;

    /** Items showing people masked. */
    RunItems(Messages messages, DataSetWords dataSet) {
        this(messages, dataSet, PersonalDataPolicy.masked());
    }

    RunItems(Messages messages, DataSetWords dataSet, PersonalDataPolicy people) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.dataSet = Objects.requireNonNull(dataSet, "dataSet");
        this.people = Objects.requireNonNull(people, "people");
    }

    /** The stored kind ({@code analysis_runs.kind}). */
    abstract String kind();

    /** The items, defaults first. */
    abstract List<Entry> entries();

    /** Builds item {@code key} (one of {@link #entries()}) of {@code run}. */
    abstract ReportItem build(SavedRun run, String key, Progress progress);

    /** What the builder shows for an item. */
    String label(String key) {
        return messages.get("report.item." + kind() + "." + key);
    }

    /**
     * A stored field name in the reader's words: each dotted part ({@code parameters.alpha}) looked up as
     * {@code report.field.<part>}, kept as it is where the bundle has no words for it, joined by a middle dot.
     */
    protected String fieldLabel(String key) {
        List<String> parts = new java.util.ArrayList<>();
        for (String part : key.split("\\.")) {
            String bundleKey = "report.field." + part;
            parts.add(messages.has(bundleKey) ? messages.get(bundleKey) : part);
        }
        return String.join(" · ", parts);
    }

    protected Provenance provenance(SavedRun run, String dataSetWords, LocalDate dataAsOf) {
        return new Provenance(run.id(), run.kind(), dataSetWords, dataAsOf, run.startedAt(), run.parameters(),
                run.seed(), run.appVersion(), run.madeBy());
    }

    protected ReportItem.Chart chart(String key, String title, Provenance provenance,
                                     org.jfree.chart.JFreeChart chart) {
        chart.setTitle(title);
        return new ReportItem.Chart(key, title, "", provenance, chart);
    }

    protected ReportItem.Table table(String key, String title, Provenance provenance, ReportTable table) {
        return new ReportItem.Table(key, title, "", provenance, table);
    }

    /** A number that may be missing as a table cell (null for NaN). */
    protected static Double cell(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
