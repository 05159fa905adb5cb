package org.crmworkbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.analysis.predict.Coefficient;
import org.crmworkbench.analysis.predict.FitMetrics;
import org.crmworkbench.analysis.predict.ModelScore;
import org.crmworkbench.analysis.predict.OlsSummary;
import org.crmworkbench.analysis.predict.RegressionModel;
import org.crmworkbench.analysis.predict.RegressionResult;
import org.crmworkbench.analysis.predict.RegressionSettings;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.present.predict.PredictFiles;
import org.crmworkbench.workflow.PredictionRows;
import org.crmworkbench.workflow.PredictionTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code workbench regress [--input FILE | --db PATH] --target COL [--features a,b,c] --model NAME ... --out DIR}:
 * fits a regression, evaluates it on a seeded hold-out and by cross-validation, predicts every row (or each
 * customer's next window) and writes coefficients, metrics, predictions and charts.
 */
@Command(name = "regress", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
final class RegressCommand extends PredictionCommand<RegressionSettings, RegressionResult, ModelScore> {

    @Option(names = "--model", paramLabel = "NAME", defaultValue = "ols", descriptionKey = "regress.model")
    String model;

    @Option(names = "--degree", paramLabel = "D", defaultValue = "2", descriptionKey = "regress.degree")
    int degree;

    @Option(names = "--lambda", paramLabel = "L", descriptionKey = "regress.lambda")
    Double lambda;

    @Override
    RegressionSettings settings() {
        return new RegressionSettings(RegressionModel.fromKey(model), degree, lambda == null ? Double.NaN : lambda,
                source.trees);
    }

    @Override
    PredictionTask<RegressionSettings, RegressionResult, ModelScore> task() {
        return PredictionTask.regression();
    }

    @Override
    String defaultTarget() {
        return CustomerHistory.NEXT_SPEND;
    }

    @Override
    List<String> write(PredictFiles files, Path dir, Outcome<RegressionResult, ModelScore> o, String metrics)
            throws IOException {
        files.writeCoefficients(dir.resolve("coefficients.csv"), o.result());
        files.writeJson(dir.resolve("metrics.json"), metrics);
        files.writePredictions(dir.resolve("predictions.csv"), ids(o.in()),
                "predicted_" + o.in().data().target(), o.values());
        return List.of("coefficients.csv", "metrics.json", "predictions.csv");
    }

    @Override
    void print(Messages m, PrintStream stdout, PredictionReport report, Outcome<RegressionResult, ModelScore> o) {
        PredictionRows in = o.in();
        printSummary(m, stdout, report, o.result());
        if (!o.comparison().isEmpty()) {
            stdout.println(m.get("cli.regress.compareHeader"));
            for (ModelScore s : o.comparison()) {
                FitMetrics t = s.test();
                stdout.println("  " + m.get("cli.regress.compareLine", s.settings().model().key(), g(t.rmse()),
                        g(t.mae()), g(t.rSquared()), g(t.mape()), g(s.cvRmse()), g(s.cvRmseSd())));
            }
        }
        stdout.println(m.get(in.history() != null ? "cli.regress.predictedNext" : "cli.regress.predicted",
                in.data().target(), o.values().length, in.history() != null ? in.history().windowDays() : 0));
    }

    /** The fit as a statistician reads it: R's summary table for least squares, else coefficients or importance. */
    private void printSummary(Messages m, PrintStream out, PredictionReport report, RegressionResult result) {
        OlsSummary s = result.summary();
        out.println(m.get("cli.regress.model", result.settings().model().key(), result.data().target()));
        if (s != null) {
            out.println(String.format(Locale.ROOT, "%-" + report.termWidth(s.coefficients()) + "s %12s %12s %9s %10s",
                    m.get("cli.regress.col.term"), m.get("cli.regress.col.estimate"),
                    m.get("cli.regress.col.stdError"), m.get("cli.regress.col.t"), m.get("cli.regress.col.p")));
            for (Coefficient c : s.coefficients()) {
                out.println(String.format(Locale.ROOT, "%-" + report.termWidth(s.coefficients())
                        + "s %12s %12s %9s %10s %s", c.term(), g(c.estimate()), g(c.stdError()),
                        PredictionReport.fixed(c.statistic(), 3), PredictionReport.p(c.pValue()),
                        PredictionReport.stars(c.pValue())).stripTrailing());
            }
            out.println(m.get("cli.predict.signif"));
            out.println(m.get("cli.regress.rse", g(s.residualStandardError()), s.residualDf()));
            out.println(m.get("cli.regress.r2", g(s.rSquared()), g(s.adjustedRSquared())));
            out.println(m.get("cli.regress.f", g(s.fStatistic()), s.modelDf(), s.residualDf(),
                    PredictionReport.p(s.fPValue())));
        } else if (!result.coefficients().isEmpty()) {
            if (!Double.isNaN(result.lambda())) {
                out.println(m.get(Double.isNaN(result.settings().lambda()) ? "cli.regress.lambdaByCv"
                        : "cli.regress.lambda", g(result.lambda())));
            }
            for (Coefficient c : result.coefficients()) {
                out.println(String.format(Locale.ROOT, "  %-" + report.termWidth(result.coefficients()) + "s %12s",
                        c.term(), g(c.estimate())));
            }
        } else {
            report.importance(result.importance(), result.importanceKind());
        }
        FitMetrics t = result.test();
        out.println(m.get("cli.regress.holdout", result.heldOut().size(), g(t.rmse()), g(t.mae()), g(t.rSquared()),
                g(t.mape())));
        if (!result.folds().isEmpty()) {
            ModelScore own = new ModelScore(result.settings(), t, result.folds());
            out.println(m.get("cli.regress.cv", result.folds().size(), g(own.cvRmse()), g(own.cvRmseSd()),
                    g(result.folds().stream().mapToDouble(FitMetrics::rSquared).average().orElse(Double.NaN))));
        }
    }

    private static String g(double v) {
        return PredictionReport.g(v);
    }
}
