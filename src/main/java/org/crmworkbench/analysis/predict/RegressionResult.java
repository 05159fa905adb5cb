package org.crmworkbench.analysis.predict;

import java.util.List;

/**
 * A fitted regression and its honest evaluation.
 *
 * @param settings       the model and knobs
 * @param evaluation     the split, folds and seed
 * @param data           the rows it was fitted on
 * @param lambda         the ridge or lasso penalty used (chosen by cross-validation when asked); NaN otherwise
 * @param summary        the OLS summary on all rows (OLS and polynomial); null for other models
 * @param coefficients   coefficients of a linear model on all rows, intercept first (with standard errors for OLS
 *                       and polynomial, NaN for ridge and lasso); empty for other models
 * @param importance     feature importance, largest first
 * @param importanceKind what {@code importance} measures
 * @param heldOut        predictions on the held-out rows from the model fitted on the rest
 * @param test           metrics on {@code heldOut}
 * @param folds          metrics of each cross-validation fold (empty when folds = 0)
 * @param model          the model refitted on all rows
 */
public record RegressionResult(RegressionSettings settings, Evaluation evaluation, PredictorData data, double lambda,
                               OlsSummary summary, List<Coefficient> coefficients, List<Importance> importance,
                               Importance.Kind importanceKind, HeldOut heldOut, FitMetrics test,
                               List<FitMetrics> folds, FittedRegression model) {
    public RegressionResult {
        coefficients = List.copyOf(coefficients);
        importance = List.copyOf(importance);
        folds = List.copyOf(folds);
    }
}
