package org.crmworkbench.ui.sales;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.crmworkbench.analysis.sales.RepSettings;
import org.crmworkbench.analysis.sales.SalesTeamResult;
import org.crmworkbench.data.Database;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.model.RepQuota;
import org.crmworkbench.model.RepsRunRecord;
import org.crmworkbench.present.sales.RepsRecords;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.common.Debounce;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.common.ProblemText;
import org.crmworkbench.ui.jobs.Job;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.work.Progress;
import org.crmworkbench.workflow.SalesTeamWorkflow;

/**
 * The Sales team workspace's state. Orders read by the {@link SalesSource} are analysed at once; every change of a
 * setting analyses again in the background once the settings rest (debounced), the newest analysis replacing and
 * cancelling the one before. The league table is filtered by region, the rep cards by period; a chosen rep gets a
 * {@link RepCard}, two chosen reps a {@link RepComparison}. FX thread only.
 */
public final class SalesViewModel {
    static final String RUN_KEY = "sales.run";

    /** The analysis a job runs ({@link SalesTeamWorkflow#analyse} in the application, a hand-built result in tests). */
    @FunctionalInterface
    interface Analysis {
        SalesTeamResult run(RepOrders orders, List<RepQuota> quotas, RepSettings settings, Progress progress)
                throws Exception;
    }

    private final DataSession session;
    private final JobRunner jobs;
    private final Debounce debounce;
    private final Supplier<Messages> messages;
    private final Analysis analysis;
    /** What an analysis job brings back: the analysis and its run record (for the charts and the sentences). */
    private record Analysed(SalesTeamResult result, RepsRunRecord run) {
    }

    private final SalesSettingsForm form = new SalesSettingsForm();
    private final SalesSource source;
    private final RepFocus focus = new RepFocus();

    private final ReadOnlyObjectWrapper<SalesTeamResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<SalesDrawing> drawing = new ReadOnlyObjectWrapper<>(this, "drawing");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyStringWrapper dataText = new ReadOnlyStringWrapper(this, "dataText", "");
    private final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper(this, "summaryText", "");
    private final ReadOnlyStringWrapper shiftText = new ReadOnlyStringWrapper(this, "shiftText", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyLongWrapper savedRun = new ReadOnlyLongWrapper(this, "savedRun");
    private final BooleanBinding hasResult = result.isNotNull();
    private final BooleanBinding canSave;
    private SalesSource.Data analysed;
    private Instant analysedAt;
    private Job runningJob;

    public SalesViewModel(DataSession session, JobRunner jobs, Debounce debounce, Supplier<Messages> messages) {
        this(session, jobs, debounce, messages,
                (orders, quotas, settings, progress) -> new SalesTeamWorkflow(session.database())
                        .analyse(orders, quotas, settings, progress));
    }

    SalesViewModel(DataSession session, JobRunner jobs, Debounce debounce, Supplier<Messages> messages,
                   Analysis analysis) {
        this.session = Objects.requireNonNull(session, "session");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.debounce = Objects.requireNonNull(debounce, "debounce");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.source = new SalesSource(session, jobs, messages, notice::set);
        this.canSave = hasResult.and(session.databaseProperty().isNotNull());
        source.dataProperty().addListener((o, a, b) -> dataRead(b));
        InvalidationListener describe = o -> describeData();
        source.dataProperty().addListener(describe);
        source.phaseProperty().addListener(describe);
        source.kindProperty().addListener(describe);
        InvalidationListener settingsChanged = o -> {
            if (source.dataProperty().get() != null) {
                debounce.restart(this::analyse);
            }
        };
        for (var value : form.all()) {
            value.addListener(settingsChanged);
        }
        source.read();
        relabel();
    }

    private void dataRead(SalesSource.Data read) {
        if (read == null) {
            cancel();
            analysed = null;
            show(null, null);
            return;
        }
        form.useFactors(read.orders().factorNames());
        analyse();
    }

    /** The settings as they stand, or null (with a notice) when one of them is not acceptable. */
    public RepSettings currentSettings() {
        try {
            return form.settings();
        } catch (BadParameterException e) {
            notice.set(Notice.error("sales.ws.notice.badSetting", ProblemText.of(e, messages.get())));
            return null;
        }
    }

    /** Analyses the orders with the current settings in the background; the newest analysis wins. */
    public void analyse() {
        SalesSource.Data read = source.dataProperty().get();
        if (read == null) {
            return;
        }
        RepSettings settings = currentSettings();
        if (settings == null) {
            return;
        }
        running.set(true);
        Instant started = Instant.now();
        runningJob = jobs.job("sales.ws.job.analyse", progress -> {
                    SalesTeamResult r = analysis.run(read.orders(), read.quotas(), settings, progress);
                    progress.checkCancelled();
                    return new Analysed(r, new RepsRecords().of(r, read.orders(), started, AppVersion.current()));
                })
                .nameArgs(read.orders().orders().size())
                .replacing(RUN_KEY)
                .onSuccess(r -> {
                    running.set(false);
                    if (read != source.dataProperty().get()) {
                        return; // other orders were read meanwhile
                    }
                    notice.set(null);
                    analysed = read;
                    analysedAt = started;
                    show(r.result(), r.run());
                })
                .onFailure(error -> {
                    running.set(false);
                    show(null, null);
                    notice.set(Notice.error("sales.ws.notice.analysisFailed", ProblemText.of(error, messages.get())));
                })
                .onCancelled(() -> running.set(false))
                .start();
    }

    /** Stops the analysis under way, if any. */
    public void cancel() {
        if (runningJob != null && running.get()) {
            runningJob.cancel();
        }
    }

    private void show(SalesTeamResult r, RepsRunRecord run) {
        result.set(r);
        savedRun.set(0);
        focus.show(r, r == null || analysed == null ? null : analysed.orders());
        drawing.set(r == null ? null : new SalesDrawing(run, messages.get()));
        redraw();
    }

    /** Builds the words and charts again in the current language (after the language changed). */
    void relabel() {
        describeData();
        redraw();
    }

    private void redraw() {
        SalesTeamResult r = result.get();
        Messages m = messages.get();
        SalesDrawing shown = drawing.get();
        if (shown != null) {
            drawing.set(shown.in(m));
        }
        SalesWords words = new SalesWords(m);
        summaryText.set(r == null ? "" : words.summary(r));
        shiftText.set(r == null || shown == null ? "" : words.shifts(shown.run(), r.fit().groupSd()));
    }

    /** The data line: waiting, reading, failed, or what the orders are. */
    private void describeData() {
        Messages m = messages.get();
        SalesSource.Data read = source.dataProperty().get();
        SalesSource.Kind kind = source.kindProperty().get();
        dataText.set(switch (source.phaseProperty().get()) {
            case WAITING_FOR_DATA -> m.get(kind == SalesSource.Kind.FILE ? "sales.ws.data.chooseFile"
                    : "sales.ws.data.waiting");
            case READING -> m.get("sales.ws.data.reading");
            case FAILED -> m.get("sales.ws.data.failed");
            case READY -> read == null ? "" : m.get(read.name().isEmpty() ? "sales.ws.data.orders"
                    : "sales.ws.data.file", read.orders().orders().size(), read.orders().repNames().isEmpty()
                    ? read.orders().orders().stream().map(o -> o.repId()).distinct().count()
                    : read.orders().repNames().size(), read.name(), read.quotas().size());
        });
    }

    /** Stores the shown analysis as a reps run; the notice says under which id. */
    public void save() {
        SalesTeamResult r = result.get();
        SalesSource.Data read = analysed;
        Database db = session.database();
        if (r == null || read == null || db == null) {
            return;
        }
        Instant started = analysedAt == null ? Instant.now() : analysedAt;
        jobs.job("sales.ws.job.save", progress -> new SalesTeamWorkflow(db).save(r, read.orders(), started))
                .onSuccess(stored -> {
                    savedRun.set(stored.id());
                    notice.set(Notice.info("sales.ws.notice.saved", stored.id()));
                })
                .onFailure(error -> notice.set(Notice.error("sales.ws.notice.saveFailed",
                        ProblemText.of(error, messages.get()))))
                .start();
    }

    /** Writes a file (a chart export) in the background. */
    @FunctionalInterface
    public interface FileWork {
        void write(java.nio.file.Path file) throws Exception;
    }

    /** Runs {@code work} (a chart export) as a job and says where the file went. */
    public void export(java.nio.file.Path file, FileWork work) {
        jobs.job("sales.ws.job.export", progress -> {
            work.write(file);
            return file;
        }).nameArgs(file.getFileName()).onSuccess(f -> notice.set(Notice.info("sales.ws.notice.exported", f)))
                .onFailure(error -> notice.set(Notice.error("sales.ws.notice.exportFailed",
                        ProblemText.of(error, messages.get()))))
                .start();
    }

    // ----- properties -----

    public SalesSettingsForm form() {
        return form;
    }

    public SalesSource source() {
        return source;
    }

    public ReadOnlyObjectProperty<SalesTeamResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public BooleanBinding hasResultProperty() {
        return hasResult;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyObjectProperty<SalesDrawing> drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataTextProperty() {
        return dataText.getReadOnlyProperty();
    }

    /** Reps, observations, the model's spread between reps. */
    public ReadOnlyStringProperty summaryTextProperty() {
        return summaryText.getReadOnlyProperty();
    }

    /** The rank-shift sentences above the league table. */
    public ReadOnlyStringProperty shiftTextProperty() {
        return shiftText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty savedRunProperty() {
        return savedRun.getReadOnlyProperty();
    }

    /** The outcome of the analysis shown (how its raw figure reads); the form's while none is shown. */
    public OutcomeOption shownOutcome() {
        SalesTeamResult r = result.get();
        return r == null ? form.outcomeProperty().get() : OutcomeOption.of(r.settings().outcome());
    }

    /** Region and period filters, the chosen rep and the two compared. */
    public RepFocus focus() {
        return focus;
    }
}
