package org.crmworkbench.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.analysis.predict.ChurnStudy;
import org.crmworkbench.analysis.predict.ClassBalance;
import org.crmworkbench.analysis.predict.ClassificationResult;
import org.crmworkbench.analysis.predict.ClassificationSettings;
import org.crmworkbench.analysis.predict.ClassifierModel;
import org.crmworkbench.analysis.predict.ClassifierScore;
import org.crmworkbench.analysis.predict.Coefficient;
import org.crmworkbench.analysis.predict.ConfusionMatrix;
import org.crmworkbench.analysis.predict.Evaluation;
import org.crmworkbench.analysis.predict.FittedClassifier;
import org.crmworkbench.analysis.predict.ScoreFactor;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.PredictionRunStore;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.model.PredictionRunRecord;
import org.crmworkbench.present.predict.PredictCharts;
import org.crmworkbench.present.predict.PredictFiles;
import org.crmworkbench.work.BadParameterException;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code workbench classify [--input FILE | --db PATH] [--target COL] --model logistic|rf|gbm ... --out DIR}: fits a
 * classifier of a 0/1 target (by default churn: no order in the last N days), evaluates it on a stratified hold-out
 * and by cross-validation, scores every row (or today's customers) with its top factors, and writes metrics, scores
 * and charts.
 */
@Command(name = "classify", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
final class ClassifyCommand implements Callable<Integer> {
    private static final int FACTORS = 3;
    private static final int TOP_ROWS = 10;

    @ParentCommand
    WorkbenchCommand parent;

    @Mixin
    PredictionSourceOptions source;

    @Option(names = "--model", paramLabel = "NAME", defaultValue = "logistic", descriptionKey = "classify.model")
    String model;

    @Option(names = "--balance", paramLabel = "NAME", defaultValue = "weights", descriptionKey = "classify.balance")
    String balance;

    @Option(names = "--lambda", paramLabel = "L", defaultValue = "0", descriptionKey = "classify.lambda")
    double lambda;

    @Option(names = "--threshold", paramLabel = "T", descriptionKey = "classify.threshold")
    Double threshold;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context();
        Messages m = context.messages();
        PrintStream stdout = context.out();
        Instant started = Instant.now();
        ClassificationSettings settings = new ClassificationSettings(ClassifierModel.fromKey(model),
                ClassBalance.fromKey(balance), lambda, source.trees);
        if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
            throw new BadParameterException("threshold", "cli.classify.thresholdRange",
                    "the threshold is a probability between 0 and 1", threshold);
        }
        Evaluation evaluation = source.check(m);
        TerminalProgress progress = context.progress();
        try {
            PredictionSourceOptions.PredictionInput in = source.read(parent, m, progress, CustomerHistory.CHURNED);
            PredictionReport report = new PredictionReport(m, stdout);
            report.data(in);
            describeTarget(m, stdout, in);
            ChurnStudy study = new ChurnStudy(in.data(), evaluation);
            List<ClassifierScore> comparison = List.of();
            if (source.compare) {
                List<ClassificationSettings> all = new ArrayList<>();
                for (ClassifierModel each : ClassifierModel.values()) {
                    all.add(new ClassificationSettings(each, settings.balance(), settings.lambda(),
                            settings.trees()));
                }
                comparison = study.compare(all, progress);
            }
            ClassificationResult result = study.fit(settings, progress);
            double cut = threshold != null ? threshold : result.threshold();
            double[][] rows = in.data().encoding().encode(in.scoring());
            FittedClassifier fitted = result.model();
            double[] scores = fitted.score(rows);
            List<List<ScoreFactor>> factors = new ArrayList<>(rows.length);
            for (double[] row : rows) {
                progress.checkCancelled();
                factors.add(fitted.factors(row, FACTORS));
            }
            progress.finish();

            Files.createDirectories(source.out);
            PredictFiles files = new PredictFiles();
            String metrics = files.classificationMetrics(result, cut, comparison);
            files.writeJson(source.out.resolve("metrics.json"), metrics);
            files.writeScores(source.out.resolve("scores.csv"), in.scoring().rowIds(), scores, in.actual(), cut,
                    factors);
            List<String> written = new ArrayList<>(List.of("metrics.json", "scores.csv"));
            files.writeClassifierCoefficients(source.out.resolve("coefficients.csv"), result);
            written.add("coefficients.csv");
            PredictCharts charts = new PredictCharts(m);
            Map<String, JFreeChart> all = new LinkedHashMap<>(charts.classificationCharts(result));
            if (!comparison.isEmpty()) {
                all.put("comparison", charts.classifierComparison(comparison));
            }
            written.addAll(ChartFiles.write(source.out, all));

            printEvaluation(m, stdout, report, result, cut, comparison);
            printTop(m, stdout, in, scores, factors, cut);
            if (source.save) {
                PredictionRunRecord record = new PredictionRunRecord(0, PredictionRunRecord.CLASSIFICATION,
                        settings.model().key(), in.data().target(), in.data().encoding().features(),
                        files.classificationParameters(result), metrics, evaluation.seed(), in.history().cutoff(),
                        in.history().windowDays(), in.source(), started, AppVersion.current(), in.customerIds(),
                        scores);
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

    private static void describeTarget(Messages m, PrintStream out, PredictionSourceOptions.PredictionInput in) {
        CustomerHistory h = in.history();
        if (h != null && CustomerHistory.CHURNED.equals(in.data().target())) {
            out.println(m.get("cli.classify.churnDefinition", h.windowDays(), h.cutoff().toString()));
        } else {
            out.println(m.get("cli.classify.targetDefinition", in.data().target()));
        }
    }

    private static void printEvaluation(Messages m, PrintStream out, PredictionReport report,
                                        ClassificationResult r, double cut, List<ClassifierScore> comparison) {
        String g = PredictionReport.g(r.threshold());
        out.println(m.get("cli.classify.model", r.settings().model().key(), r.settings().balance().key(),
                r.positives(), r.data().rows()));
        out.println(m.get("cli.classify.auc", r.heldOut().size(), PredictionReport.fixed(r.roc().auc(), 3),
                PredictionReport.fixed(r.precisionRecall().averagePrecision(), 3),
                PredictionReport.fixed(r.precisionRecall().baseRate(), 3)));
        if (r.foldAuc().length > 0) {
            ClassifierScore own = new ClassifierScore(r.settings(), r.roc().auc(), 0, 0, r.foldAuc());
            out.println(m.get("cli.classify.cv", r.foldAuc().length, PredictionReport.fixed(own.cvAuc(), 3),
                    PredictionReport.fixed(own.cvAucSd(), 3)));
        }
        ConfusionMatrix c = r.confusion(cut);
        out.println(m.get(cut == r.threshold() ? "cli.classify.thresholdSuggested" : "cli.classify.threshold",
                PredictionReport.g(cut), g));
        int w = Math.max(10, m.get("cli.classify.actual1").length() + 2);
        out.println(String.format(Locale.ROOT, "%" + w + "s %12s %12s", "", m.get("cli.classify.called1"),
                m.get("cli.classify.called0")));
        out.println(String.format(Locale.ROOT, "%" + w + "s %12d %12d", m.get("cli.classify.actual1"),
                c.truePositives(), c.falseNegatives()));
        out.println(String.format(Locale.ROOT, "%" + w + "s %12d %12d", m.get("cli.classify.actual0"),
                c.falsePositives(), c.trueNegatives()));
        out.println(m.get("cli.classify.rates", PredictionReport.fixed(c.accuracy(), 3),
                PredictionReport.fixed(c.precision(), 3), PredictionReport.fixed(c.recall(), 3),
                PredictionReport.fixed(c.f1(), 3)));
        if (!r.coefficients().isEmpty()) {
            int tw = report.termWidth(r.coefficients());
            out.println(String.format(Locale.ROOT, "%-" + tw + "s %12s %10s %9s %10s", m.get("cli.regress.col.term"),
                    m.get("cli.classify.col.logOdds"), m.get("cli.classify.col.oddsRatio"),
                    m.get("cli.classify.col.z"), m.get("cli.regress.col.p")));
            for (Coefficient k : r.coefficients()) {
                out.println(String.format(Locale.ROOT, "%-" + tw + "s %12s %10s %9s %10s %s", k.term(),
                        PredictionReport.g(k.estimate()), PredictionReport.g(Math.exp(k.estimate())),
                        PredictionReport.fixed(k.statistic(), 3), PredictionReport.p(k.pValue()),
                        PredictionReport.stars(k.pValue())).stripTrailing());
            }
            out.println(m.get("cli.predict.signif"));
        } else {
            report.importance(r.importance(), r.importanceKind());
        }
        if (!comparison.isEmpty()) {
            out.println(m.get("cli.classify.compareHeader"));
            for (ClassifierScore s : comparison) {
                out.println("  " + m.get("cli.classify.compareLine", s.settings().model().key(),
                        PredictionReport.fixed(s.auc(), 3), PredictionReport.fixed(s.averagePrecision(), 3),
                        PredictionReport.fixed(s.f1(), 3), PredictionReport.fixed(s.cvAuc(), 3),
                        PredictionReport.fixed(s.cvAucSd(), 3)));
            }
        }
    }

    /** The rows most at risk, with what drives their scores, and how many are called positive. */
    private static void printTop(Messages m, PrintStream out, PredictionSourceOptions.PredictionInput in,
                                 double[] scores, List<List<ScoreFactor>> factors, double cut) {
        long called = java.util.Arrays.stream(scores).filter(s -> s >= cut).count();
        out.println(m.get(in.history() != null ? "cli.classify.calledCustomers" : "cli.classify.calledRows",
                called, scores.length, PredictionReport.g(cut)));
        List<String> ids = in.scoring().rowIds();
        IntStream.range(0, scores.length).boxed().filter(i -> !Double.isNaN(scores[i]))
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing(ids::get))
                .limit(TOP_ROWS).forEach(i -> out.println(String.format(Locale.ROOT, "  %-12s %6.3f  %s",
                        ids.get(i), scores[i], factors.get(i).stream().map(f -> f.feature() + " "
                                + (f.effect() >= 0 ? "+" : "") + PredictionReport.fixed(f.effect(), 3))
                                .collect(Collectors.joining(", ")))));
    }
}
