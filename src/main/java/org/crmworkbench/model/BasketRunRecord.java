package org.crmworkbench.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stored basket analysis: its settings, counts, the items' frequencies and the strongest rules (at most
 * {@link #STORED_RULES}, highest lift first), enough to draw its report items again and to feed the cross-sell
 * source of the Recommend workspace.
 *
 * @param id            the run's id in {@code analysis_runs} (0 before it is saved)
 * @param startedAt     when it started
 * @param appVersion    the workbench version that made it
 * @param dataSource    where the baskets came from
 * @param basis         {@code order}, {@code customer} or {@code file}
 * @param algorithm     {@code fpgrowth}, {@code apriori} or {@code eclat}
 * @param minSupport    the min support
 * @param minConfidence the min confidence
 * @param minLength     the min length
 * @param maxLength     the max length
 * @param maxConsequent the most items in a consequent
 * @param transactions  transactions mined
 * @param items         distinct items among them
 * @param itemsets      frequent itemsets found
 * @param rulesTotal    rules found (more than {@code rules} holds when they were cut at {@link #STORED_RULES})
 * @param seconds       how long mining took
 * @param itemCounts    the items' counts, most frequent first (at most {@link #STORED_ITEMS}, plus every item a
 *                      stored rule names)
 * @param rules         the stored rules, highest lift first
 */
public record BasketRunRecord(long id, Instant startedAt, String appVersion, String dataSource, String basis,
                              String algorithm, double minSupport, double minConfidence, int minLength,
                              int maxLength, int maxConsequent, int transactions, int items, int itemsets,
                              int rulesTotal, double seconds, List<ItemCount> itemCounts, List<Rule> rules) {
    /** The most rules a run stores. */
    public static final int STORED_RULES = 5_000;
    /** The most item counts a run stores besides the items its rules name. */
    public static final int STORED_ITEMS = 1_000;

    public BasketRunRecord {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(algorithm, "algorithm");
        itemCounts = List.copyOf(itemCounts);
        rules = List.copyOf(rules);
    }

    public BasketRunRecord withId(long newId) {
        return new BasketRunRecord(newId, startedAt, appVersion, dataSource, basis, algorithm, minSupport,
                minConfidence, minLength, maxLength, maxConsequent, transactions, items, itemsets, rulesTotal,
                seconds, itemCounts, rules);
    }

    /**
     * An item and the number of transactions holding it.
     *
     * @param item  its id (a product's external id, or a file's item text)
     * @param label its readable name (a product's name; the id when it has none)
     */
    public record ItemCount(String item, String label, int count) {
        public ItemCount {
            Objects.requireNonNull(item, "item");
            label = label == null || label.isBlank() ? item : label;
        }
    }

    /**
     * A stored rule; items by id. Conviction is infinite (stored as NULL) when the confidence is 1.
     */
    public record Rule(List<String> antecedent, List<String> consequent, int count, double support,
                       double confidence, double lift, double leverage, double conviction) {
        public Rule {
            antecedent = List.copyOf(antecedent);
            consequent = List.copyOf(consequent);
        }

        /** Items on both sides. */
        public int length() {
            return antecedent.size() + consequent.size();
        }
    }
}
