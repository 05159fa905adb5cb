package org.crmworkbench.ui.predict;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.crmworkbench.analysis.predict.ModelScore;
import org.crmworkbench.analysis.predict.RegressionResult;
import org.crmworkbench.analysis.predict.RegressionSettings;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.present.predict.PredictCharts;
import org.crmworkbench.present.predict.PredictFiles;
import org.crmworkbench.present.predict.PredictionSummaries;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.jobs.JobRunner;
import org.crmworkbench.workflow.PredictionTask;
import org.jfree.chart.JFreeChart;

/**
 * The Spend tab: fits the chosen regression in the background, compares all seven models, saves and exports the
 * fitted model's expected next-window value for every current customer. FX thread only.
 */
public final class RegressionViewModel extends PredictionTab<RegressionSettings, RegressionResult, ModelScore> {
    static final String FIT_KEY = "predict.regression.fit";
    static final String COMPARE_KEY = "predict.regression.compare";

    private final RegressionForm form;

    RegressionViewModel(DataSession session, JobRunner jobs, Supplier<Messages> messages) {
        this(session, jobs, messages, new RegressionForm());
    }

    private RegressionViewModel(DataSession session, JobRunner jobs, Supplier<Messages> messages,
                                RegressionForm form) {
        super(session, jobs, messages, PredictionTask.regression(), form, new PredictorChoices(PredictorChoices::any),
                new Keys("job.predict.fit", FIT_KEY, "job.predict.compare", COMPARE_KEY, "predict.ui.model."));
        this.form = form;
    }

    /** The fitted model's prediction for every current customer of {@code h} (the next window), in customer order. */
    static double[] predictCurrent(RegressionResult r, CustomerHistory h) {
        return r.model().predict(r.data().encoding().encode(h.current().table()));
    }

    @Override
    Supplier<double[]> currentValues(RegressionResult r, CustomerHistory h) {
        return () -> predictCurrent(r, h);
    }

    /** Writes every current customer's predicted value to a CSV file. */
    @Override
    public String csvName() {
        return "predictions.csv";
    }

    @Override
    public void exportCsv(Path file) {
        RegressionResult r = result.get();
        if (r == null) {
            return;
        }
        CustomerHistory h = history;
        output.write("job.predict.exportPredictions", file, target -> new PredictFiles().writePredictions(target,
                h.current().table().rowIds(), "predicted_" + r.data().target(), predictCurrent(r, h)));
    }

    public RegressionForm form() {
        return form;
    }

    @Override
    String metricsOf(RegressionResult r, PredictionSummaries texts) {
        return texts.regressionMetrics(r);
    }

    /** The text under the coefficient table; empty without a fit. */
    public String summaryText(Messages m) {
        RegressionResult r = result.get();
        return r == null ? "" : new PredictionSummaries(m).regressionSummary(r);
    }

    /** The fit's charts by name (actual-vs-predicted, residuals, coefficients); null without a fit or data. */
    @Override
    public JFreeChart chart(String name, Messages m) {
        RegressionResult r = result.get();
        if (r == null) {
            return null;
        }
        PredictCharts charts = new PredictCharts(m);
        return switch (name) {
            case "actual-vs-predicted" -> charts.actualVsPredicted(r);
            case "residuals" -> charts.residuals(r);
            case "coefficients" -> r.importance().isEmpty() ? null : charts.coefficients(r);
            default -> throw new IllegalArgumentException("no chart " + name);
        };
    }

}
