package org.crmworkbench.analysis.predict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * Fits, evaluates and compares regression models on one set of rows with one evaluation plan.
 *
 * <p>{@link #fit}: the model on all rows first (so a singular design is refused before any other work), then on the
 * seeded training share and scored on the held-out share, then k-fold cross-validation on all rows (folds from the
 * same seed), then importance: standardised coefficients with their 95% intervals for linear models, permutation
 * importance on the held-out rows for the others. A ridge or lasso lambda left to cross-validation is chosen again
 * inside every training part (nested), so the hold-out and fold figures are honest; the lambda reported is the one
 * chosen on all rows. Models and splits depend only on the evaluation's seed.
 */
public final class RegressionStudy {
    private final PredictorData data;
    private final Evaluation evaluation;
    /** The rows with missing numbers set to the medians of all rows, for the fit on all rows. */
    private final double[][] filled;

    public RegressionStudy(PredictorData data, Evaluation evaluation) {
        this.data = Objects.requireNonNull(data, "data");
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.filled = data.filled();
    }

    public PredictorData data() {
        return data;
    }

    public Evaluation evaluation() {
        return evaluation;
    }

    /** Fits one model: hold-out metrics, cross-validation, summary or importance, and the model refitted on all rows. */
    public RegressionResult fit(RegressionSettings settings, Progress progress) {
        Objects.requireNonNull(settings, "settings");
        PolynomialTerms terms = terms(settings);
        int steps = 3 + evaluation.folds();
        progress.stage("predict.stage.fit", settings.model().key(), data.rows());
        progress.worked(0, steps);
        Trained all = train(settings, filled, data.y(), terms, true, evaluation.seed(), progress);
        progress.worked(1, steps);

        progress.stage("predict.stage.holdout", settings.model().key());
        int[][] split = CrossValidationFolds.holdOut(data.rows(), evaluation.testShare(), evaluation.seed());
        TrainingFill.Split parts = TrainingFill.Split.of(data.x(), split[0], split[1]);
        double[][] testX = parts.test();
        double[] testY = CrossValidationFolds.pick(data.y(), split[1]);
        Trained held = train(settings, parts.train(), CrossValidationFolds.pick(data.y(), split[0]), terms, false,
                evaluation.seed(), progress);
        double[] predicted = held.model().predict(testX);
        List<String> ids = new ArrayList<>(split[1].length);
        int[] tableRows = new int[split[1].length];
        for (int i = 0; i < split[1].length; i++) {
            ids.add(data.rowIds().get(split[1][i]));
            tableRows[i] = data.tableRows()[split[1][i]];
        }
        HeldOut heldOut = new HeldOut(ids, tableRows, testY, predicted);
        FitMetrics test = RegressionMetrics.of(testY, predicted);
        progress.worked(2, steps);

        List<FitMetrics> folds = crossValidate(settings, terms, progress, 2, steps);

        progress.stage("predict.stage.importance", settings.model().key());
        List<Importance> importance;
        Importance.Kind kind;
        if (settings.model().linear()) {
            importance = standardised(all.coefficients(), terms);
            kind = Importance.Kind.STANDARDISED_COEFFICIENT;
        } else {
            importance = PermutationImportance.of(held.model(), data.encoding(), testX, testY, evaluation.seed(),
                    progress);
            kind = Importance.Kind.PERMUTATION;
        }
        importance = new ArrayList<>(importance);
        importance.sort(Comparator.comparingDouble((Importance i) -> -Math.abs(i.value())));
        progress.worked(steps, steps);
        return new RegressionResult(settings, evaluation, data, all.lambda(), all.summary(), all.coefficients(),
                importance, kind, heldOut, test, folds, all.model());
    }

    /** Hold-out and cross-validation metrics of several models, in the order given. */
    public List<ModelScore> compare(List<RegressionSettings> settings, Progress progress) {
        List<ModelScore> scores = new ArrayList<>();
        int[][] split = CrossValidationFolds.holdOut(data.rows(), evaluation.testShare(), evaluation.seed());
        TrainingFill.Split parts = TrainingFill.Split.of(data.x(), split[0], split[1]);
        double[][] testX = parts.test();
        double[] testY = CrossValidationFolds.pick(data.y(), split[1]);
        double[][] trainX = parts.train();
        double[] trainY = CrossValidationFolds.pick(data.y(), split[0]);
        for (int m = 0; m < settings.size(); m++) {
            progress.checkCancelled();
            RegressionSettings s = settings.get(m);
            progress.stage("predict.stage.compare", m + 1, settings.size(), s.model().key());
            PolynomialTerms terms = terms(s);
            Trained held = train(s, trainX, trainY, terms, false, evaluation.seed(), progress);
            FitMetrics test = RegressionMetrics.of(testY, held.model().predict(testX));
            List<FitMetrics> folds = crossValidate(s, terms, progress,
                    -1, 0);
            scores.add(new ModelScore(s, test, folds));
            progress.worked(m + 1, settings.size());
        }
        return scores;
    }

    /** Fold metrics; reports progress as steps {@code done+1..} of {@code steps} unless done is negative. */
    private List<FitMetrics> crossValidate(RegressionSettings settings, PolynomialTerms terms, Progress progress,
                                           int done, int steps) {
        int k = evaluation.folds();
        List<FitMetrics> out = new ArrayList<>();
        if (k == 0) {
            return out;
        }
        int[] fold = CrossValidationFolds.folds(data.rows(), k, evaluation.seed());
        for (int f = 0; f < k; f++) {
            progress.checkCancelled();
            if (done >= 0) {
                progress.stage("predict.stage.fold", f + 1, k);
            }
            int[] train = CrossValidationFolds.rows(fold, f, false);
            int[] test = CrossValidationFolds.rows(fold, f, true);
            TrainingFill.Split parts = TrainingFill.Split.of(data.x(), train, test);
            Trained model = train(settings, parts.train(), CrossValidationFolds.pick(data.y(), train), terms, false,
                    evaluation.seed() + 1 + f, progress);
            double[] actual = CrossValidationFolds.pick(data.y(), test);
            out.add(RegressionMetrics.of(actual, model.model().predict(parts.test())));
            if (done >= 0) {
                progress.worked(done + f + 1, steps);
            }
        }
        return out;
    }

    /** The polynomial terms of the study's columns, refused when there are too many for the rows. */
    private PolynomialTerms terms(RegressionSettings settings) {
        if (settings.model() != RegressionModel.POLYNOMIAL) {
            return null;
        }
        int p = data.encoding().columns().size();
        PolynomialTerms terms = PolynomialTerms.of(data.encoding(), PolynomialTerms.binaryColumns(filled, p),
                settings.degree());
        int trainRows = data.rows() - Math.max(1, (int) Math.round(data.rows() * evaluation.testShare()));
        if (trainRows < terms.size() + 2) {
            throw new BadParameterException("degree", "predict.error.tooManyTerms",
                    "degree " + settings.degree() + " makes " + terms.size() + " terms, too many for "
                            + data.rows() + " rows (the training part needs at least " + (terms.size() + 2) + ")",
                    settings.degree(), terms.size(), data.rows(), terms.size() + 2);
        }
        return terms;
    }

    private record Trained(FittedRegression model, double lambda, OlsSummary summary, List<Coefficient> coefficients) {
    }

    private Trained train(RegressionSettings settings, double[][] x, double[] y, PolynomialTerms terms,
                          boolean strict, long seed, Progress progress) {
        progress.checkCancelled();
        List<String> columns = data.encoding().columns();
        switch (settings.model()) {
            case OLS -> {
                OlsFit fit = OlsFit.fit(x, y, columns, strict, "features");
                return new Trained(fit.predictor(), Double.NaN, fit.summary(), fit.summary().coefficients());
            }
            case POLYNOMIAL -> {
                OlsFit fit;
                try {
                    fit = OlsFit.fit(terms.expand(x), y, terms.names(), strict, "degree");
                } catch (BadParameterException e) {
                    Object column = e.args().length > 0 ? e.args()[0] : "";
                    if (columns.contains(column)) {
                        throw new BadParameterException("features", e.messageKey(),
                                e.getMessage().substring(e.getMessage().indexOf(':') + 2), e.args());
                    }
                    throw e;
                }
                LinearPredictor predictor = new LinearPredictor(fit.intercept(), fit.slopes(), terms);
                return new Trained(predictor, Double.NaN, fit.summary(), fit.summary().coefficients());
            }
            case RIDGE, LASSO -> {
                PenalisedRegression.Penalty penalty = settings.model() == RegressionModel.RIDGE
                        ? PenalisedRegression.Penalty.RIDGE : PenalisedRegression.Penalty.LASSO;
                int folds = evaluation.folds() == 0 ? Evaluation.DEFAULT_FOLDS : evaluation.folds();
                PenalisedRegression.Fit fit = new PenalisedRegression(penalty)
                        .fit(x, y, settings.lambda(), folds, seed, progress);
                List<Coefficient> coefficients = new ArrayList<>();
                coefficients.add(unsure(Coefficient.INTERCEPT, fit.intercept()));
                for (int j = 0; j < columns.size(); j++) {
                    coefficients.add(unsure(columns.get(j), fit.coefficients()[j]));
                }
                return new Trained(fit.predictor(), fit.lambda(), null, coefficients);
            }
            case SVR -> {
                return new Trained(SupportVectorRegression.fit(x, y, progress), Double.NaN, null, List.of());
            }
            case RANDOM_FOREST -> {
                return new Trained(TreeRegression.forest(x, y, settings.trees(), seed, progress), Double.NaN, null,
                        List.of());
            }
            case GRADIENT_BOOSTING -> {
                return new Trained(TreeRegression.boosting(x, y, settings.trees(), seed, progress), Double.NaN, null,
                        List.of());
            }
            default -> throw new IllegalStateException(settings.model().toString());
        }
    }

    private static Coefficient unsure(String term, double estimate) {
        return new Coefficient(term, estimate, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** Coefficients times sd(term) / sd(y), intervals scaled the same, intercept left out. */
    private List<Importance> standardised(List<Coefficient> coefficients, PolynomialTerms terms) {
        double[][] design = terms == null ? filled : terms.expand(filled);
        double sdY = sampleSd(data.y(), -1, null);
        List<Importance> out = new ArrayList<>();
        for (int j = 1; j < coefficients.size(); j++) {
            Coefficient c = coefficients.get(j);
            double scale = sampleSd(null, j - 1, design) / sdY;
            out.add(new Importance(c.term(), c.estimate() * scale, c.lower95() * scale, c.upper95() * scale));
        }
        return out;
    }

    private static double sampleSd(double[] values, int column, double[][] rows) {
        int n = values != null ? values.length : rows.length;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += values != null ? values[i] : rows[i][column];
        }
        mean /= n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = (values != null ? values[i] : rows[i][column]) - mean;
            ss += d * d;
        }
        return Math.sqrt(ss / (n - 1));
    }
}
