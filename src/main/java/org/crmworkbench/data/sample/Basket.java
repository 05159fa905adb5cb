package org.crmworkbench.data.sample;

/** One order being made: channel, rep and lines. Reused from order to order. */
final class Basket {
    static final int MAX_LINES = 12;

    private final int[] products = new int[MAX_LINES];
    private final int[] quantities = new int[MAX_LINES];
    private final long[] unitCents = new long[MAX_LINES];
    private int lines;
    private int channel;
    private int rep;

    void reset(int newChannel, int newRep) {
        lines = 0;
        channel = newChannel;
        rep = newRep;
    }

    void add(int product, int quantity, long unitPriceCents) {
        products[lines] = product;
        quantities[lines] = quantity;
        unitCents[lines] = unitPriceCents;
        lines++;
    }

    boolean contains(int product) {
        for (int i = 0; i < lines; i++) {
            if (products[i] == product) {
                return true;
            }
        }
        return false;
    }

    int lines() {
        return lines;
    }

    /** Ordinal of the order's {@link Channel}. */
    int channel() {
        return channel;
    }

    /** Index of the rep, or -1 for online orders. */
    int rep() {
        return rep;
    }

    int product(int line) {
        return products[line];
    }

    int quantity(int line) {
        return quantities[line];
    }

    long unitCents(int line) {
        return unitCents[line];
    }

    /** Sum of quantity × unit price over the lines, in cents. */
    long totalCents() {
        long total = 0;
        for (int i = 0; i < lines; i++) {
            total += quantities[i] * unitCents[i];
        }
        return total;
    }
}
