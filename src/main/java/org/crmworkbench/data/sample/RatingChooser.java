package org.crmworkbench.data.sample;

import org.crmworkbench.data.LongList;
import org.crmworkbench.data.IntList;
/**
 * Chooses which products a customer rates, and when. First products the customer bought: the customer's orders
 * are visited in random order and each product of an order not yet chosen is taken with chance 0.7, rated 1–30
 * days after that purchase, until 60% of the customer's ratings are reached or the orders run out. The rest is
 * drawn without replacement by the customer's category taste times product popularity and rated on a day of the
 * customer's active span. Sparse customers use rejection sampling; customers rating a large part of the
 * catalogue use exponential-key weighted sampling over the whole catalogue.
 */
final class RatingChooser {
    private static final double RATE_BOUGHT = 0.7;
    private static final int EARLIEST_SECOND = 7 * 3600;
    private static final int LAST_SECOND = 86_399;

    private final SampleWorld world;
    private final OrderSchedule schedule;
    private final BasketMaker baskets;
    private final boolean[] chosen;
    private final IntList days = new IntList();
    private final IntList ordinals = new IntList();
    private final Basket basket = new Basket();
    private final LongList picks = new LongList();
    private final double[] heapKeys;
    private final int[] heapItems;

    RatingChooser(SampleWorld world) {
        this.world = world;
        this.schedule = new OrderSchedule(world);
        this.baskets = new BasketMaker(world);
        int products = world.catalogue().size();
        this.chosen = new boolean[products];
        this.heapKeys = new double[products];
        this.heapItems = new int[products];
    }

    /**
     * Chooses {@code count} distinct products for customer {@code u}; the result holds
     * {@code (secondOfWindow << 20) | product}, sorted by time.
     */
    LongList choose(int u, int count, Dice dice) {
        picks.clear();
        takeBought(u, (count * 3 + 4) / 5, dice);
        int need = count - picks.size();
        if (need > 0 && (long) count * 3 <= world.catalogue().size()) {
            need = rejectionSample(u, need, dice);
        }
        if (need > 0) {
            weightedSample(u, need, dice);
        }
        for (int i = 0; i < picks.size(); i++) {
            chosen[(int) (picks.get(i) & 0xFFFFF)] = false;
        }
        picks.sort();
        if (picks.size() != count) {
            throw new IllegalStateException("chose " + picks.size() + " of " + count + " ratings for customer " + u);
        }
        return picks;
    }

    /** Takes up to {@code limit} products from the customer's orders, visited in random order. */
    private void takeBought(int u, int limit, Dice dice) {
        schedule.daysOf(u, days);
        ordinals.clear();
        for (int k = 0; k < days.size(); k++) {
            ordinals.add(k);
        }
        int lastDay = world.calendar().days() - 1;
        for (int left = ordinals.size(); left > 0 && picks.size() < limit; left--) {
            int pick = dice.below(left);
            int k = ordinals.get(pick);
            ordinals.set(pick, ordinals.get(left - 1));
            baskets.make(u, k, days.get(k), basket);
            for (int line = 0; line < basket.lines() && picks.size() < limit; line++) {
                int j = basket.product(line);
                if (!chosen[j] && dice.chance(RATE_BOUGHT)) {
                    take(j, Math.min(lastDay, days.get(k) + dice.between(1, 30)), dice);
                }
            }
        }
    }

    private void takeOnActiveDay(int u, int j, Dice dice) {
        CustomerPopulation customers = world.customers();
        take(j, dice.between(customers.joinDay(u), customers.lastActiveDay(u)), dice);
    }

    private void take(int j, int day, Dice dice) {
        chosen[j] = true;
        long second = (long) day * 86_400 + dice.between(EARLIEST_SECOND, LAST_SECOND);
        picks.add((second << 20) | j);
    }

    /** Draws by category taste and popularity, rejecting repeats; returns how many are still missing. */
    private int rejectionSample(int u, int need, Dice dice) {
        ProductCatalogue catalogue = world.catalogue();
        CustomerPopulation customers = world.customers();
        long attempts = 20L * need + 200;
        while (need > 0 && attempts-- > 0) {
            int j = catalogue.drawFromCategory(customers.drawCategory(u, dice), dice);
            if (!chosen[j]) {
                takeOnActiveDay(u, j, dice);
                need--;
            }
        }
        return need;
    }

    /**
     * Weighted sampling without replacement over the whole catalogue (Efraimidis–Spirakis): every product not
     * yet chosen gets the key Exp(1) / weight and the {@code need} smallest keys win.
     */
    private void weightedSample(int u, int need, Dice dice) {
        ProductCatalogue catalogue = world.catalogue();
        CustomerPopulation customers = world.customers();
        int size = 0;
        for (int j = 0; j < catalogue.size(); j++) {
            if (chosen[j]) {
                continue;
            }
            double weight = customers.categoryWeight(u, catalogue.category(j)) * catalogue.popularity(j);
            double key = -StrictMath.log(1 - dice.uniform()) / Math.max(1e-12, weight);
            if (size < need) {
                heapKeys[size] = key;
                heapItems[size] = j;
                siftUp(size++);
            } else if (key < heapKeys[0]) {
                heapKeys[0] = key;
                heapItems[0] = j;
                siftDown(size);
            }
        }
        for (int i = 0; i < size; i++) {
            takeOnActiveDay(u, heapItems[i], dice);
        }
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (heapKeys[parent] >= heapKeys[i]) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int size) {
        int i = 0;
        while (true) {
            int largest = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && heapKeys[left] > heapKeys[largest]) {
                largest = left;
            }
            if (right < size && heapKeys[right] > heapKeys[largest]) {
                largest = right;
            }
            if (largest == i) {
                return;
            }
            swap(i, largest);
            i = largest;
        }
    }

    private void swap(int a, int b) {
        double key = heapKeys[a];
        heapKeys[a] = heapKeys[b];
        heapKeys[b] = key;
        int item = heapItems[a];
        heapItems[a] = heapItems[b];
        heapItems[b] = item;
    }
}
