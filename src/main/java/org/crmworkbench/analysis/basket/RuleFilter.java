package org.crmworkbench.analysis.basket;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which rules to keep: those with any of {@code antecedentItems} in the antecedent (all rules when empty), any of
 * {@code consequentItems} in the consequent (all when empty), a lift of at least {@code minLift}, and, when
 * {@code removeRedundant}, only the non-redundant ones (a rule is redundant when a more general rule, one whose
 * antecedent is a proper subset of its antecedent, with the same consequent has at least its confidence; as arules'
 * {@code is.redundant}).
 *
 * <p>As in arules, redundancy is judged among the rules given to {@link #apply} (before the item and lift filters),
 * the rule with an empty antecedent counts as more general than every other rule with its consequent, and a rule
 * with an empty antecedent is never redundant.
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
        boolean[] redundant = removeRedundant ? RedundantRules.mark(rules) : new boolean[rules.size()];
        List<AssociationRule> kept = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            AssociationRule rule = rules.get(i);
            if (!redundant[i] && rule.lift() >= minLift && holdsAny(rule.antecedent(), antecedentItems)
                    && holdsAny(rule.consequent(), consequentItems)) {
                kept.add(rule);
            }
        }
        return kept;
    }

    /** Which of {@code rules} are redundant, as arules' {@code is.redundant} says (improvement at most 0). */
    public static boolean[] redundant(List<AssociationRule> rules) {
        return RedundantRules.mark(rules);
    }

    private static boolean holdsAny(int[] items, Set<Integer> wanted) {
        if (wanted.isEmpty()) {
            return true;
        }
        for (int item : items) {
            if (wanted.contains(item)) {
                return true;
            }
        }
        return false;
    }
}
