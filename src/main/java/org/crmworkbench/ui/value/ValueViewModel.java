package org.crmworkbench.ui.value;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.ui.common.ProblemText;
import org.crmworkbench.analysis.value.ClvSettings;
import org.crmworkbench.analysis.value.LifecycleStage;
import org.crmworkbench.model.PurchaseSpan;
import org.crmworkbench.analysis.value.ValueResult;
import org.crmworkbench.analysis.value.ValueSettings;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.common.Debounce;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.jobs.Job;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.workflow.ValueWorkflow;

/**
 * The Value workspace's state: the purchases (stored orders or a transaction file), the settings, and the analysis
 * of the purchases read last with its tables and charts. New purchases are analysed at once with dates proposed from
 * their span; "Run" fits again with changed settings, the newest fit replacing (and cancelling) the one before.
 * Changing the horizon, discount rate or margin after a fit values the customers again without refitting. FX thread
 * only.
 */
public final class ValueViewModel {
    static final String FIT_KEY = "value.fit";
    static final String REVALUE_KEY = "value.revalue";

    private final DataSession session;
    private final JobRunner jobs;
    private final Debounce debounce;
    private final Supplier<Messages> messages;
    private final ValueSettingsForm form = new ValueSettingsForm();
    private final ValueSource source;
    private final ValueChoices choices;

    private final ReadOnlyObjectWrapper<ValueResult> fitted = new ReadOnlyObjectWrapper<>(this, "fitted");
    private final ReadOnlyObjectWrapper<ValueResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<ValueDrawing> drawing = new ReadOnlyObjectWrapper<>(this, "drawing");
    private final ObservableList<ValueRows.SegmentRow> segments = FXCollections.observableArrayList();
    private final ObservableList<ValueRows.CustomerRow> customers = FXCollections.observableArrayList();
    private final ObservableList<ValueRows.CustomerRow> top = FXCollections.observableArrayList();
    private final ObservableList<ValueRows.ParameterRow> parameters = FXCollections.observableArrayList();
    private final ObservableList<ValueRows.ComparisonRow> comparison = FXCollections.observableArrayList();
    private final ObservableList<ValueRows.MigrationRow> migration = FXCollections.observableArrayList();
    private final ObservableList<String> stageNames = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper dataText = new ReadOnlyStringWrapper(this, "dataText", "");
    private final ReadOnlyStringWrapper modelText = new ReadOnlyStringWrapper(this, "modelText", "");
    private final ReadOnlyStringWrapper independenceText = new ReadOnlyStringWrapper(this, "independenceText", "");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper revaluing = new ReadOnlyBooleanWrapper(this, "revaluing");
    private final ReadOnlyLongWrapper savedRun = new ReadOnlyLongWrapper(this, "savedRun");
    private PurchaseSpan proposedFor;
    private Instant fitStarted;
    private Job runningJob;

    /**
     * @param debounce waits for the horizon, discount rate and margin to settle before valuing again
     *                 ({@code Runnable::run} in tests)
     */
    public ValueViewModel(DataSession session, JobRunner jobs, Debounce debounce, Supplier<Messages> messages) {
        this.session = Objects.requireNonNull(session, "session");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.debounce = Objects.requireNonNull(debounce, "debounce");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.source = new ValueSource(session, jobs, messages, notice::set);
        this.choices = new ValueChoices(form, messages.get());
        source.purchasesProperty().addListener((o, a, b) -> purchasesRead(b));
        InvalidationListener describe = o -> describeData();
        source.purchasesProperty().addListener(describe);
        source.phaseProperty().addListener(describe);
        source.kindProperty().addListener(describe);
        InvalidationListener clvChanged = o -> {
            if (fitted.get() != null) {
                debounce.restart(this::revalue);
            }
        };
        form.horizonProperty().addListener(clvChanged);
        form.discountRateProperty().addListener(clvChanged);
        form.marginProperty().addListener(clvChanged);
        source.read();
        relabel();
    }

    private void purchasesRead(ValueSource.Purchases read) {
        show(null, null);
        if (read == null) {
            return;
        }
        if (!read.span().equals(proposedFor)) {
            form.propose(read.span());
            proposedFor = read.span();
        }
        fit();
    }

    /** The settings as they stand, or null (with a notice) when one of them is not acceptable. */
    public ValueSettings currentSettings() {
        try {
            return form.settings();
        } catch (BadParameterException e) {
            notice.set(Notice.error("value.notice.fitFailed", ProblemText.of(e, messages.get())));
            return null;
        }
    }

    /** Fits the models to the purchases with the current settings in the background, replacing any fit under way. */
    public void fit() {
        ValueSource.Purchases read = source.purchasesProperty().get();
        if (read == null) {
            return;
        }
        ValueSettings settings = currentSettings();
        if (settings == null) {
            return;
        }
        running.set(true);
        Instant started = Instant.now();
        ValueWorkflow workflow = new ValueWorkflow(session.database());
        runningJob = jobs.job("value.job.fit", progress -> workflow.analyse(read.purchases(), settings, progress))
                .nameArgs(settings.model().label(), read.purchases().size())
                .replacing(FIT_KEY)
                .onSuccess(r -> {
                    running.set(false);
                    if (read == source.purchasesProperty().get()) {
                        notice.set(null);
                        fitStarted = started;
                        show(r, r);
                        revalueIfChanged();
                    }
                })
                .onFailure(error -> {
                    running.set(false);
                    show(null, null);
                    notice.set(Notice.error("value.notice.fitFailed", ProblemText.of(error, messages.get())));
                })
                .onCancelled(() -> {
                    running.set(false);
                    notice.set(Notice.info("value.notice.cancelled"));
                })
                .start();
    }

    /** Stops the fit under way, if any. */
    public void cancel() {
        if (runningJob != null && running.get()) {
            runningJob.cancel();
        }
    }

    private void revalueIfChanged() {
        try {
            if (result.get() != null && !form.clv().equals(result.get().settings().clv())) {
                revalue();
            }
        } catch (BadParameterException e) {
            notice.set(Notice.error("value.notice.revalueFailed", ProblemText.of(e, messages.get())));
        }
    }

    /**
     * Values the fitted customers again with the horizon, discount rate and margin as they stand, without
     * refitting; the newest valuation wins.
     */
    public void revalue() {
        ValueResult base = fitted.get();
        if (base == null) {
            return;
        }
        ClvSettings clv;
        try {
            clv = form.clv();
        } catch (BadParameterException e) {
            notice.set(Notice.error("value.notice.revalueFailed", ProblemText.of(e, messages.get())));
            return;
        }
        if (result.get() != null && clv.equals(result.get().settings().clv())) {
            return;
        }
        revaluing.set(true);
        ValueWorkflow workflow = new ValueWorkflow(session.database());
        jobs.job("value.job.revalue", progress -> workflow.revalue(base, clv))
                .nameArgs(clv.horizon()).replacing(REVALUE_KEY)
                .onSuccess(r -> {
                    revaluing.set(false);
                    if (base == fitted.get()) {
                        show(base, r);
                    }
                })
                .onFailure(error -> {
                    revaluing.set(false);
                    notice.set(Notice.error("value.notice.revalueFailed", ProblemText.of(error, messages.get())));
                })
                .onCancelled(() -> revaluing.set(false))
                .start();
    }

    private void show(ValueResult base, ValueResult shown) {
        fitted.set(base);
        result.set(shown);
        savedRun.set(0);
        fillRows();
    }

    /** Builds the rows, charts and words again in the current language (after the language changed). */
    void relabel() {
        choices.relabel(messages.get());
        describeData();
        fillRows();
    }

    private void fillRows() {
        ValueResult r = result.get();
        Messages m = messages.get();
        ValueLabels labels = new ValueLabels(m);
        stageNames.setAll(Arrays.stream(LifecycleStage.values()).map(labels::stage).toList());
        drawing.set(r == null ? null : new ValueDrawing(r, m));
        if (r == null) {
            segments.clear();
            customers.clear();
            top.clear();
            parameters.clear();
            comparison.clear();
            migration.clear();
            modelText.set("");
            independenceText.set("");
            return;
        }
        segments.setAll(ValueRows.segments(r, labels));
        customers.setAll(ValueRows.customers(r, labels));
        top.setAll(ValueRows.top(r, labels));
        parameters.setAll(ValueRows.parameters(r, m));
        comparison.setAll(ValueRows.comparison(r));
        migration.setAll(ValueRows.migration(r.migration(), labels, m));
        modelText.set(ValueRows.modelSummary(r, m));
        independenceText.set(ValueRows.independence(r.independence(), m));
    }

    /** The data line: waiting, reading, failed, or the purchases' count, customers and dates. */
    private void describeData() {
        Messages m = messages.get();
        ValueSource.Purchases read = source.purchasesProperty().get();
        dataText.set(switch (source.phaseProperty().get()) {
            case WAITING_FOR_DATA -> m.get(source.kindProperty().get() == ValueSource.Kind.FILE
                    ? "value.ws.data.chooseFile" : "value.ws.data.waiting");
            case READING -> m.get("value.ws.data.reading");
            case FAILED -> m.get("value.ws.data.failed");
            case READY -> read == null ? "" : m.get(read.name().isEmpty() ? "value.ws.data.orders"
                    : "value.ws.data.file", read.purchases().size(), read.span().customers(),
                    read.span().first().toString(), read.span().last().toString(), read.name());
        });
    }

    /** Stores the shown analysis as a value run in the database. */
    public void save() {
        ValueResult r = result.get();
        Database db = session.database();
        if (r == null || db == null) {
            return;
        }
        Instant started = fitStarted == null ? Instant.now() : fitStarted;
        jobs.job("value.job.save", progress -> new ValueWorkflow(db).save(r, started))
                .onSuccess(stored -> {
                    savedRun.set(stored.id());
                    notice.set(Notice.info("value.notice.saved", stored.id()));
                })
                .onFailure(error -> notice.set(Notice.error("value.notice.saveFailed",
                        ProblemText.of(error, messages.get()))))
                .start();
    }

    /** Runs {@code work} (a chart export) as a job and says where the file went. */
    public void export(Path file, ExportWork work) {
        Messages m = messages.get();
        jobs.job("value.job.export", progress -> {
            work.write(file);
            return file;
        }).nameArgs(file.getFileName()).onSuccess(f -> notice.set(Notice.info("value.notice.exported", f)))
                .onFailure(error -> notice.set(Notice.error("value.notice.exportFailed", ProblemText.of(error, m))))
                .start();
    }

    /** Writing one file. */
    @FunctionalInterface
    public interface ExportWork {
        void write(Path file) throws Exception;
    }

    public ValueSource source() {
        return source;
    }

    public ValueSettingsForm form() {
        return form;
    }

    /** The analysis shown (after any revaluation), or null. */
    public ReadOnlyObjectProperty<ValueResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The analysis the last fit produced, before any revaluation; what a revaluation starts from. */
    public ReadOnlyObjectProperty<ValueResult> fittedProperty() {
        return fitted.getReadOnlyProperty();
    }

    /** The charts of the analysis shown, in the current language; null while there is none. */
    public ReadOnlyObjectProperty<ValueDrawing> drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    /** The period units and models to choose from. */
    public ValueChoices choices() {
        return choices;
    }

    public ObservableList<ValueRows.SegmentRow> segments() {
        return segments;
    }

    public ObservableList<ValueRows.CustomerRow> customers() {
        return customers;
    }

    /** The customers with the highest CLV, highest first. */
    public ObservableList<ValueRows.CustomerRow> topCustomers() {
        return top;
    }

    public ObservableList<ValueRows.ParameterRow> parameters() {
        return parameters;
    }

    public ObservableList<ValueRows.ComparisonRow> comparison() {
        return comparison;
    }

    public ObservableList<ValueRows.MigrationRow> migration() {
        return migration;
    }

    /** The lifecycle stages' names in the current language, in the order of the migration rows' counts. */
    public ObservableList<String> stageNames() {
        return stageNames;
    }

    /** The purchases read in words (or that they are being read, or that there are none yet). */
    public ReadOnlyStringProperty dataTextProperty() {
        return dataText.getReadOnlyProperty();
    }

    /** The fitted model in words: which, on how many customers, its log-likelihood. */
    public ReadOnlyStringProperty modelTextProperty() {
        return modelText.getReadOnlyProperty();
    }

    /** The frequency / spend correlation the spend model assumes away, in words. */
    public ReadOnlyStringProperty independenceTextProperty() {
        return independenceText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True while a fit runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True while the customers are valued again for new CLV settings. */
    public ReadOnlyBooleanProperty revaluingProperty() {
        return revaluing.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty savedRunProperty() {
        return savedRun.getReadOnlyProperty();
    }
}
