package org.crmworkbench.analysis.basket;

import java.util.List;

/**
 * Baskets over a numbered item vocabulary: transaction t holds the distinct items {@link #basket(int)} (ascending item
 * numbers; an item bought twice in one basket counts once, as in arules). Each transaction keeps the id it came with
 * (an order's id, a customer's id, a file's transaction id or line) and, when known, the customer it belongs to, so
 * a rule can list the orders and customers it covers. Items are numbered by first appearance; their names are the
 * ids they came with (product external ids, or a file's item texts). Immutable.
 */
public final class Transactions {
    // skeleton: the analysis helper implements it

    private Transactions() {
    }

    /**
     * Transactions from parallel lists: {@code ids.get(t)} names transaction t, {@code customers.get(t)} its
     * customer ("" when unknown; the list may be null), {@code baskets.get(t)} its items by name (duplicates and
     * blank names dropped). Transactions left empty are kept (they count in the support denominator, as in arules).
     */
    public static Transactions of(List<String> ids, List<String> customers, List<List<String>> baskets) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Number of transactions. */
    public int size() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Number of distinct items. */
    public int itemCount() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The name of item {@code i}. */
    public String item(int i) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The number of the item with that name, or -1. */
    public int itemIndex(String name) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The distinct items of transaction {@code t}, ascending; do not modify. */
    public int[] basket(int t) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The id transaction {@code t} came with. */
    public String id(int t) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The customer of transaction {@code t}, or "" when unknown. */
    public String customer(int t) {
        throw new UnsupportedOperationException("not yet");
    }

    /** In how many transactions each item is (indexed by item number). */
    public int[] itemCounts() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Total number of (transaction, item) entries. */
    public long entries() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The transactions (ascending) that hold every item of {@code items}. */
    public int[] covering(int[] items) {
        throw new UnsupportedOperationException("not yet");
    }
}
