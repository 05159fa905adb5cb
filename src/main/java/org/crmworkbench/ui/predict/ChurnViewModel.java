package org.crmworkbench.ui.predict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crmworkbench.analysis.predict.ClassificationResult;
import org.crmworkbench.analysis.predict.ClassificationSettings;
import org.crmworkbench.analysis.predict.ClassifierScore;
import org.crmworkbench.analysis.predict.ConfusionMatrix;
import org.crmworkbench.analysis.predict.ScoreFactor;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.present.predict.PredictCharts;
import org.crmworkbench.present.predict.PredictFiles;
import org.crmworkbench.present.predict.PredictionSummaries;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.work.DoubleRange;
import org.crmworkbench.work.Progress;
import org.crmworkbench.workflow.PredictionTask;
import org.crmworkbench.workflow.PredictionWorkflow;
import org.jfree.chart.JFreeChart;

/**
 * The Churn tab: fits the chosen classifier in the background, scores the current customers, and recomputes the
 * confusion matrix at once when the threshold moves (no job: it is a count over the held-out rows). FX thread only.
 */
public final class ChurnViewModel
        extends PredictionTab<ClassificationSettings, ClassificationResult, ClassifierScore> {
    static final String FIT_KEY = "predict.churn.fit";
    static final String COMPARE_KEY = "predict.churn.compare";
    /** Customers listed as most at risk. */
    public static final int AT_RISK = 100;

    private final ChurnForm form;
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", 0.5);
    private final ReadOnlyObjectWrapper<ConfusionMatrix> confusion = new ReadOnlyObjectWrapper<>(this, "confusion");
    private final ObservableList<RiskRow> atRisk = FXCollections.observableArrayList();
    private double[] currentScores;

    ChurnViewModel(DataSession session, JobRunner jobs, Supplier<Messages> messages) {
        this(session, jobs, messages, new ChurnForm());
    }

    private ChurnViewModel(DataSession session, JobRunner jobs, Supplier<Messages> messages, ChurnForm form) {
        super(session, jobs, messages, PredictionTask.classification(), form, new PredictorChoices(PredictorChoices::binary),
                new Keys("job.predict.fitChurn", FIT_KEY, "job.predict.compareChurn", COMPARE_KEY,
                        "predict.ui.classifier."));
        this.form = form;
        threshold.addListener((o, a, b) -> updateConfusion());
    }

    @Override
    void cleared() {
        super.cleared();
        confusion.set(null);
        atRisk.clear();
    }

    @Override
    Fitted<ClassificationResult> fitted(ClassificationResult r, CustomerHistory source, Progress progress) {
        double[] scores = scoreCurrent(r, source);
        return new Fitted<>(r, scores, mostAtRisk(r, source, scores, progress));
    }

    @Override
    void show(Fitted<ClassificationResult> f) {
        currentScores = f.values();
        super.show(f);
        atRisk.setAll(f.atRisk());
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
            List<ScoreFactor> factors = r.model().factors(rows[i], PredictionWorkflow.FACTORS);
            out.add(new RiskRow(k + 1, ids.get(i), scores[i], factors));
        }
        return out;
    }

    private void updateConfusion() {
        ClassificationResult r = result.get();
        confusion.set(r == null ? null : r.confusion(threshold.get()));
    }

    @Override
    double threshold() {
        return threshold.get();
    }

    @Override
    Supplier<double[]> currentValues(ClassificationResult r, CustomerHistory h) {
        double[] shown = currentScores.clone(); // the scores on screen now, not those of a refit that lands later
        return () -> shown;
    }

    @Override
    public void save() {
        if (currentScores != null) {
            super.save();
        }
    }

    /** Writes every current customer's score, the call at the threshold and the top factors to a CSV file. */
    @Override
    public String csvName() {
        return "scores.csv";
    }

    @Override
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
            List<List<ScoreFactor>> factors = PredictionWorkflow.factors(r, rows, Progress.none());
            double[] actual = new double[scores.length];
            Arrays.fill(actual, Double.NaN);
            new PredictFiles().writeScores(target, h.current().table().rowIds(), scores, actual, cut, factors);
        });
    }

    public ChurnForm form() {
        return form;
    }

    /** The score at or above which a customer is called a churner; starts at the fit's suggestion. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** The values the threshold slider offers. */
    public DoubleRange thresholdRange() {
        return ClassificationSettings.THRESHOLD;
    }

    /** The held-out confusion matrix at the threshold. */
    public ReadOnlyObjectProperty<ConfusionMatrix> confusionProperty() {
        return confusion.getReadOnlyProperty();
    }

    public ObservableList<RiskRow> atRisk() {
        return atRisk;
    }

    @Override
    String metricsOf(ClassificationResult r, PredictionSummaries texts) {
        return texts.churnMetrics(r);
    }

    /** The threshold as its label shows it. */
    public String thresholdText(Messages m) {
        return new PredictionSummaries(m).threshold(threshold.get());
    }

    /**
     * The fit's charts by name (roc and precision-recall at the threshold, gains, importance); null without a fit
     * or without importance.
     */
    @Override
    public JFreeChart chart(String name, Messages m) {
        ClassificationResult r = result.get();
        if (r == null) {
            return null;
        }
        PredictCharts charts = new PredictCharts(m);
        return switch (name) {
            case "roc" -> charts.roc(r, threshold.get());
            case "precision-recall" -> charts.precisionRecall(r, threshold.get());
            case "gains" -> charts.gains(r);
            case "importance" -> r.importance().isEmpty() ? null : charts.importance(r);
            default -> throw new IllegalArgumentException("no chart " + name);
        };
    }

}
