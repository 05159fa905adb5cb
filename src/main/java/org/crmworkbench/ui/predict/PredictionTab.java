package org.crmworkbench.ui.predict;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.analysis.predict.Coefficient;
import org.crmworkbench.analysis.predict.Evaluation;
import org.crmworkbench.analysis.predict.PredictorData;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.present.predict.PredictCharts;
import org.crmworkbench.present.predict.PredictionSummaries;
import org.crmworkbench.present.predict.TermLabels;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.jobs.JobBody;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.ui.segments.FeatureChoice;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
import org.crmworkbench.workflow.PredictionTask;
import org.crmworkbench.workflow.PredictionWorkflow;
import org.jfree.chart.JFreeChart;

/**
 * One Predict tab's state, the same for Spend and Churn: the history it works on, the form, the fitted model, the
 * comparison of every model with the best marked, a notice, whether a fit or comparison runs, the saved run's id.
 * Fitting, comparing and saving go through a {@link PredictionWorkflow} with the tab's {@link PredictionTask}; the
 * subclasses add what only their kind of model has. FX thread only.
 *
 * @param <S> settings of one model
 * @param <R> a fitted model with its evaluation
 * @param <C> one row of the model comparison
 */
public abstract class PredictionTab<S, R, C> {
    /** The job names, job keys and model label prefix of a tab. */
    record Keys(String fitJob, String fitKey, String compareJob, String compareKey, String modelLabel) {
    }

    /** A fit and what was computed from it in the same job: today's customers' values and, for churn, the riskiest. */
    record Fitted<R>(R result, double[] values, List<RiskRow> atRisk) {
    }

    final DataSession session;
    final JobRunner jobs;
    final Supplier<Messages> messages;
    final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    final ReadOnlyBooleanWrapper fitting = new ReadOnlyBooleanWrapper(this, "fitting");
    final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper(this, "comparing");
    final ReadOnlyLongWrapper savedRun = new ReadOnlyLongWrapper(this, "savedRun");
    final ReadOnlyObjectWrapper<R> result = new ReadOnlyObjectWrapper<>(this, "result");
    final ObservableList<C> comparison = FXCollections.observableArrayList();
    final ReadOnlyIntegerWrapper best = new ReadOnlyIntegerWrapper(this, "best", -1);
    final ObservableList<Coefficient> coefficients = FXCollections.observableArrayList();
    final PredictOutput output;
    private final PredictionTask<S, R, C> task;
    private final PredictionForm<S> form;
    private final PredictorChoices choices;
    private final Keys keys;
    CustomerHistory history;

    PredictionTab(DataSession session, JobRunner jobs, Supplier<Messages> messages, PredictionTask<S, R, C> task,
                  PredictionForm<S> form, PredictorChoices choices, Keys keys) {
        this.session = Objects.requireNonNull(session, "session");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.task = Objects.requireNonNull(task, "task");
        this.form = Objects.requireNonNull(form, "form");
        this.choices = Objects.requireNonNull(choices, "choices");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.output = new PredictOutput(jobs, messages, notice::set);
    }

    /** A new history arrived: offer its columns, drop old results and fit again. */
    void use(CustomerHistory loaded) {
        history = loaded;
        String target = choices.offer(loaded, form.targetProperty().get());
        form.targetProperty().set(target);
        cleared();
        comparison.clear();
        best.set(-1);
        if (target != null) {
            fit();
        }
    }

    /** Drops the fit and what was computed from it. */
    void cleared() {
        result.set(null);
        coefficients.clear();
    }


    /** What the fit job computes after fitting (in the job): by default nothing. */
    Fitted<R> fitted(R fitted, CustomerHistory source, Progress progress) {
        return new Fitted<>(fitted, null, List.of());
    }

    /** Shows a new fit; subclasses add what they computed with it. */
    void show(Fitted<R> f) {
        coefficients.setAll(task.coefficientsOf().apply(f.result()));
        result.set(f.result());
        savedRun.set(0);
        PredictorData data = task.dataOf().apply(f.result());
        notice.set(data.droppedRows() > 0 ? Notice.info("predict.notice.dropped", data.droppedRows()) : null);
    }

    /** The threshold that calls a score positive, for the saved metrics; NaN for a regression. */
    double threshold() {
        return Double.NaN;
    }

    /**
     * Every current customer's value under {@code r}, for saving: called on the FX thread when Save is pressed, so
     * it takes whatever it needs of the view model's state then; the supplier runs in the save job.
     */
    abstract Supplier<double[]> currentValues(R r, CustomerHistory h);

    private PredictorData prepare(CustomerHistory source) {
        String target = form.targetProperty().get();
        return PredictorData.prepare(source.atCutoff().table(), target, choices.chosen(target));
    }

    /** Fits the form's model in the background; a bad setting or data problem becomes a notice. */
    public void fit() {
        if (history == null) {
            return;
        }
        S settings;
        PredictionWorkflow<S, R, C> workflow;
        try {
            settings = form.settings();
            workflow = new PredictionWorkflow<>(task, form.evaluation().evaluation());
        } catch (BadParameterException e) {
            failed("predict.notice.fitFailed", e);
            return;
        }
        CustomerHistory source = history;
        run(keys.fitJob(), keys.fitKey(), fitting, "predict.notice.fitFailed", source,
                progress -> fitted(workflow.fit(prepare(source), settings, progress), source, progress),
                this::show, this::cleared, messages.get().get(keys.modelLabel() + task.modelKey().apply(settings)));
    }

    /** Scores every model of the task with the form's knobs and evaluation, filling {@link #comparison()}. */
    public void compare() {
        if (history == null) {
            return;
        }
        S knobs;
        PredictionWorkflow<S, R, C> workflow;
        try {
            knobs = form.settings();
            Evaluation evaluation = form.evaluation().evaluation();
            task.every().apply(knobs);
            workflow = new PredictionWorkflow<>(task, evaluation);
        } catch (BadParameterException e) {
            failed("predict.notice.compareFailed", e);
            return;
        }
        CustomerHistory source = history;
        run(keys.compareJob(), keys.compareKey(), comparing, "predict.notice.compareFailed", source,
                progress -> workflow.compare(prepare(source), knobs, progress),
                scores -> {
                    comparison.setAll(scores);
                    best.set(task.best(scores));
                }, () -> { });
    }

    /** Saves every current customer's value as a prediction run. */
    public void save() {
        R r = result.get();
        Database db = session.database();
        if (r == null || db == null) {
            return;
        }
        CustomerHistory h = history;
        List<C> compared = List.copyOf(comparison);
        double cut = threshold();
        Instant started = Instant.now();
        PredictionWorkflow<S, R, C> workflow = new PredictionWorkflow<>(task, task.evaluationOf().apply(r));
        Supplier<double[]> values = currentValues(r, h);
        output.save(db, () -> workflow.run(r, h, workflow.metrics(r, cut, compared), values.get(), started),
                workflow, savedRun::set);
    }

    /** The name the CSV export proposes. */
    public abstract String csvName();

    /** Writes every current customer's value to a CSV file in the background. */
    public abstract void exportCsv(Path file);

    /** The metrics line: the fit's figures, or what is happening while there is none. */
    public String metricsText(Messages m) {
        R r = result.get();
        PredictionSummaries texts = new PredictionSummaries(m);
        return r == null ? texts.noFit(fitting.get()) : metricsOf(r, texts);
    }

    /** The metrics line of fit {@code r}. */
    abstract String metricsOf(R r, PredictionSummaries texts);

    /** The fit's chart {@code name}; null without a fit, or when the fit has nothing to draw there. */
    public abstract JFreeChart chart(String name, Messages m);

    /** The comparison chart; null before a comparison. */
    public JFreeChart comparisonChart(Messages m) {
        return comparison.isEmpty() ? null : task.comparisonChart().apply(new PredictCharts(m), comparison);
    }

    /** Runs {@code work} (a chart export) as a job. */
    public void export(Path file, PredictOutput.FileWork work) {
        output.write("job.predict.exportChart", file, work);
    }

    /**
     * Runs {@code body} on {@code source} as the job {@code jobKey}, replacing an earlier one under {@code replacing},
     * with {@code flag} set while it runs. {@code apply} gets the result only if the history is still
     * {@code source}; on failure {@code cleared} runs and the notice {@code failureKey} says why.
     */
    <T> void run(String jobKey, String replacing, ReadOnlyBooleanWrapper flag, String failureKey,
                 CustomerHistory source, JobBody<T> body, Consumer<T> apply, Runnable cleared, Object... nameArgs) {
        flag.set(true);
        jobs.job(jobKey, body).nameArgs(nameArgs).replacing(replacing)
                .onSuccess(value -> {
                    flag.set(false);
                    if (source == history) {
                        apply.accept(value);
                    }
                })
                .onFailure(error -> {
                    flag.set(false);
                    cleared.run();
                    failed(failureKey, error);
                })
                .onCancelled(() -> flag.set(false))
                .start();
    }

    void failed(String key, Throwable error) {
        notice.set(Notice.error(key, PredictErrors.text(error, messages.get())));
    }

    /** The text of model {@code key} in the form's model list. */
    public String modelText(String key, Messages m) {
        return m.get(keys.modelLabel() + key);
    }

    /** A column's name as the analyst reads it. */
    public String columnText(String column, Messages m) {
        return column == null ? "" : new TermLabels(m).label(column);
    }

    /** A feature in the feature list: its name, marked when it is a category. */
    public String featureText(FeatureChoice choice, Messages m) {
        return choice == null ? "" : columnText(choice.name(), m) + (choice.isCategory() ? " "
                + m.get("predict.settings.category") : "");
    }

    /** The rows of the fit's coefficient table. */
    public ObservableList<Coefficient> coefficients() {
        return coefficients;
    }

    /** The customer history the tab works on, or null before it is read. */
    public CustomerHistory history() {
        return history;
    }

    public PredictionForm<S> settingsForm() {
        return form;
    }

    public PredictorChoices choices() {
        return choices;
    }

    public ReadOnlyObjectProperty<R> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<C> comparison() {
        return comparison;
    }

    /** Index in {@link #comparison()} of the best model, or -1. */
    public ReadOnlyIntegerProperty bestProperty() {
        return best.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fittingProperty() {
        return fitting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty comparingProperty() {
        return comparing.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty savedRunProperty() {
        return savedRun.getReadOnlyProperty();
    }
}
