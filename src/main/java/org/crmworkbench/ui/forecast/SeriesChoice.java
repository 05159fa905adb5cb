package org.crmworkbench.ui.forecast;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.ui.common.ProblemText;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.RecordSource;
import org.crmworkbench.data.imports.RecordSources;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SeriesBreakdown;
import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.model.SeriesMeasure;
import org.crmworkbench.model.SeriesRequest;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.workflow.ForecastWorkflow;

/**
 * Which series the Forecast workspace forecasts: one built from the stored orders (measure, frequency, breakdown and
 * group) or one read from a CSV or XLSX file (date and value column picked from its header). The groups of a
 * breakdown and the series itself are read in background jobs whenever the choice or the data changes, each newer
 * read replacing the one before. FX thread only.
 */
public final class SeriesChoice {
    /** Where the series comes from. */
    public enum Source { ORDERS, FILE }

    static final String GROUPS_KEY = "forecast.groups";
    static final String SERIES_KEY = "forecast.series";
    static final String HEADER_KEY = "forecast.header";

    private final DataSession session;
    private final JobRunner jobs;
    private final Supplier<Messages> messages;
    private final Consumer<Notice> notices;

    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source", Source.ORDERS);
    private final ObjectProperty<SeriesMeasure> measure = new SimpleObjectProperty<>(this, "measure",
            SeriesMeasure.REVENUE);
    private final ObjectProperty<SeriesFrequency> frequency = new SimpleObjectProperty<>(this, "frequency",
            SeriesFrequency.MONTH);
    private final ObjectProperty<SeriesBreakdown> breakdown = new SimpleObjectProperty<>(this, "breakdown",
            SeriesBreakdown.OVERALL);
    private final ObjectProperty<String> group = new SimpleObjectProperty<>(this, "group");
    private final ObservableList<String> groups = FXCollections.observableArrayList();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObjectProperty<String> dateColumn = new SimpleObjectProperty<>(this, "dateColumn");
    private final ObjectProperty<String> valueColumn = new SimpleObjectProperty<>(this, "valueColumn");

    private final ReadOnlyObjectWrapper<TimeSeries> series = new ReadOnlyObjectWrapper<>(this, "series");
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");
    private boolean fillingGroups;

    SeriesChoice(DataSession session, JobRunner jobs, Supplier<Messages> messages, Consumer<Notice> notices) {
        this.session = Objects.requireNonNull(session, "session");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.notices = Objects.requireNonNull(notices, "notices");
        InvalidationListener changed = o -> read();
        measure.addListener(changed);
        frequency.addListener(changed);
        source.addListener(changed);
        dateColumn.addListener(changed);
        valueColumn.addListener(changed);
        group.addListener(o -> {
            if (!fillingGroups) {
                read();
            }
        });
        breakdown.addListener(o -> loadGroups());
        file.addListener(o -> readHeader());
        session.dataVersionProperty().addListener(o -> reload());
    }

    /** Reads the groups and the series again (the data changed or the workspace opened). */
    public void reload() {
        if (breakdown.get() != SeriesBreakdown.OVERALL) {
            loadGroups();
        } else {
            read();
        }
    }

    private void loadGroups() {
        Database db = session.database();
        SeriesBreakdown wanted = breakdown.get();
        if (wanted == SeriesBreakdown.OVERALL || db == null) {
            fillGroups(List.of());
            read();
            return;
        }
        jobs.job("job.forecast.groups", progress -> new ForecastWorkflow(db).groups(wanted))
                .nameArgs(wanted.key()).replacing(GROUPS_KEY)
                .onSuccess(found -> {
                    if (wanted == breakdown.get()) {
                        fillGroups(found);
                        read();
                    }
                })
                .onFailure(error -> notices.accept(Notice.error("forecast.notice.groupsFailed",
                        ProblemText.of(error, messages.get()))))
                .start();
    }

    private void fillGroups(List<String> found) {
        fillingGroups = true;
        try {
            String before = group.get();
            groups.setAll(found);
            group.set(found.contains(before) ? before : found.isEmpty() ? null : found.get(0));
        } finally {
            fillingGroups = false;
        }
    }

    private void readHeader() {
        Path chosen = file.get();
        if (chosen == null) {
            return;
        }
        jobs.job("job.forecast.header", progress -> {
            try (RecordSource rows = RecordSources.open(chosen, ImportOptions.defaults())) {
                return rows.header();
            }
        }).nameArgs(chosen.getFileName()).replacing(HEADER_KEY)
                .onSuccess(header -> {
                    columns.setAll(header);
                    source.set(Source.FILE);
                    String date = header.stream().filter(SeriesChoice::looksLikeDate).findFirst()
                            .orElse(header.isEmpty() ? null : header.get(0));
                    String value = header.stream().filter(h -> !h.equals(date)).reduce((a, b) -> b).orElse(null);
                    dateColumn.set(date);
                    valueColumn.set(value);
                    read();
                })
                .onFailure(error -> notices.accept(Notice.error("forecast.notice.fileFailed",
                        ProblemText.of(error, messages.get()))))
                .start();
    }

    private static boolean looksLikeDate(String header) {
        String h = header.toLowerCase(java.util.Locale.ROOT);
        return h.contains("date") || h.contains("period") || h.contains("month") || h.contains("week")
                || h.contains("日期");
    }

    /** The orders request the choice stands for, or null when a breakdown's group is not known yet. */
    public SeriesRequest request() {
        SeriesBreakdown b = breakdown.get();
        if (b != SeriesBreakdown.OVERALL && group.get() == null) {
            return null;
        }
        return new SeriesRequest(measure.get(), frequency.get(), b, b == SeriesBreakdown.OVERALL ? null : group.get());
    }

    /** Reads the chosen series in the background; the newest read wins. */
    public void read() {
        Database db = session.database();
        if (source.get() == Source.FILE) {
            Path chosen = file.get();
            String date = dateColumn.get();
            String value = valueColumn.get();
            if (chosen == null || date == null || value == null) {
                return;
            }
            start(progress -> new ForecastWorkflow(db).readFile(chosen, date, value, progress), chosen.getFileName()
                    .toString());
            return;
        }
        SeriesRequest request = request();
        if (db == null || request == null) {
            return;
        }
        start(progress -> new ForecastWorkflow(db).read(request, progress), request.measure().key());
    }

    private void start(org.crmworkbench.ui.jobs.JobBody<TimeSeries> body, String name) {
        reading.set(true);
        jobs.job("job.forecast.series", body).nameArgs(name).replacing(SERIES_KEY)
                .onSuccess(s -> {
                    reading.set(false);
                    notices.accept(null);
                    series.set(s);
                })
                .onFailure(error -> {
                    reading.set(false);
                    series.set(null);
                    notices.accept(Notice.error("forecast.notice.seriesFailed",
                            ProblemText.of(error, messages.get())));
                })
                .onCancelled(() -> reading.set(false))
                .start();
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public ObjectProperty<SeriesMeasure> measureProperty() {
        return measure;
    }

    public ObjectProperty<SeriesFrequency> frequencyProperty() {
        return frequency;
    }

    public ObjectProperty<SeriesBreakdown> breakdownProperty() {
        return breakdown;
    }

    public ObjectProperty<String> groupProperty() {
        return group;
    }

    public ObservableList<String> groups() {
        return groups;
    }

    /** The series file; setting it reads its header and switches the source to the file. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** The series file's columns. */
    public ObservableList<String> columns() {
        return columns;
    }

    public ObjectProperty<String> dateColumnProperty() {
        return dateColumn;
    }

    public ObjectProperty<String> valueColumnProperty() {
        return valueColumn;
    }

    /** The series read last, or null. */
    public ReadOnlyObjectProperty<TimeSeries> seriesProperty() {
        return series.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }
}
