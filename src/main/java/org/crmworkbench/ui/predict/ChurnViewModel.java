package org.crmworkbench.ui.predict;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.analysis.predict.ClassificationResult;
import org.crmworkbench.analysis.predict.ClassificationSettings;
import org.crmworkbench.analysis.predict.ClassifierModel;
import org.crmworkbench.analysis.predict.ClassifierScore;
import org.crmworkbench.analysis.predict.ChurnStudy;
import org.crmworkbench.analysis.predict.ConfusionMatrix;
import org.crmworkbench.analysis.predict.Evaluation;
import org.crmworkbench.analysis.predict.PredictorData;
import org.crmworkbench.analysis.predict.ScoreFactor;
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
import org.crmworkbench.work.Progress;

/**
 * The Churn tab: fits the chosen classifier in the background, scores the current customers, and recomputes the
 * confusion matrix at once when the threshold moves (no job: it is a count over the held-out rows). FX thread only.
 */
public final class ChurnViewModel extends TabState {
    static final String FIT_KEY = "predict.churn.fit";
    static final String COMPARE_KEY = "predict.churn.compare";
    /** Customers listed as most at risk. */
    public static final int AT_RISK = 100;
    static final int FACTORS = 3;

    private final ChurnForm form = new ChurnForm();
    private final PredictorChoices choices = new PredictorChoices(PredictorChoices::binary);
    private final ReadOnlyObjectWrapper<ClassificationResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", 0.5);
    private final ReadOnlyObjectWrapper<ConfusionMatrix> confusion = new ReadOnlyObjectWrapper<>(this, "confusion");
    private final ObservableList<RiskRow> atRisk = FXCollections.observableArrayList();
    private final ObservableList<ClassifierScore> comparison = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper best = new ReadOnlyIntegerWrapper(this, "best", -1);
    private double[] currentScores;

    ChurnViewModel(DataSession session, JobRunner jobs, Supplier<Messages> messages) {
        super(session, jobs, messages);
        threshold.addListener((o, a, b) -> updateConfusion());
    }

    @Override
    void use(CustomerHistory loaded) {
        history = loaded;
        String target = choices.offer(loaded, form.targetProperty().get());
        form.targetProperty().set(target);
        result.set(null);
        confusion.set(null);
        atRisk.clear();
        comparison.clear();
        best.set(-1);
        if (target != null) {
            fit();
        }
    }

    private PredictorData prepare(CustomerHistory source) {
        String target = form.targetProperty().get();
        return PredictorData.prepare(source.atCutoff().table(), target, choices.chosen(target));
    }

    private record Fitted(ClassificationResult result, double[] scores, List<RiskRow> atRisk) {
    }

    /** Fits the form's classifier and scores the current customers in the background. */
    public void fit() {
        if (history == null) {
            return;
        }
        ClassificationSettings settings;
        Evaluation evaluation;
        try {
            settings = form.settings();
            evaluation = form.evaluation().evaluation();
        } catch (BadParameterException e) {
            failed("predict.notice.fitFailed", e);
            return;
        }
        CustomerHistory source = history;
        run("job.predict.fitChurn", FIT_KEY, fitting, "predict.notice.fitFailed", source, progress -> {
            ClassificationResult r = new ChurnStudy(prepare(source), evaluation).fit(settings, progress);
            double[] scores = scoreCurrent(r, source);
            return new Fitted(r, scores, mostAtRisk(r, source, scores, progress));
        }, this::show, () -> {
            result.set(null);
            confusion.set(null);
            atRisk.clear();
        }, messages.get().get("predict.ui.classifier." + settings.model().key()));
    }

    private void show(Fitted f) {
        currentScores = f.scores();
        result.set(f.result());
        atRisk.setAll(f.atRisk());
        savedRun.set(0);
        notice.set(f.result().data().droppedRows() > 0
                ? Notice.info("predict.notice.dropped", f.result().data().droppedRows()) : null);
        if (threshold.get() == f.result().threshold()) {
            updateConfusion();
        } else {
            threshold.set(f.result().threshold());
        }
    }

    static double[] scoreCurrent(ClassificationResult r, CustomerHistory h) {
        return r.model().score(r.data().encoding().encode(h.current().table()));
    }

    static List<RiskRow> mostAtRisk(ClassificationResult r, CustomerHistory h, double[] scores, Progress progress) {
        double[][] rows = r.data().encoding().encode(h.current().table());
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]));
        List<RiskRow> out = new ArrayList<>();
        List<String> ids = h.current().table().rowIds();
        for (int k = 0; k < Math.min(AT_RISK, order.length); k++) {
            progress.checkCancelled();
            int i = order[k];
            List<ScoreFactor> factors = r.model().factors(rows[i], FACTORS);
            out.add(new RiskRow(k + 1, ids.get(i), scores[i], factors));
        }
        return out;
    }

    private void updateConfusion() {
        ClassificationResult r = result.get();
        confusion.set(r == null ? null : r.confusion(threshold.get()));
    }

    /** Scores the three classifiers with the form's balance, knobs and evaluation. */
    public void compare() {
        if (history == null) {
            return;
        }
        List<ClassificationSettings> all = new ArrayList<>();
        Evaluation evaluation;
        try {
            ClassificationSettings knobs = form.settings();
            for (ClassifierModel m : ClassifierModel.values()) {
                all.add(new ClassificationSettings(m, knobs.balance(), knobs.lambda(), knobs.trees()));
            }
            evaluation = form.evaluation().evaluation();
        } catch (BadParameterException e) {
            failed("predict.notice.compareFailed", e);
            return;
        }
        CustomerHistory source = history;
        run("job.predict.compareChurn", COMPARE_KEY, comparing, "predict.notice.compareFailed", source,
                progress -> new ChurnStudy(prepare(source), evaluation).compare(all, progress),
                scores -> {
                    comparison.setAll(scores);
                    best.set(bestIndex(scores));
                }, () -> { });
    }

    static int bestIndex(List<ClassifierScore> scores) {
        int best = -1;
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.size(); i++) {
            double v = Double.isFinite(scores.get(i).cvAuc()) ? scores.get(i).cvAuc() : scores.get(i).auc();
            if (v > highest) {
                highest = v;
                best = i;
            }
        }
        return best;
    }

    /** Saves every current customer's score as a classification run. */
    public void save() {
        ClassificationResult r = result.get();
        Database db = session.database();
        if (r == null || db == null || currentScores == null) {
            return;
        }
        CustomerHistory h = history;
        double cut = threshold.get();
        List<ClassifierScore> compared = List.copyOf(comparison);
        double[] scores = currentScores.clone();
        Instant started = Instant.now();
        output.save(db, () -> {
            PredictFiles files = new PredictFiles();
            return new PredictionRunRecord(0, PredictionRunRecord.CLASSIFICATION, r.settings().model().key(),
                    r.data().target(), r.data().encoding().features(), files.classificationParameters(r),
                    files.classificationMetrics(r, cut, compared), r.evaluation().seed(), h.cutoff(),
                    h.windowDays(), r.data().source(), started, AppVersion.current(), h.current().customerIds(),
                    scores);
        }, savedRun::set);
    }

    /** Writes every current customer's score, the call at the threshold and the top factors to a CSV file. */
    public void exportCsv(Path file) {
        ClassificationResult r = result.get();
        if (r == null || currentScores == null) {
            return;
        }
        CustomerHistory h = history;
        double[] scores = currentScores;
        double cut = threshold.get();
        output.write("job.predict.exportScores", file, target -> {
            double[][] rows = r.data().encoding().encode(h.current().table());
            List<List<ScoreFactor>> factors = new ArrayList<>();
            for (double[] row : rows) {
                factors.add(r.model().factors(row, FACTORS));
            }
            double[] actual = new double[scores.length];
            Arrays.fill(actual, Double.NaN);
            new PredictFiles().writeScores(target, h.current().table().rowIds(), scores, actual, cut, factors);
        });
    }

    /** Runs {@code work} (a chart export) as a job. */
    public void export(Path file, PredictOutput.FileWork work) {
        output.write("job.predict.exportChart", file, work);
    }

    public ChurnForm form() {
        return form;
    }

    public PredictorChoices choices() {
        return choices;
    }

    public ReadOnlyObjectProperty<ClassificationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The score at or above which a customer is called a churner; starts at the fit's suggestion. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** The held-out confusion matrix at the threshold. */
    public ReadOnlyObjectProperty<ConfusionMatrix> confusionProperty() {
        return confusion.getReadOnlyProperty();
    }

    public ObservableList<RiskRow> atRisk() {
        return atRisk;
    }

    public ObservableList<ClassifierScore> comparison() {
        return comparison;
    }

    public ReadOnlyIntegerProperty bestProperty() {
        return best.getReadOnlyProperty();
    }
}
