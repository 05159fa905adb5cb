package org.crmworkbench.present.basket;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crmworkbench.analysis.basket.AssociationRule;
import org.crmworkbench.analysis.basket.BasketResult;
import org.crmworkbench.model.BasketRows;

/**
 * The {@code rules} verb's output files: {@code rules.csv} (antecedent, consequent, length, support, confidence,
 * lift, leverage, conviction, count; items as {@code {a,b}} in arules' notation, by readable name), {@code itemsets.csv}
 * (items, size, support, count; closed and maximal marks), {@code metrics.json} (transactions, items, frequent
 * itemsets, rules, rules by length, seconds, settings). Every file is written atomically.
 */
public final class BasketFiles {
    // skeleton: the present helper implements it

    /**
     * Writes the three files into {@code dir}; {@code rules} are the rules to list (sorted, filtered and cut as the
     * user asked), {@code totalRules} how many the mining found.
     */
    public void write(Path dir, BasketResult result, BasketRows rows, List<AssociationRule> rules)
            throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
