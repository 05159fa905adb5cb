package org.crmworkbench.analysis.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * Fits, evaluates and compares classifiers of a 0/1 target (churn, or any 0/1 column) with one evaluation plan.
 * The hold-out and the folds are stratified, so each keeps the share of positives.
 *
 * <p>A fit: the model is fitted on the training rows and scored on the seeded hold-out (curves, suggested
 * threshold, permutation importance for trees); then on each cross-validation fold for the fold AUCs; then
 * refitted on all rows for the coefficient table, the standardised-coefficient importance (logistic) and the model
 * that scores new rows. Every fit with the same data, evaluation and settings gives the same result.
 */
public final class ChurnStudy {
    private final PredictorData data;
    private final Evaluation evaluation;
    private final int positives;
    /** The rows with missing numbers set to the medians of all rows, for the fit on all rows. */
    private final double[][] filled;

    /**
     * @throws org.crmworkbench.work.BadParameterException naming {@code target} when a target value is not 0 or 1
     *         (the message names the row) or one class is missing
     */
    public ChurnStudy(PredictorData data, Evaluation evaluation) {
        this.data = Objects.requireNonNull(data, "data");
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.filled = data.filled();
        double[] y = data.y();
        int ones = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0 && y[i] != 1) {
                String row = data.rowIds().get(i);
                throw new BadParameterException("target", "predict.error.notBinary",
                        data.target() + " must be 0 or 1, but row " + row + " has " + y[i], data.target(), row,
                        y[i]);
            }
            if (y[i] == 1) {
                ones++;
            }
        }
        if (ones == 0 || ones == y.length) {
            int missing = ones == 0 ? 1 : 0;
            throw new BadParameterException("target", "predict.error.oneClass",
                    data.target() + " has no rows with " + missing + "; a classifier needs both 0 and 1",
                    data.target(), missing);
        }
        positives = ones;
    }

    public PredictorData data() {
        return data;
    }

    public ClassificationResult fit(ClassificationSettings settings, Progress progress) {
        Objects.requireNonNull(settings, "settings");
        Evaluated evaluated = evaluate(settings, progress);
        progress.stage("predict.churn.stage.final", settings.model().key());
        progress.checkCancelled();
        int[] all = new int[data.rows()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        List<Coefficient> coefficients = List.of();
        List<Importance> importance;
        Importance.Kind kind;
        ToDoubleFunction<double[]> scorer;
        if (settings.model() == ClassifierModel.LOGISTIC) {
            LogisticRegressionFit.Model model = logistic(settings, filled, all, progress);
            coefficients = model.coefficients();
            importance = ChurnImportance.standardised(coefficients, filled);
            kind = Importance.Kind.STANDARDISED_COEFFICIENT;
            scorer = model::probability;
        } else {
            TreeClassifier model = TreeClassifier.fit(settings, filled, data.y(), all, evaluation.seed() + 3,
                    progress);
            progress.stage("predict.churn.stage.importance");
            importance = ChurnImportance.permutation(evaluated.trainedScorer, rows(evaluated.heldOutX, evaluated.split.test()),
                    evaluated.heldOut.actual(), data.encoding(), evaluation.seed() + 5, progress);
            kind = Importance.Kind.PERMUTATION;
            scorer = model::score;
        }
        ScoreFactors factors = new ScoreFactors(data.encoding().columns(),
                ScoreFactors.typical(filled, ChurnImportance.levelColumns(data.encoding())));
        FittedClassifier fitted = new FittedChurnModel(scorer, factors, data.encoding().columns().size());
        RocAnalysis curves = evaluated.curves;
        return new ClassificationResult(settings, evaluation, data, positives, evaluated.heldOut, curves.roc(),
                curves.precisionRecall(), curves.gains(), curves.bestF1Threshold(), coefficients, importance, kind,
                evaluated.foldAuc, fitted);
    }

    public List<ClassifierScore> compare(List<ClassificationSettings> settings, Progress progress) {
        List<ClassifierScore> scores = new ArrayList<>();
        for (ClassificationSettings s : settings) {
            progress.checkCancelled();
            Evaluated e = evaluate(s, progress);
            double threshold = e.curves.bestF1Threshold();
            double f1 = ConfusionMatrix.at(threshold, e.heldOut.actual(), e.heldOut.predicted()).f1();
            scores.add(new ClassifierScore(s, e.curves.roc().auc(), e.curves.precisionRecall().averagePrecision(),
                    f1, e.foldAuc));
        }
        return List.copyOf(scores);
    }

    /** The hold-out and cross-validation of one model. */
    private record Evaluated(StratifiedFolds.Split split, double[][] heldOutX, HeldOut heldOut, RocAnalysis curves,
                             ToDoubleFunction<double[]> trainedScorer, double[] foldAuc) {
    }

    private Evaluated evaluate(ClassificationSettings settings, Progress progress) {
        double[] y = data.y();
        progress.stage("predict.churn.stage.holdOut", settings.model().key());
        progress.checkCancelled();
        StratifiedFolds.Split split = StratifiedFolds.holdOut(y, evaluation.testShare(), evaluation.seed());
        double[][] x = TrainingFill.withValues(data.x(), null, TrainingFill.medians(data.x(), split.train()));
        ToDoubleFunction<double[]> trained = scorer(settings, x, split.train(), evaluation.seed() + 1, progress);
        int[] test = split.test();
        double[] actual = new double[test.length];
        double[] predicted = new double[test.length];
        List<String> ids = new ArrayList<>();
        int[] tableRows = new int[test.length];
        for (int i = 0; i < test.length; i++) {
            actual[i] = y[test[i]];
            predicted[i] = trained.applyAsDouble(x[test[i]]);
            ids.add(data.rowIds().get(test[i]));
            tableRows[i] = data.tableRows()[test[i]];
        }
        HeldOut heldOut = new HeldOut(ids, tableRows, actual, predicted);
        RocAnalysis curves = new RocAnalysis(actual, predicted);
        int k = evaluation.folds();
        double[] foldAuc = new double[k];
        if (k > 0) {
            int[] folds = StratifiedFolds.folds(y, k, evaluation.seed());
            for (int f = 0; f < k; f++) {
                progress.checkCancelled();
                progress.stage("predict.churn.stage.fold", f + 1, k, settings.model().key());
                progress.worked(f, k);
                StratifiedFolds.Split fold = StratifiedFolds.fold(folds, f);
                double[][] foldX = TrainingFill.withValues(data.x(), null,
                        TrainingFill.medians(data.x(), fold.train()));
                ToDoubleFunction<double[]> model = scorer(settings, foldX, fold.train(),
                        evaluation.seed() + 100 + f, progress);
                double[] foldActual = new double[fold.test().length];
                double[] foldScores = new double[fold.test().length];
                for (int i = 0; i < foldActual.length; i++) {
                    foldActual[i] = y[fold.test()[i]];
                    foldScores[i] = model.applyAsDouble(foldX[fold.test()[i]]);
                }
                foldAuc[f] = RocAnalysis.auc(foldActual, foldScores);
            }
            progress.worked(k, k);
        }
        return new Evaluated(split, x, heldOut, curves, trained, foldAuc);
    }

    /** A model fitted on {@code rows} of {@code x} (missing numbers already filled from those rows). */
    private ToDoubleFunction<double[]> scorer(ClassificationSettings settings, double[][] x, int[] rows, long seed,
                                              Progress progress) {
        if (settings.model() == ClassifierModel.LOGISTIC) {
            return logistic(settings, x, rows, progress)::probability;
        }
        return TreeClassifier.fit(settings, x, data.y(), rows, seed, progress)::score;
    }

    private LogisticRegressionFit.Model logistic(ClassificationSettings settings, double[][] all, int[] rows,
                                                 Progress progress) {
        double[][] x = rows(all, rows);
        double[] y = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            y[i] = data.y()[rows[i]];
        }
        double[] weights = settings.balance() == ClassBalance.WEIGHTS ? ClassWeights.rowWeights(y) : null;
        return new LogisticRegressionFit(data.encoding().columns(), settings.lambda()).fit(x, y, weights, progress);
    }

    private static double[][] rows(double[][] x, int[] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = x[rows[i]];
        }
        return out;
    }
}
