package org.crmworkbench.analysis.basket;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmworkbench.model.CodedTexts;
import org.crmworkbench.model.PackedTexts;

/**
 * Baskets over a numbered item vocabulary: transaction t holds the distinct items {@link #basket(int)} (ascending item
 * numbers; an item bought twice in one basket counts once, as in arules). Each transaction keeps the id it came with
 * (an order's id, a customer's id, a file's transaction id or line) and, when known, the customer it belongs to, so
 * a rule can list the orders and customers it covers. Items are numbered by first appearance; their names are the
 * ids they came with (product external ids, or a file's item texts). Immutable.
 *
 * <p>Stored compactly: one array of every basket's items back to back and the offsets where each basket starts (40
 * bytes a transaction plus 4 a purchase, beside the ids). The transactions of each item, which {@link #covering}
 * intersects, are indexed the first time they are asked for.
 */
public final class Transactions {
    private final int[] start;
    private final int[] items;
    private final String[] names;
    private final Map<String, Integer> numbers;
    private final List<String> ids;
    private final List<String> customers;
    private final int[] itemCounts;
    private volatile int[][] byItem;

    private Transactions(int[] start, int[] items, String[] names, List<String> ids, List<String> customers) {
        this.start = start;
        this.items = items;
        this.names = names;
        this.ids = ids;
        this.customers = customers;
        this.numbers = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            numbers.put(names[i], i);
        }
        this.itemCounts = new int[names.length];
        for (int item : items) {
            itemCounts[item]++;
        }
    }

    /**
     * Transactions from parallel lists: {@code ids.get(t)} names transaction t, {@code customers.get(t)} its
     * customer ("" when unknown; the list may be null), {@code baskets.get(t)} its items by name (duplicates and
     * blank names dropped). Transactions left empty are kept (they count in the support denominator, as in arules).
     */
    public static Transactions of(List<String> ids, List<String> customers, List<List<String>> baskets) {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(baskets, "baskets");
        int n = baskets.size();
        if (ids.size() != n || (customers != null && customers.size() != n)) {
            throw new IllegalArgumentException("ids, customers and baskets must be as long: " + ids.size() + ", "
                    + (customers == null ? "-" : customers.size()) + ", " + n);
        }
        Map<String, Integer> numbers = new HashMap<>();
        int[] start = new int[n + 1];
        int[] items = new int[Math.max(16, n * 4)];
        int used = 0;
        int[] row = new int[16];
        for (int t = 0; t < n; t++) {
            List<String> basket = baskets.get(t);
            int k = 0;
            for (String name : basket) {
                if (name == null || name.isBlank()) {
                    continue;
                }
                Integer number = numbers.get(name);
                if (number == null) {
                    number = numbers.size();
                    numbers.put(name, number);
                }
                if (k == row.length) {
                    row = Arrays.copyOf(row, k * 2);
                }
                row[k++] = number;
            }
            k = distinctSorted(row, k);
            if (used + k > items.length) {
                items = Arrays.copyOf(items, Math.max(items.length * 2, used + k));
            }
            System.arraycopy(row, 0, items, used, k);
            used += k;
            start[t + 1] = used;
        }
        String[] names = new String[numbers.size()];
        numbers.forEach((name, number) -> names[number] = name);
        List<String> idList = isPacked(ids) ? ids : Arrays.asList(ids.toArray(new String[0]));
        List<String> customerList = customers == null ? null : isPacked(customers) ? customers
                : Arrays.asList(customers.stream().map(c -> c == null ? "" : c).toArray(String[]::new));
        return new Transactions(start, Arrays.copyOf(items, used), names, idList, customerList);
    }

    /**
     * Whether {@code texts} is one of the unchangeable compact lists the database readers give (kept as they are:
     * copying 12.2M order ids into strings would take 680 MB).
     */
    private static boolean isPacked(List<String> texts) {
        return texts instanceof PackedTexts || texts instanceof CodedTexts;
    }

    /**
     * Transactions whose items are already numbered 0 to {@code itemCount - 1} (for generated data and comparisons
     * with other libraries): item i is named {@code "i"}, transaction t has id {@code "t + 1"} and no customer.
     * Each basket is copied, sorted and cleared of repeats.
     */
    public static Transactions ofNumbered(int[][] baskets, int itemCount) {
        int n = baskets.length;
        int[] start = new int[n + 1];
        long total = 0;
        for (int[] b : baskets) {
            total += b.length;
        }
        int[] items = new int[Math.toIntExact(total)];
        int used = 0;
        for (int t = 0; t < n; t++) {
            int[] row = baskets[t].clone();
            for (int item : row) {
                if (item < 0 || item >= itemCount) {
                    throw new IllegalArgumentException("item " + item + " outside 0.." + (itemCount - 1));
                }
            }
            int k = distinctSorted(row, row.length);
            System.arraycopy(row, 0, items, used, k);
            used += k;
            start[t + 1] = used;
        }
        String[] names = new String[itemCount];
        for (int i = 0; i < itemCount; i++) {
            names[i] = Integer.toString(i);
        }
        String[] ids = new String[n];
        for (int t = 0; t < n; t++) {
            ids[t] = Integer.toString(t + 1);
        }
        return new Transactions(start, Arrays.copyOf(items, used), names, Arrays.asList(ids), null);
    }

    private static int distinctSorted(int[] row, int k) {
        Arrays.sort(row, 0, k);
        int m = 0;
        for (int i = 0; i < k; i++) {
            if (m == 0 || row[m - 1] != row[i]) {
                row[m++] = row[i];
            }
        }
        return m;
    }

    /** Number of transactions. */
    public int size() {
        return start.length - 1;
    }

    /** Number of distinct items. */
    public int itemCount() {
        return names.length;
    }

    /** The name of item {@code i}. */
    public String item(int i) {
        return names[i];
    }

    /** The number of the item with that name, or -1. */
    public int itemIndex(String name) {
        Integer number = numbers.get(name);
        return number == null ? -1 : number;
    }

    /** The distinct items of transaction {@code t}, ascending; do not modify. */
    public int[] basket(int t) {
        return Arrays.copyOfRange(items, start[t], start[t + 1]);
    }

    /** Number of distinct items in transaction {@code t}. */
    public int basketSize(int t) {
        return start[t + 1] - start[t];
    }

    /** The id transaction {@code t} came with. */
    public String id(int t) {
        return ids.get(t);
    }

    /** The customer of transaction {@code t}, or "" when unknown. */
    public String customer(int t) {
        return customers == null ? "" : customers.get(t);
    }

    /** In how many transactions each item is (indexed by item number). */
    public int[] itemCounts() {
        return itemCounts.clone();
    }

    /** Total number of (transaction, item) entries. */
    public long entries() {
        return items.length;
    }

    /** The transactions (ascending) that hold every item of {@code items}. */
    public int[] covering(int[] items) {
        int n = size();
        if (items.length == 0) {
            int[] all = new int[n];
            Arrays.setAll(all, t -> t);
            return all;
        }
        int[][] lists = transactionsByItem();
        int[][] chosen = new int[items.length][];
        for (int i = 0; i < items.length; i++) {
            if (items[i] < 0 || items[i] >= names.length) {
                return new int[0];
            }
            chosen[i] = lists[items[i]];
        }
        Arrays.sort(chosen, (a, b) -> Integer.compare(a.length, b.length));
        int[] result = chosen[0].clone();
        int size = result.length;
        for (int i = 1; i < chosen.length && size > 0; i++) {
            size = TidLists.intersect(result, size, chosen[i], chosen[i].length, result);
        }
        return Arrays.copyOf(result, size);
    }

    /** Flat view for the miners: where each basket starts in {@link #flatItems()}; do not modify. */
    int[] flatStarts() {
        return start;
    }

    /** Flat view for the miners: every basket's items back to back; do not modify. */
    int[] flatItems() {
        return items;
    }

    private int[][] transactionsByItem() {
        int[][] lists = byItem;
        if (lists == null) {
            lists = new int[names.length][];
            for (int i = 0; i < names.length; i++) {
                lists[i] = new int[itemCounts[i]];
            }
            int[] fill = new int[names.length];
            for (int t = 0; t < size(); t++) {
                for (int p = start[t]; p < start[t + 1]; p++) {
                    int item = items[p];
                    lists[item][fill[item]++] = t;
                }
            }
            byItem = lists;
        }
        return lists;
    }
}
