package org.crmworkbench.ui.feedback;

import java.nio.file.Path;
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
import org.crmworkbench.analysis.text.FeedbackFilter;
import org.crmworkbench.analysis.text.FeedbackResult;
import org.crmworkbench.analysis.text.FeedbackSettings;
import org.crmworkbench.analysis.text.LanguageChoice;
import org.crmworkbench.analysis.text.ScoredFeedback;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.FeedbackRunRecord;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.common.Debounce;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.common.ProblemText;
import org.crmworkbench.ui.jobs.Job;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.work.BadParameterException;

/**
 * The Feedback workspace's state. Texts read by the {@link FeedbackSource} are scored once and summarised; a change
 * of the language setting (or other texts) scores again, a change of any other setting or of a filter only
 * summarises the scored texts again. Both run in the background once the choices rest (debounced), the newest run
 * replacing and cancelling the one before. FX thread only.
 */
public final class FeedbackViewModel {
    static final String RUN_KEY = "feedback.run";

    /** Texts scored with one language choice. */
    private record Scored(FeedbackSource.Data data, LanguageChoice choice, List<ScoredFeedback> texts) {
    }

    /** What a run job brings back. */
    private record Analysed(Scored scored, FeedbackResult result, FeedbackRunRecord run) {
    }

    private final DataSession session;
    private final JobRunner jobs;
    private final Debounce debounce;
    private final Supplier<Messages> messages;
    private final FeedbackSteps steps;
    private final FeedbackSettingsForm form = new FeedbackSettingsForm();
    private final FeedbackFilters filters = new FeedbackFilters();
    private final ResultFocus focus = new ResultFocus();
    private final FeedbackSource source;

    private final ReadOnlyObjectWrapper<FeedbackResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<FeedbackDrawing> drawing = new ReadOnlyObjectWrapper<>(this, "drawing");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyStringWrapper dataText = new ReadOnlyStringWrapper(this, "dataText", "");
    private final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper(this, "summaryText", "");
    private final ReadOnlyStringWrapper priorityText = new ReadOnlyStringWrapper(this, "priorityText", "");
    private final ReadOnlyStringWrapper detailText = new ReadOnlyStringWrapper(this, "detailText", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyLongWrapper savedRun = new ReadOnlyLongWrapper(this, "savedRun");
    private final BooleanBinding hasResult = result.isNotNull();
    private final BooleanBinding canSave;
    private Scored scored;
    private Job runningJob;
    /** How many scoring passes have run (for tests: filters must not rescore). */
    private int scorings;

    public FeedbackViewModel(DataSession session, JobRunner jobs, Debounce debounce, Supplier<Messages> messages) {
        this(session, jobs, debounce, messages, FeedbackSteps.workflow());
    }

    FeedbackViewModel(DataSession session, JobRunner jobs, Debounce debounce, Supplier<Messages> messages,
                      FeedbackSteps steps) {
        this.session = Objects.requireNonNull(session, "session");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.debounce = Objects.requireNonNull(debounce, "debounce");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.steps = Objects.requireNonNull(steps, "steps");
        this.source = new FeedbackSource(session, jobs, steps, messages, notice::set);
        this.canSave = drawing.isNotNull().and(session.databaseProperty().isNotNull());
        source.dataProperty().addListener((o, a, b) -> dataRead(b));
        InvalidationListener describe = o -> describeData();
        source.dataProperty().addListener(describe);
        source.phaseProperty().addListener(describe);
        source.kindProperty().addListener(describe);
        InvalidationListener changed = o -> {
            if (source.dataProperty().get() != null && !filters.offering()) {
                debounce.restart(this::run);
            }
        };
        form.all().forEach(v -> v.addListener(changed));
        filters.all().forEach(v -> v.addListener(changed));
        focus.chosenProperty().addListener(o -> describeChosen());
        source.read();
        relabel();
    }

    private void dataRead(FeedbackSource.Data read) {
        if (read == null) {
            cancel();
            scored = null;
            filters.offer(List.of());
            show(null, null);
            return;
        }
        run();
    }

    /** The settings as they stand, or null (with a notice) when one of them is not acceptable. */
    public FeedbackSettings currentSettings() {
        try {
            return form.settings();
        } catch (BadParameterException e) {
            notice.set(Notice.error("feedback.ws.notice.badSetting", ProblemText.of(e, messages.get())));
            return null;
        }
    }

    /**
     * Scores the texts (when they or the language choice changed since the last scoring) and summarises them under
     * the filters, in the background; the newest run wins.
     */
    public void run() {
        FeedbackSource.Data read = source.dataProperty().get();
        if (read == null) {
            return;
        }
        FeedbackSettings settings = currentSettings();
        if (settings == null) {
            return;
        }
        FeedbackFilter filter = filters.filter();
        Scored have = scored;
        boolean rescore = have == null || have.data() != read || have.choice() != settings.language();
        String dataSource = read.name().isEmpty() ? dataSourceOfStore() : read.name();
        Instant started = Instant.now();
        running.set(true);
        runningJob = jobs.job(rescore ? "feedback.ws.job.score" : "feedback.ws.job.summarise", progress -> {
                    Scored s = rescore
                            ? new Scored(read, settings.language(), steps.score(read.texts(), settings.language(),
                            progress))
                            : have;
                    progress.checkCancelled();
                    FeedbackResult r = steps.summarise(s.texts(), rescore ? FeedbackFilter.ALL : filter, settings,
                            progress);
                    progress.checkCancelled();
                    return new Analysed(s, r, steps.record(r, dataSource, started));
                })
                .nameArgs(rescore ? read.texts().size() : have.texts().size())
                .replacing(RUN_KEY)
                .onSuccess(a -> {
                    running.set(false);
                    if (read != source.dataProperty().get()) {
                        return; // other texts were read meanwhile
                    }
                    if (rescore) {
                        scorings++;
                        scored = a.scored();
                        filters.offer(a.scored().texts());
                        if (!filters.filter().isAll()) {
                            show(a.result(), a.run());
                            run(); // the kept filters apply to the newly scored texts
                            return;
                        }
                    }
                    notice.set(null);
                    show(a.result(), a.run());
                })
                .onFailure(error -> {
                    running.set(false);
                    show(null, null);
                    notice.set(Notice.error("feedback.ws.notice.runFailed", ProblemText.of(error, messages.get())));
                })
                .onCancelled(() -> running.set(false))
                .start();
    }

    private String dataSourceOfStore() {
        Database db = session.database();
        return db == null ? "database" : db.description();
    }

    /** Says that a chart could not be drawn (the rest of the view stands). */
    void chartFailed(Throwable error) {
        notice.set(Notice.error("feedback.ws.notice.chartFailed", ProblemText.of(error, messages.get())));
    }

    /** Stops the run under way, if any. */
    public void cancel() {
        if (runningJob != null && running.get()) {
            runningJob.cancel();
        }
    }

    private void show(FeedbackResult r, FeedbackRunRecord run) {
        result.set(r);
        savedRun.set(0);
        focus.show(r, messages.get().get("feedback.ws.filter.allLanguages"), new FeedbackWords(messages.get()));
        drawing.set(r == null || run == null ? null : new FeedbackDrawing(run, messages.get(), steps::charts));
        redraw();
    }

    /** Builds the words and charts again in the current language (after the language changed). */
    void relabel() {
        describeData();
        redraw();
    }

    private void redraw() {
        FeedbackDrawing shown = drawing.get();
        if (shown != null) {
            drawing.set(shown.in(messages.get()));
        }
        FeedbackResult r = result.get();
        summaryText.set(r == null ? "" : new FeedbackWords(messages.get()).summary(r,
                scored == null ? r.texts().size() : scored.texts().size()));
        priorityText.set(r == null ? "" : messages.get().get("feedback.ws.priorityHint", r.settings().topSpenders(),
                r.settings().atRiskDays(), r.priority().size()));
        describeChosen();
    }

    private void describeChosen() {
        FeedbackRows.TextRow chosen = focus.chosenProperty().get();
        detailText.set(chosen == null ? "" : new FeedbackWords(messages.get()).details(chosen.feedback()));
    }

    /** The data line: waiting, reading, failed, or what the texts are. */
    private void describeData() {
        Messages m = messages.get();
        FeedbackSource.Data read = source.dataProperty().get();
        FeedbackSource.Kind kind = source.kindProperty().get();
        dataText.set(switch (source.phaseProperty().get()) {
            case WAITING_FOR_DATA -> m.get(kind == FeedbackSource.Kind.FILE ? "feedback.ws.data.chooseFile"
                    : session.database() == null ? "feedback.ws.data.noDatabase" : "feedback.ws.data.waiting");
            case READING -> m.get("feedback.ws.data.reading");
            case FAILED -> m.get("feedback.ws.data.failed");
            case READY -> read == null ? "" : read.name().isEmpty()
                    ? m.get("feedback.ws.data.stored", read.texts().size())
                    : m.get("feedback.ws.data.file", read.texts().size(), read.name());
        });
    }

    /** Stores the shown result as a feedback run; the notice says under which id. */
    public void save() {
        FeedbackDrawing shown = drawing.get();
        Database db = session.database();
        if (shown == null || db == null) {
            return;
        }
        FeedbackRunRecord run = shown.run();
        jobs.job("feedback.ws.job.save", progress -> steps.save(db, run))
                .onSuccess(stored -> {
                    savedRun.set(stored.id());
                    notice.set(Notice.info("feedback.ws.notice.saved", stored.id()));
                })
                .onFailure(error -> notice.set(Notice.error("feedback.ws.notice.saveFailed",
                        ProblemText.of(error, messages.get()))))
                .start();
    }

    /** Writes a file (a chart export) in the background. */
    @FunctionalInterface
    public interface FileWork {
        void write(Path file) throws Exception;
    }

    /** Runs {@code work} (a chart export) as a job and says where the file went. */
    public void export(Path file, FileWork work) {
        jobs.job("feedback.ws.job.export", progress -> {
            work.write(file);
            return file;
        }).nameArgs(file.getFileName()).onSuccess(f -> notice.set(Notice.info("feedback.ws.notice.exported", f)))
                .onFailure(error -> notice.set(Notice.error("feedback.ws.notice.exportFailed",
                        ProblemText.of(error, messages.get()))))
                .start();
    }

    // ----- properties -----

    public FeedbackSettingsForm form() {
        return form;
    }

    public FeedbackSource source() {
        return source;
    }

    public FeedbackFilters filters() {
        return filters;
    }

    /** The breakdown dimension, keyword group and chosen text. */
    public ResultFocus focus() {
        return focus;
    }

    public ReadOnlyObjectProperty<FeedbackResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public BooleanBinding hasResultProperty() {
        return hasResult;
    }

    public ReadOnlyObjectProperty<FeedbackDrawing> drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataTextProperty() {
        return dataText.getReadOnlyProperty();
    }

    /** Texts, label shares, mean score and time span of the shown result. */
    public ReadOnlyStringProperty summaryTextProperty() {
        return summaryText.getReadOnlyProperty();
    }

    /** Who is on the read-first list, and how many texts it holds. */
    public ReadOnlyStringProperty priorityTextProperty() {
        return priorityText.getReadOnlyProperty();
    }

    /** The chosen text's particulars and aspects. */
    public ReadOnlyStringProperty detailTextProperty() {
        return detailText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty savedRunProperty() {
        return savedRun.getReadOnlyProperty();
    }

    /** How many times texts were scored (a filter or a summary setting must not add one). */
    int scorings() {
        return scorings;
    }
}
