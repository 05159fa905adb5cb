package org.crmworkbench.analysis.basket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bayardo's improvement test as arules' {@code is.redundant} applies it: a rule is redundant when some rule of the
 * same list with the same consequent and an antecedent that is a proper subset of its own (the empty antecedent
 * included) has at least its confidence. Small antecedents look up each of their subsets; large ones scan the rules
 * with their consequent.
 */
final class RedundantRules {
    private RedundantRules() {
    }

    static boolean[] mark(List<AssociationRule> rules) {
        Map<Key, Double> confidence = new HashMap<>(rules.size() * 2);
        Map<Key, List<AssociationRule>> byConsequent = new HashMap<>();
        for (AssociationRule r : rules) {
            confidence.merge(new Key(r.antecedent(), r.consequent()), r.confidence(), Math::max);
            byConsequent.computeIfAbsent(new Key(new int[0], r.consequent()), k -> new ArrayList<>()).add(r);
        }
        boolean[] redundant = new boolean[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            AssociationRule r = rules.get(i);
            int[] a = r.antecedent();
            if (a.length == 0) {
                continue;
            }
            int[] c = r.consequent();
            List<AssociationRule> group = byConsequent.get(new Key(new int[0], c));
            double best = a.length < 20 && (1L << a.length) <= 4L * group.size()
                    ? bestBySubsets(a, c, confidence) : bestByScan(a, group);
            redundant[i] = r.confidence() - best <= 0;
        }
        return redundant;
    }

    private static double bestBySubsets(int[] a, int[] c, Map<Key, Double> confidence) {
        double best = 0;
        int k = a.length;
        int[] subset = new int[k];
        for (long mask = 0; mask < (1L << k) - 1; mask++) {
            int m = 0;
            for (int p = 0; p < k; p++) {
                if ((mask & (1L << p)) != 0) {
                    subset[m++] = a[p];
                }
            }
            Double v = confidence.get(new Key(Arrays.copyOf(subset, m), c));
            if (v != null && v > best) {
                best = v;
            }
        }
        return best;
    }

    private static double bestByScan(int[] a, List<AssociationRule> group) {
        double best = 0;
        for (AssociationRule other : group) {
            int[] b = other.antecedent();
            if (b.length < a.length && isSubset(b, a) && other.confidence() > best) {
                best = other.confidence();
            }
        }
        return best;
    }

    private static boolean isSubset(int[] small, int[] large) {
        int j = 0;
        for (int x : small) {
            while (j < large.length && large[j] < x) {
                j++;
            }
            if (j == large.length || large[j] != x) {
                return false;
            }
            j++;
        }
        return true;
    }

    private record Key(int[] antecedent, int[] consequent) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(antecedent, k.antecedent)
                    && Arrays.equals(consequent, k.consequent);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(antecedent) + Arrays.hashCode(consequent);
        }
    }
}
