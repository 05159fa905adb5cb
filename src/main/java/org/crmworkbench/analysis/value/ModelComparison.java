package org.crmworkbench.analysis.value;

import java.util.List;

/**
 * BG/NBD against Pareto/NBD on the same customers.
 *
 * @param rows one per model fitted
 */
public record ModelComparison(List<Row> rows) {
    public ModelComparison {
        rows = List.copyOf(rows);
    }

    /**
     * @param kind            the model
     * @param logLikelihood   at its estimates
     * @param parameters      the number of parameters (4 for both)
     * @param holdoutMae      mean absolute error of per-customer holdout purchases; NaN without a holdout
     * @param holdoutExpected total holdout purchases the model expected; NaN without a holdout
     * @param holdoutActual   total holdout purchases made; NaN without a holdout
     */
    public record Row(PurchaseModelKind kind, double logLikelihood, int parameters, double holdoutMae,
                      double holdoutExpected, double holdoutActual) {
    }
}
