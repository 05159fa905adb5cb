package org.crmworkbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.crmworkbench.analysis.predict.ClassBalance;
import org.crmworkbench.analysis.predict.ClassificationResult;
import org.crmworkbench.analysis.predict.ClassificationSettings;
import org.crmworkbench.analysis.predict.ClassifierModel;
import org.crmworkbench.analysis.predict.ClassifierScore;
import org.crmworkbench.analysis.predict.Coefficient;
import org.crmworkbench.analysis.predict.ConfusionMatrix;
import org.crmworkbench.analysis.predict.ScoreFactor;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.present.predict.PredictFiles;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
import org.crmworkbench.workflow.PredictionWorkflow;
import org.crmworkbench.workflow.PredictionRows;
import org.crmworkbench.workflow.PredictionTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code workbench classify [--input FILE | --db PATH] [--target COL] --model logistic|rf|gbm ... --out DIR}: fits a
 * classifier of a 0/1 target (by default churn: no order in the last N days), evaluates it on a stratified hold-out
 * and by cross-validation, scores every row (or today's customers) with its top factors, and writes metrics, scores
 * and charts.
 */
@Command(name = "classify", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
final class ClassifyCommand
        extends PredictionCommand<ClassificationSettings, ClassificationResult, ClassifierScore> {
    private static final int TOP_ROWS = 10;

    @Option(names = "--model", paramLabel = "NAME", defaultValue = "logistic", descriptionKey = "classify.model")
    String model;

    @Option(names = "--balance", paramLabel = "NAME", defaultValue = "weights", descriptionKey = "classify.balance")
    String balance;

    @Option(names = "--lambda", paramLabel = "L", defaultValue = "0", descriptionKey = "classify.lambda")
    double lambda;

    @Option(names = "--threshold", paramLabel = "T", descriptionKey = "classify.threshold")
    Double threshold;

    private List<List<ScoreFactor>> factors = List.of();

    @Override
    ClassificationSettings settings() {
        ClassificationSettings settings = new ClassificationSettings(ClassifierModel.fromKey(model),
                ClassBalance.fromKey(balance), lambda, source.trees);
        if (threshold != null && !ClassificationSettings.THRESHOLD.contains(threshold)) {
            throw new BadParameterException("threshold", "cli.classify.thresholdRange",
                    "the threshold is a probability between 0 and 1", threshold);
        }
        return settings;
    }

    @Override
    PredictionTask<ClassificationSettings, ClassificationResult, ClassifierScore> task() {
        return PredictionTask.classification();
    }

    @Override
    String defaultTarget() {
        return CustomerHistory.CHURNED;
    }

    @Override
    void describe(Messages m, PrintStream out, PredictionRows in) {
        describeTarget(m, out, in);
    }

    @Override
    void scored(ClassificationResult result, double[][] rows, Progress progress) {
        factors = PredictionWorkflow.factors(result, rows, progress);
    }

    @Override
    double threshold(ClassificationResult result) {
        return threshold != null ? threshold : result.threshold();
    }

    @Override
    List<String> write(PredictFiles files, Path dir, Outcome<ClassificationResult, ClassifierScore> o,
                       String metrics) throws IOException {
        files.writeJson(dir.resolve("metrics.json"), metrics);
        files.writeScores(dir.resolve("scores.csv"), ids(o.in()), o.values(), o.in().actual(),
                o.threshold(), factors);
        files.writeClassifierCoefficients(dir.resolve("coefficients.csv"), o.result());
        return List.of("metrics.json", "scores.csv", "coefficients.csv");
    }

    @Override
    void print(Messages m, PrintStream out, PredictionReport report,
               Outcome<ClassificationResult, ClassifierScore> o) {
        printEvaluation(m, out, report, o.result(), o.threshold(), o.comparison());
        printTop(m, out, o.in(), ids(o.in()), o.values(), factors, o.threshold());
    }

    private static void describeTarget(Messages m, PrintStream out, PredictionRows in) {
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
    private static void printTop(Messages m, PrintStream out, PredictionRows in, List<String> ids,
                                 double[] scores, List<List<ScoreFactor>> factors, double cut) {
        long called = java.util.Arrays.stream(scores).filter(s -> s >= cut).count();
        out.println(m.get(in.history() != null ? "cli.classify.calledCustomers" : "cli.classify.calledRows",
                called, scores.length, PredictionReport.g(cut)));
        IntStream.range(0, scores.length).boxed().filter(i -> !Double.isNaN(scores[i]))
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing(ids::get))
                .limit(TOP_ROWS).forEach(i -> out.println(String.format(Locale.ROOT, "  %-12s %6.3f  %s",
                        ids.get(i), scores[i], factors.get(i).stream().map(f -> f.feature() + " "
                                + (f.effect() >= 0 ? "+" : "") + PredictionReport.fixed(f.effect(), 3))
                                .collect(Collectors.joining(", ")))));
    }
}
