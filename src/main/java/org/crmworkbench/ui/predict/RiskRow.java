package org.crmworkbench.ui.predict;

import java.util.List;
import org.crmworkbench.analysis.predict.ScoreFactor;

/**
 * One current customer in the "most at risk" list.
 *
 * @param rank     1 for the highest score
 * @param customer the customer's id as the data shows it
 * @param score    the model's probability
 * @param factors  the three factors that move the score most
 */
public record RiskRow(int rank, String customer, double score, List<ScoreFactor> factors) {
    public RiskRow {
        factors = List.copyOf(factors);
    }
}
