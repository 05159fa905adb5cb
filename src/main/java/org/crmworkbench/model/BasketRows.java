package org.crmworkbench.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Baskets as read from the database or a file, before the analysis numbers their items: {@code ids.get(t)} names
 * transaction t (an order's or customer's external id, a file's transaction id), {@code customers.get(t)} its
 * customer ("" when unknown), {@code items.get(t)} the items in it (product external ids, or a file's item texts).
 * {@code itemLabels} gives a readable name for items that have one (a product's name); others read as their id.
 *
 * @param source where they came from (the database's description or the file's name)
 * @param basis  {@code order}, {@code customer} or {@code file}
 */
public record BasketRows(String source, String basis, List<String> ids, List<String> customers,
                         List<List<String>> items, Map<String, String> itemLabels) {
    public BasketRows {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(basis, "basis");
        if (ids.size() != customers.size() || ids.size() != items.size()) {
            throw new IllegalArgumentException("ids, customers and items differ in length");
        }
        itemLabels = Map.copyOf(itemLabels);
    }

    /** Number of transactions. */
    public int size() {
        return ids.size();
    }

    /** The readable name of an item: its label when it has one, else the item itself. */
    public String label(String item) {
        String label = itemLabels.get(item);
        return label == null || label.isBlank() ? item : label;
    }
}
