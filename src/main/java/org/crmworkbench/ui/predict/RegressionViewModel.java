package org.crmworkbench.ui.predict;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.analysis.predict.Evaluation;
import org.crmworkbench.analysis.predict.ModelScore;
import org.crmworkbench.analysis.predict.PredictorData;
import org.crmworkbench.analysis.predict.RegressionModel;
import org.crmworkbench.analysis.predict.RegressionResult;
import org.crmworkbench.analysis.predict.RegressionSettings;
import org.crmworkbench.analysis.predict.RegressionStudy;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.model.PredictionRunRecord;
import org.crmworkbench.present.predict.PredictFiles;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.work.BadParameterException;

/**
 * The Spend tab: fits the chosen regression in the background, compares all seven models, saves and exports the
 * fitted model's expected next-window value for every current customer. FX thread only.
 */
public final class RegressionViewModel extends TabState {
    static final String FIT_KEY = "predict.regression.fit";
    static final String COMPARE_KEY = "predict.regression.compare";

    private final RegressionForm form = new RegressionForm();
    private final PredictorChoices choices = new PredictorChoices(PredictorChoices::any);
    private final ReadOnlyObjectWrapper<RegressionResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<ModelScore> comparison = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper best = new ReadOnlyIntegerWrapper(this, "best", -1);

    RegressionViewModel(DataSession session, JobRunner jobs, Supplier<Messages> messages) {
        super(session, jobs, messages);
    }

    @Override
    void use(CustomerHistory loaded) {
        history = loaded;
        String target = choices.offer(loaded, form.targetProperty().get());
        form.targetProperty().set(target);
        result.set(null);
        comparison.clear();
        best.set(-1);
        if (target != null) {
            fit();
        }
    }

    /** Fits the form's model in the background; a bad setting or data problem becomes a notice. */
    public void fit() {
        if (history == null) {
            return;
        }
        RegressionSettings settings;
        Evaluation evaluation;
        try {
            settings = form.settings();
            evaluation = form.evaluation().evaluation();
        } catch (BadParameterException e) {
            failed("predict.notice.fitFailed", e);
            return;
        }
        CustomerHistory source = history;
        run("job.predict.fit", FIT_KEY, fitting, "predict.notice.fitFailed", source,
                progress -> new RegressionStudy(prepare(source), evaluation).fit(settings, progress),
                r -> {
                    result.set(r);
                    savedRun.set(0);
                    notice.set(r.data().droppedRows() > 0
                            ? Notice.info("predict.notice.dropped", r.data().droppedRows()) : null);
                },
                () -> result.set(null), messages.get().get("predict.ui.model." + settings.model().key()));
    }

    private PredictorData prepare(CustomerHistory source) {
        String target = form.targetProperty().get();
        return PredictorData.prepare(source.atCutoff().table(), target, choices.chosen(target));
    }

    /** Scores all seven models with the form's knobs and evaluation, filling {@link #comparison()}. */
    public void compare() {
        if (history == null) {
            return;
        }
        List<RegressionSettings> all = new ArrayList<>();
        Evaluation evaluation;
        try {
            RegressionSettings knobs = form.settings();
            for (RegressionModel m : RegressionModel.values()) {
                all.add(new RegressionSettings(m, knobs.degree(), knobs.lambda(), knobs.trees()));
            }
            evaluation = form.evaluation().evaluation();
        } catch (BadParameterException e) {
            failed("predict.notice.compareFailed", e);
            return;
        }
        CustomerHistory source = history;
        run("job.predict.compare", COMPARE_KEY, comparing, "predict.notice.compareFailed", source,
                progress -> new RegressionStudy(prepare(source), evaluation).compare(all, progress),
                scores -> {
                    comparison.setAll(scores);
                    best.set(bestIndex(scores));
                }, () -> { });
    }

    /** The model with the lowest cross-validated RMSE (held-out RMSE without folds). */
    static int bestIndex(List<ModelScore> scores) {
        int best = -1;
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < scores.size(); i++) {
            double v = Double.isFinite(scores.get(i).cvRmse()) ? scores.get(i).cvRmse() : scores.get(i).test().rmse();
            if (v < lowest) {
                lowest = v;
                best = i;
            }
        }
        return best;
    }

    /** The fitted model's prediction for every current customer of {@code h} (the next window), in customer order. */
    static double[] predictCurrent(RegressionResult r, CustomerHistory h) {
        return r.model().predict(r.data().encoding().encode(h.current().table()));
    }

    /** Saves the predictions for the current customers as a prediction run. */
    public void save() {
        RegressionResult r = result.get();
        Database db = session.database();
        if (r == null || db == null) {
            return;
        }
        CustomerHistory h = history;
        List<ModelScore> compared = List.copyOf(comparison);
        Instant started = Instant.now();
        output.save(db, () -> {
            PredictFiles files = new PredictFiles();
            return new PredictionRunRecord(0, PredictionRunRecord.REGRESSION, r.settings().model().key(),
                    r.data().target(), r.data().encoding().features(), files.regressionParameters(r),
                    files.regressionMetrics(r, compared), r.evaluation().seed(), h.cutoff(), h.windowDays(),
                    r.data().source(), started, AppVersion.current(), h.current().customerIds(),
                    predictCurrent(r, h));
        }, savedRun::set);
    }

    /** Writes every current customer's predicted value to a CSV file. */
    public void exportCsv(Path file) {
        RegressionResult r = result.get();
        if (r == null) {
            return;
        }
        CustomerHistory h = history;
        output.write("job.predict.exportPredictions", file, target -> new PredictFiles().writePredictions(target,
                h.current().table().rowIds(), "predicted_" + r.data().target(), predictCurrent(r, h)));
    }

    /** Runs {@code work} (a chart export) as a job. */
    public void export(Path file, PredictOutput.FileWork work) {
        output.write("job.predict.exportChart", file, work);
    }

    public RegressionForm form() {
        return form;
    }

    public PredictorChoices choices() {
        return choices;
    }

    public ReadOnlyObjectProperty<RegressionResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<ModelScore> comparison() {
        return comparison;
    }

    /** Index in {@link #comparison()} of the best model, or -1. */
    public ReadOnlyIntegerProperty bestProperty() {
        return best.getReadOnlyProperty();
    }
}
