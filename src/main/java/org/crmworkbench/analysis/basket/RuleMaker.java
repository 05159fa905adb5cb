package org.crmworkbench.analysis.basket;

import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.work.Progress;

/**
 * Makes the rules of frequent itemsets as arules' {@code apriori} does: from every itemset whose length lies within
 * the settings' lengths, each split into a consequent of 1 to {@code maxConsequent} items and the rest as antecedent,
 * kept when its confidence reaches the min confidence (less 1e-12 for round-off, as arules). A one-item itemset
 * gives the rule with an empty antecedent ({@code {} => {x}}, confidence the support of x), so those appear only
 * when the min length is 1 and they pass the min confidence, as in arules; longer consequents always keep an
 * antecedent. Rules come in the itemsets' order, consequents by ascending items. Rules count against the memory cap
 * too (about 120 bytes each).
 */
final class RuleMaker {
    static final double CONFIDENCE_SLACK = 1e-12;
    private static final long RULE_BYTES = 120;

    private final FrequentItemsets itemsets;
    private final BasketSettings settings;
    private final Progress progress;
    private final long capBytes;
    private final int n;

    RuleMaker(FrequentItemsets itemsets, BasketSettings settings, Progress progress) {
        this.itemsets = itemsets;
        this.settings = settings;
        this.progress = progress;
        this.capBytes = (long) settings.memoryCapMb() << 20;
        this.n = itemsets.transactions();
    }

    /** The rules; {@code heldBytes} are already spoken for (the itemsets). */
    List<AssociationRule> rules(long heldBytes) {
        progress.stage("basket.progress.rules");
        List<AssociationRule> rules = new ArrayList<>();
        int minLength = settings.minLength();
        int maxLength = settings.maxLength();
        long bytes = heldBytes;
        int total = itemsets.size();
        for (int i = 0; i < total; i++) {
            if ((i & 0xFFF) == 0) {
                progress.checkCancelled();
                progress.worked(i, total);
            }
            int k = itemsets.sizeAt(i);
            if (k < minLength || k > maxLength) {
                continue;
            }
            int[] items = itemsets.itemset(i).items();
            int count = itemsets.countAt(i);
            int before = rules.size();
            int most = Math.min(settings.maxConsequent(), k);
            for (int c = 1; c <= most; c++) {
                if (c == k && k > 1) {
                    break;
                }
                split(items, count, c, rules);
            }
            bytes += (rules.size() - before) * (RULE_BYTES + 4L * k);
            if (bytes > capBytes) {
                throw new MiningLimitException(total, settings.memoryCapMb(), settings.minSupport());
            }
        }
        progress.worked(total, total);
        return rules;
    }

    /** Every rule of {@code items} with a {@code c}-item consequent, consequents in ascending order. */
    private void split(int[] items, int count, int c, List<AssociationRule> rules) {
        int k = items.length;
        int[] chosen = new int[c];
        for (int i = 0; i < c; i++) {
            chosen[i] = i;
        }
        int[] consequent = new int[c];
        int[] antecedent = new int[k - c];
        while (true) {
            int a = 0;
            int q = 0;
            for (int p = 0; p < k; p++) {
                if (q < c && chosen[q] == p) {
                    consequent[q++] = items[p];
                } else {
                    antecedent[a++] = items[p];
                }
            }
            AssociationRule rule = rule(antecedent, consequent, count);
            if (rule != null) {
                rules.add(rule);
            }
            int i = c - 1;
            while (i >= 0 && chosen[i] == k - c + i) {
                i--;
            }
            if (i < 0) {
                return;
            }
            chosen[i]++;
            for (int j = i + 1; j < c; j++) {
                chosen[j] = chosen[j - 1] + 1;
            }
        }
    }

    private AssociationRule rule(int[] antecedent, int[] consequent, int count) {
        int nA = antecedent.length == 0 ? n : itemsets.count(antecedent);
        double confidence = (double) count / nA;
        if (confidence < settings.minConfidence() - CONFIDENCE_SLACK) {
            return null;
        }
        int nC = itemsets.count(consequent);
        return measured(antecedent, consequent, count, nA, nC, n);
    }

    /** A rule with arules' measures from its counts: n(A u C), n(A), n(C) among {@code n} transactions. */
    static AssociationRule measured(int[] antecedent, int[] consequent, int count, int nA, int nC, int n) {
        double support = (double) count / n;
        double confidence = (double) count / nA;
        double lift = (double) n * count / ((double) nA * nC);
        double leverage = support - ((double) nA / n) * ((double) nC / n);
        double conviction = nA == count ? Double.POSITIVE_INFINITY
                : (double) nA * (n - nC) / ((double) n * (nA - count));
        return new AssociationRule(antecedent, consequent, count, support, confidence, lift, leverage, conviction);
    }
}
