package org.crmworkbench.ui.basket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crmworkbench.analysis.basket.Transactions;
import org.crmworkbench.model.BasketRows;

/**
 * The readable names of the items of one set of baskets (a product's name where it has one, else its id), itemsets
 * written as arules writes them ({@code {whole milk, yogurt}}), and the items a typed filter text names.
 */
final class ItemNames {
    private final String[] labels;
    private final int[] counts;

    ItemNames(Transactions transactions, BasketRows rows) {
        labels = new String[transactions.itemCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = rows.label(transactions.item(i));
        }
        counts = transactions.itemCounts();
    }

    String label(int item) {
        return labels[item];
    }

    /** The items as {@code {a, b}} in alphabetical order (as the saved runs and files write them); {@code {}} for none. */
    String itemset(int[] items) {
        String[] names = new String[items.length];
        for (int k = 0; k < items.length; k++) {
            names[k] = labels[items[k]];
        }
        Arrays.sort(names);
        return "{" + String.join(", ", names) + "}";
    }

    /**
     * The items whose name holds {@code text} (ignoring case); null for a blank text (no filter), an empty set when
     * nothing matches.
     */
    Set<Integer> matching(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        Set<Integer> found = new HashSet<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].toLowerCase(Locale.ROOT).contains(wanted)) {
                found.add(i);
            }
        }
        return found;
    }

    /** Every item's name, most frequent first (what the filter boxes offer). */
    List<String> byFrequency() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> -counts[i]).thenComparing(i -> labels[i]));
        return order.stream().map(i -> labels[i]).toList();
    }
}
