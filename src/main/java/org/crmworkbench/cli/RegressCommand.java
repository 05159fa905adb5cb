package org.crmworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.analysis.predict.Coefficient;
import org.crmworkbench.analysis.predict.Evaluation;
import org.crmworkbench.analysis.predict.FitMetrics;
import org.crmworkbench.analysis.predict.ModelScore;
import org.crmworkbench.analysis.predict.OlsSummary;
import org.crmworkbench.analysis.predict.RegressionModel;
import org.crmworkbench.analysis.predict.RegressionResult;
import org.crmworkbench.analysis.predict.RegressionSettings;
import org.crmworkbench.analysis.predict.RegressionStudy;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.PredictionRunStore;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.model.PredictionRunRecord;
import org.crmworkbench.present.predict.PredictCharts;
import org.crmworkbench.present.predict.PredictFiles;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench regress [--input FILE | --db PATH] --target COL [--features a,b,c] --model NAME ... --out DIR}:
 * fits a regression, evaluates it on a seeded hold-out and by cross-validation, predicts every row (or each
 * customer's next window) and writes coefficients, metrics, predictions and charts.
 */
@Command(name = "regress", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
final class RegressCommand implements Callable<Integer> {

    @ParentCommand
    WorkbenchCommand parent;

    @Mixin
    PredictionSourceOptions source;

    @Option(names = "--model", paramLabel = "NAME", defaultValue = "ols", descriptionKey = "regress.model")
    String model;

    @Option(names = "--degree", paramLabel = "D", defaultValue = "2", descriptionKey = "regress.degree")
    int degree;

    @Option(names = "--lambda", paramLabel = "L", descriptionKey = "regress.lambda")
    Double lambda;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context();
        Messages m = context.messages();
        PrintStream stdout = context.out();
        Instant started = Instant.now();
        RegressionSettings settings = new RegressionSettings(RegressionModel.fromKey(model), degree,
                lambda == null ? Double.NaN : lambda, source.trees);
        Evaluation evaluation = source.check(m);
        TerminalProgress progress = context.progress();
        try {
            PredictionSourceOptions.PredictionInput in = source.read(parent, m, progress,
                    CustomerHistory.NEXT_SPEND);
            PredictionReport report = new PredictionReport(m, stdout);
            report.data(in);
            RegressionStudy study = new RegressionStudy(in.data(), evaluation);
            List<ModelScore> comparison = List.of();
            if (source.compare) {
                List<RegressionSettings> all = new ArrayList<>();
                for (RegressionModel each : RegressionModel.values()) {
                    all.add(new RegressionSettings(each, settings.degree(), settings.lambda(), settings.trees()));
                }
                comparison = study.compare(all, progress);
            }
            RegressionResult result = study.fit(settings, progress);
            double[] predictions = result.model().predict(in.data().encoding().encode(in.scoring()));
            progress.finish();

            Files.createDirectories(source.out);
            PredictFiles files = new PredictFiles();
            String metrics = files.regressionMetrics(result, comparison);
            String column = "predicted_" + in.data().target();
            files.writeCoefficients(source.out.resolve("coefficients.csv"), result);
            files.writeJson(source.out.resolve("metrics.json"), metrics);
            files.writePredictions(source.out.resolve("predictions.csv"), in.scoring().rowIds(), column, predictions);
            List<String> written = new ArrayList<>(List.of("coefficients.csv", "metrics.json", "predictions.csv"));
            PredictCharts charts = new PredictCharts(m);
            Map<String, JFreeChart> all = new LinkedHashMap<>(charts.regressionCharts(result));
            if (!comparison.isEmpty()) {
                all.put("comparison", charts.comparison(comparison));
            }
            written.addAll(ChartFiles.write(source.out, all));

            printSummary(m, stdout, report, result);
            if (!comparison.isEmpty()) {
                stdout.println(m.get("cli.regress.compareHeader"));
                for (ModelScore s : comparison) {
                    FitMetrics t = s.test();
                    stdout.println("  " + m.get("cli.regress.compareLine", s.settings().model().key(), g(t.rmse()),
                            g(t.mae()), g(t.rSquared()), g(t.mape()), g(s.cvRmse()), g(s.cvRmseSd())));
                }
            }
            stdout.println(m.get(in.history() != null ? "cli.regress.predictedNext" : "cli.regress.predicted",
                    in.data().target(), predictions.length, in.history() != null ? in.history().windowDays() : 0));
            if (source.save) {
                PredictionRunRecord record = new PredictionRunRecord(0, PredictionRunRecord.REGRESSION,
                        settings.model().key(), in.data().target(), in.data().encoding().features(),
                        files.regressionParameters(result), metrics, evaluation.seed(), in.history().cutoff(),
                        in.history().windowDays(), in.source(), started, AppVersion.current(), in.customerIds(),
                        predictions);
                try (Database db = parent.openDatabase()) {
                    stdout.println(m.get("cli.predict.saved", new PredictionRunStore(db).save(record).id()));
                }
            }
            stdout.println(m.get("cli.predict.wrote", source.out.toAbsolutePath(), String.join(", ", written)));
            return ExitCode.OK;
        } finally {
            progress.finish();
        }
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
