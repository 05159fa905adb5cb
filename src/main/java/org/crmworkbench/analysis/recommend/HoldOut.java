package org.crmworkbench.analysis.recommend;

import java.util.Arrays;
import java.util.Objects;

/**
 * One fold of an evaluation: the ratings a method is trained on and the ratings it is tested on. Held-out ratings are
 * named by their customer-major positions in the full matrix; the training matrix has the same customers and products
 * (so indexes agree) without them. Immutable.
 */
public final class HoldOut {
    private final RatingMatrix full;
    private final RatingMatrix train;
    private final boolean[] heldOut;
    private final int[] positions;

    /** A fold holding out the positions marked true in {@code heldOut} (one entry per rating of {@code full}). */
    HoldOut(RatingMatrix full, boolean[] heldOut) {
        this.full = Objects.requireNonNull(full, "full");
        if (heldOut.length != full.size()) {
            throw new IllegalArgumentException("mask has " + heldOut.length + " entries for " + full.size()
                    + " ratings");
        }
        this.heldOut = heldOut.clone();
        boolean[] keep = new boolean[heldOut.length];
        int count = 0;
        for (int p = 0; p < heldOut.length; p++) {
            keep[p] = !heldOut[p];
            if (heldOut[p]) {
                count++;
            }
        }
        this.positions = new int[count];
        int q = 0;
        for (int p = 0; p < heldOut.length; p++) {
            if (heldOut[p]) {
                positions[q++] = p;
            }
        }
        this.train = full.keep(keep);
    }

    /**
     * The purchases a method may learn from in this fold: all of them except the (customer, product) pairs whose
     * rating is held out, so what a customer bought cannot tell a method which held-out product to rank first.
     * Purchases carry no dates, so the temporal split drops only those pairs too.
     */
    public RatingMatrix trainPurchases(RatingMatrix purchases) {
        if (purchases.userCount() != full.userCount() || purchases.itemCount() != full.itemCount()) {
            throw new IllegalArgumentException("purchases and ratings are over different customers or products");
        }
        boolean[] keep = new boolean[purchases.size()];
        for (int u = 0; u < purchases.userCount(); u++) {
            for (int p = purchases.userStart(u); p < purchases.userEnd(u); p++) {
                int at = Arrays.binarySearch(full.userItems, full.userStart(u), full.userEnd(u), purchases.itemAt(p));
                keep[p] = at < 0 || !heldOut[at];
            }
        }
        return purchases.keep(keep);
    }

    /** All ratings, training and held out. */
    public RatingMatrix full() {
        return full;
    }

    /** The ratings without the held-out ones. */
    public RatingMatrix train() {
        return train;
    }

    /** Whether the rating at this customer-major position of {@link #full()} is held out. */
    public boolean isHeldOut(int position) {
        return heldOut[position];
    }

    /** Number of held-out ratings. */
    public int heldOutCount() {
        return positions.length;
    }

    /** The held-out customer-major positions of {@link #full()}, ascending (so grouped by customer). */
    public int[] heldOutPositions() {
        return positions.clone();
    }

    @Override
    public String toString() {
        return "HoldOut[" + positions.length + " of " + full.size() + " ratings held out"
                + (positions.length <= 20 ? " " + Arrays.toString(positions) : "") + "]";
    }
}
