package org.crmworkbench.analysis.basket;

import java.util.Arrays;

/**
 * A rule {@code antecedent => consequent} with the measures arules reports. With N transactions, n(X) the transactions
 * holding X: support = n(A u C) / N, confidence = n(A u C) / n(A), lift = confidence / (n(C) / N),
 * leverage = support - (n(A) / N)(n(C) / N), conviction = (1 - n(C) / N) / (1 - confidence) (infinite when the
 * confidence is 1), count = n(A u C). An empty antecedent has n(A) = N. Items are ascending item numbers of the
 * {@link Transactions} the rule was mined from.
 */
public record AssociationRule(int[] antecedent, int[] consequent, int count, double support, double confidence,
                              double lift, double leverage, double conviction) {
    public AssociationRule {
        antecedent = antecedent.clone();
        consequent = consequent.clone();
    }

    /** Items on both sides, as arules counts a rule's length. */
    public int length() {
        return antecedent.length + consequent.length;
    }

    @Override
    public int[] antecedent() {
        return antecedent.clone();
    }

    @Override
    public int[] consequent() {
        return consequent.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssociationRule r && count == r.count && Arrays.equals(antecedent, r.antecedent)
                && Arrays.equals(consequent, r.consequent);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(antecedent) + Arrays.hashCode(consequent)) + count;
    }
}
