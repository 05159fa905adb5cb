package org.crmworkbench.analysis.basket;

import java.util.List;
import java.util.Set;

/**
 * Which rules to keep: those with any of {@code antecedentItems} in the antecedent (all rules when empty), any of
 * {@code consequentItems} in the consequent (all when empty), a lift of at least {@code minLift}, and, when
 * {@code removeRedundant}, only the non-redundant ones (a rule is redundant when a more general rule, one whose
 * antecedent is a proper subset of its antecedent, with the same consequent has at least its confidence; as arules'
 * {@code is.redundant}).
 */
public record RuleFilter(Set<Integer> antecedentItems, Set<Integer> consequentItems, double minLift,
                         boolean removeRedundant) {
    public RuleFilter {
        antecedentItems = Set.copyOf(antecedentItems);
        consequentItems = Set.copyOf(consequentItems);
    }

    /** Keeps every rule. */
    public static RuleFilter none() {
        return new RuleFilter(Set.of(), Set.of(), 0, false);
    }

    /** The rules this filter keeps, in their order. */
    public List<AssociationRule> apply(List<AssociationRule> rules) {
        throw new UnsupportedOperationException("not yet");
    }
}
