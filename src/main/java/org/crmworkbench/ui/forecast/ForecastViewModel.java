package org.crmworkbench.ui.forecast;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.ui.common.ProblemText;
import org.crmworkbench.present.forecast.SeriesTitle;
import org.crmworkbench.analysis.forecast.ForecastResult;
import org.crmworkbench.analysis.forecast.ForecastSettings;
import org.crmworkbench.analysis.forecast.ForecastModel;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.present.forecast.ForecastFiles;
import org.crmworkbench.workflow.ForecastWorkflow;
import org.crmworkbench.present.forecast.ForecastLabels;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.jobs.Job;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.work.BadParameterException;

/**
 * The Forecast workspace's state: the series choice, the model settings, and the forecast of the series read last
 * with its tables. A new series is forecast at once with the settings as they stand; "Forecast" runs again with
 * changed settings, the newest run replacing (and cancelling) the one before. FX thread only.
 */
public final class ForecastViewModel {
    static final String RUN_KEY = "forecast.run";

    private final DataSession session;
    private final JobRunner jobs;
    private final Supplier<Messages> messages;
    private final ForecastSettingsForm form = new ForecastSettingsForm();
    private final SeriesChoice series;

    private final ReadOnlyObjectWrapper<ForecastResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<ForecastDrawing> drawing = new ReadOnlyObjectWrapper<>(this, "drawing");
    private final ReadOnlyStringWrapper seriesText = new ReadOnlyStringWrapper(this, "seriesText", "");
    private final ObservableList<ModelOption> modelOptions = FXCollections.observableArrayList();
    private final ObjectProperty<ModelOption> modelOption = new SimpleObjectProperty<>(this, "modelOption");
    private final ObservableList<ForecastRows.ModelRow> models = FXCollections.observableArrayList();
    private final ObservableList<ForecastRows.ParameterRow> parameters = FXCollections.observableArrayList();
    private final ObservableList<ForecastRows.PeriodRow> periods = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyLongWrapper savedRun = new ReadOnlyLongWrapper(this, "savedRun");
    private Job runningJob;

    public ForecastViewModel(DataSession session, JobRunner jobs, Supplier<Messages> messages) {
        this.session = Objects.requireNonNull(session, "session");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.series = new SeriesChoice(session, jobs, messages, notice::set);
        series.seriesProperty().addListener((o, before, now) -> seriesChanged(before, now));
        series.seriesProperty().addListener((o, a, b) -> describeSeries());
        series.readingProperty().addListener((o, a, b) -> describeSeries());
        form.modelProperty().addListener((o, a, b) -> modelOption.set(option(b)));
        modelOption.addListener((o, a, b) -> {
            if (b != null && b.model() != form.modelProperty().get()) {
                form.modelProperty().set(b.model());
            }
        });
        relabelChoices();
        series.reload();
    }

    private void seriesChanged(TimeSeries before, TimeSeries now) {
        show(null);
        if (now == null) {
            return;
        }
        SeriesFrequency old = before == null ? null : before.frequency();
        if (now.frequency() != old) {
            form.horizonProperty().set(now.seasonLength());
        }
        if (now.size() > 0) {
            forecast();
        }
    }

    /** The settings as they stand, or null (with a notice) when one of them is not acceptable. */
    public ForecastSettings currentSettings() {
        try {
            return form.settings();
        } catch (BadParameterException e) {
            notice.set(Notice.error("forecast.notice.runFailed", ProblemText.of(e, messages.get())));
            return null;
        }
    }

    /** Forecasts the current series with the current settings in the background, replacing any run under way. */
    public void forecast() {
        TimeSeries s = series.seriesProperty().get();
        ForecastSettings settings = currentSettings();
        if (s == null || settings == null) {
            return;
        }
        if (s.size() == 0) {
            notice.set(Notice.error("forecast.notice.noData"));
            return;
        }
        running.set(true);
        ForecastWorkflow workflow = new ForecastWorkflow(session.database());
        runningJob = jobs.job("job.forecast.run", progress -> workflow.forecast(s, settings, progress))
                .nameArgs(new ForecastLabels(messages.get()).model(settings.model()),
                        new SeriesTitle(messages.get()).of(s.name()))
                .replacing(RUN_KEY)
                .onSuccess(r -> {
                    running.set(false);
                    if (s == series.seriesProperty().get()) {
                        notice.set(null);
                        show(r);
                    }
                })
                .onFailure(error -> {
                    running.set(false);
                    show(null);
                    notice.set(Notice.error("forecast.notice.runFailed", ProblemText.of(error,
                            messages.get())));
                })
                .onCancelled(() -> {
                    running.set(false);
                    notice.set(Notice.info("forecast.notice.cancelled"));
                })
                .start();
    }

    /** Stops the forecast under way, if any. */
    public void cancel() {
        if (runningJob != null && running.get()) {
            runningJob.cancel();
        }
    }

    private void show(ForecastResult r) {
        result.set(r);
        savedRun.set(0);
        fillRows();
    }

    /** Builds the table rows, charts and words again in the current language (after the language changed). */
    void relabel() {
        relabelChoices();
        describeSeries();
        fillRows();
    }

    private void fillRows() {
        ForecastResult r = result.get();
        drawing.set(r == null ? null : new ForecastDrawing(r, messages.get()));
        if (r == null) {
            models.clear();
            parameters.clear();
            periods.clear();
            return;
        }
        ForecastLabels labels = new ForecastLabels(messages.get());
        models.setAll(ForecastRows.models(r, labels, messages.get()));
        parameters.setAll(ForecastRows.parameters(r, messages.get()));
        periods.setAll(ForecastRows.periods(r, labels));
    }

    private void relabelChoices() {
        ForecastLabels labels = new ForecastLabels(messages.get());
        modelOptions.setAll(Arrays.stream(ForecastModel.values()).map(m -> new ModelOption(m, labels.model(m)))
                .toList());
        modelOption.set(option(form.modelProperty().get()));
    }

    private ModelOption option(ForecastModel model) {
        return model == null ? null : modelOptions.stream().filter(o -> o.model() == model).findFirst()
                .orElse(null);
    }

    /** The series line: reading, none, empty, or its name, length, first and last period and unit. */
    private void describeSeries() {
        Messages m = messages.get();
        TimeSeries s = series.seriesProperty().get();
        if (series.readingProperty().get()) {
            seriesText.set(m.get("forecast.ws.series.reading"));
        } else if (s == null) {
            seriesText.set(m.get("forecast.ws.series.none"));
        } else if (s.size() == 0) {
            seriesText.set(m.get("forecast.ws.series.empty", new SeriesTitle(m).of(s.name())));
        } else {
            ForecastLabels labels = new ForecastLabels(m);
            seriesText.set(m.get("forecast.ws.series.summary", new SeriesTitle(m).of(s.name()), s.size(),
                    labels.period(s.periods().get(0), s.frequency()),
                    labels.period(s.periods().get(s.size() - 1), s.frequency()), labels.unit(s.unit())));
        }
    }

    /** Stores the shown forecast with its parameters as a run in the database. */
    public void save() {
        ForecastResult r = result.get();
        Database db = session.database();
        if (r == null || db == null) {
            return;
        }
        Instant started = Instant.now();
        jobs.job("job.forecast.save", progress -> new ForecastWorkflow(db).save(r, started))
                .onSuccess(stored -> {
                    savedRun.set(stored.id());
                    notice.set(Notice.info("forecast.notice.saved", stored.id()));
                })
                .onFailure(error -> notice.set(Notice.error("forecast.notice.saveFailed",
                        ProblemText.of(error, messages.get()))))
                .start();
    }

    /** Writes the forecast with its interval bounds to a CSV file. */
    public void exportCsv(Path file) {
        ForecastResult r = result.get();
        if (r != null) {
            export(file, target -> new ForecastFiles().writeForecast(target, r));
        }
    }

    /** Runs {@code work} (a file export) as a job and says where the file went. */
    public void export(Path file, ExportWork work) {
        Messages m = messages.get();
        jobs.job("job.forecast.export", progress -> {
            work.write(file);
            return file;
        }).nameArgs(file.getFileName()).onSuccess(f -> notice.set(Notice.info("forecast.notice.exported", f)))
                .onFailure(error -> notice.set(Notice.error("forecast.notice.exportFailed",
                        ProblemText.of(error, m))))
                .start();
    }

    /** Writing one file. */
    @FunctionalInterface
    public interface ExportWork {
        void write(Path file) throws Exception;
    }

    public SeriesChoice series() {
        return series;
    }

    public ForecastSettingsForm form() {
        return form;
    }

    public ReadOnlyObjectProperty<ForecastResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The charts and interval levels of the forecast shown, in the current language; null while there is none. */
    public ReadOnlyObjectProperty<ForecastDrawing> drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    /** The series read last in words (or that it is being read, or that there is none). */
    public ReadOnlyStringProperty seriesTextProperty() {
        return seriesText.getReadOnlyProperty();
    }

    /** The models to choose from, named in the current language. */
    public ObservableList<ModelOption> modelOptions() {
        return modelOptions;
    }

    /** The chosen model as an entry of {@link #modelOptions()}; kept in step with the form's model. */
    public ObjectProperty<ModelOption> modelOptionProperty() {
        return modelOption;
    }

    /** The backtest comparison: every model compared, best first, the chosen one marked. */
    public ObservableList<ForecastRows.ModelRow> models() {
        return models;
    }

    public ObservableList<ForecastRows.ParameterRow> parameters() {
        return parameters;
    }

    public ObservableList<ForecastRows.PeriodRow> periods() {
        return periods;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty savedRunProperty() {
        return savedRun.getReadOnlyProperty();
    }
}
