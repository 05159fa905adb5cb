package org.crmworkbench.present.basket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crmworkbench.analysis.basket.AssociationRule;
import org.crmworkbench.analysis.basket.BasketResult;
import org.crmworkbench.analysis.basket.BasketSettings;
import org.crmworkbench.analysis.basket.RuleOrder;
import org.crmworkbench.analysis.basket.Transactions;
import org.crmworkbench.model.BasketRows;
import org.crmworkbench.model.BasketRunRecord;

/**
 * Turns a basket analysis into the record a run stores: the rules highest lift first, cut at
 * {@link BasketRunRecord#STORED_RULES}, items named by their ids with the rows' labels, the item counts most frequent
 * first (at most {@link BasketRunRecord#STORED_ITEMS} plus every item a stored rule names).
 */
public final class BasketRecords {
    /** The record of {@code result}, mined from {@code rows}, begun at {@code startedAt}. */
    public BasketRunRecord of(BasketResult result, BasketRows rows, Instant startedAt, String appVersion) {
        Transactions t = result.transactions();
        BasketSettings s = result.settings();
        List<AssociationRule> sorted = RuleOrder.LIFT.sort(result.rules());
        List<AssociationRule> kept = sorted.subList(0, Math.min(sorted.size(), BasketRunRecord.STORED_RULES));
        List<BasketRunRecord.Rule> rules = new ArrayList<>(kept.size());
        Set<Integer> named = new LinkedHashSet<>();
        for (AssociationRule r : kept) {
            rules.add(new BasketRunRecord.Rule(ids(t, r.antecedent(), named), ids(t, r.consequent(), named),
                    r.count(), r.support(), r.confidence(), r.lift(), r.leverage(), r.conviction()));
        }
        int[] counts = t.itemCounts();
        List<Integer> byCount = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            byCount.add(i);
        }
        byCount.sort(Comparator.comparingInt((Integer i) -> -counts[i]).thenComparing(t::item));
        List<BasketRunRecord.ItemCount> items = new ArrayList<>();
        for (int rank = 0; rank < byCount.size(); rank++) {
            int i = byCount.get(rank);
            if (rank < BasketRunRecord.STORED_ITEMS || named.contains(i)) {
                items.add(new BasketRunRecord.ItemCount(t.item(i), rows.label(t.item(i)), counts[i]));
            }
        }
        return new BasketRunRecord(0, startedAt, appVersion, rows.source(), rows.basis(), s.algorithm().cliName(),
                s.minSupport(), s.minConfidence(), s.minLength(), s.maxLength(), s.maxConsequent(), t.size(),
                t.itemCount(), result.itemsets().size(), result.rules().size(), result.seconds(), items, rules);
    }

    private static List<String> ids(Transactions t, int[] items, Set<Integer> named) {
        List<String> out = new ArrayList<>(items.length);
        for (int i : items) {
            out.add(t.item(i));
            named.add(i);
        }
        return out;
    }
}
