package org.crmworkbench.analysis.basket;

import java.util.List;
import java.util.Objects;

/**
 * One basket analysis: what was mined, the itemsets, every rule that passed the settings (in mining order; sort and
 * filter with {@link RuleOrder} and {@link RuleFilter}) and the seconds mining took.
 */
public record BasketResult(Transactions transactions, BasketSettings settings, FrequentItemsets itemsets,
                           List<AssociationRule> rules, double seconds) {
    public BasketResult {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(itemsets, "itemsets");
        rules = List.copyOf(rules);
    }

    /** How many rules there are of each length: {@code [k]} counts rules with k items on both sides. */
    public int[] rulesByLength() {
        int max = 0;
        for (AssociationRule r : rules) {
            max = Math.max(max, r.length());
        }
        int[] out = new int[max + 1];
        for (AssociationRule r : rules) {
            out[r.length()]++;
        }
        return out;
    }
}
