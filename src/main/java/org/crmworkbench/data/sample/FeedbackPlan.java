package org.crmworkbench.data.sample;

import org.crmworkbench.data.LongList;
import org.crmworkbench.work.Progress;

/**
 * When feedback is written: Poisson(group rate) texts per customer (at most {@value #MAX_PER_CUSTOMER}), each
 * at a random time between 08:00 and 22:00 on a day of the customer's active span; lapsing customers write in
 * their last 240 active days. Packed as (second of window, customer, ordinal) and sorted, so feedback ids rise
 * with time.
 */
final class FeedbackPlan {
    static final int MAX_PER_CUSTOMER = 6;
    private static final int ORDINAL_BITS = 8;
    private static final int CUSTOMER_BITS = 21;
    private static final int LAPSING_WINDOW = 240;

    private final long[] entries;

    FeedbackPlan(SampleWorld world, Progress progress) {
        CustomerPopulation customers = world.customers();
        LongList packed = new LongList();
        for (int u = 0; u < customers.size(); u++) {
            if ((u & 1023) == 0) {
                progress.checkCancelled();
            }
            Dice dice = Dice.of(world.seed(), RandomStream.FEEDBACK_PLAN, u);
            CustomerGroup group = customers.group(u);
            int count = Math.min(MAX_PER_CUSTOMER, dice.poisson(group.feedbackPerCustomer()));
            int first = customers.joinDay(u);
            int last = customers.lastActiveDay(u);
            if (group.lifecycle() == CustomerGroup.Lifecycle.LAPSING) {
                first = Math.max(first, last - LAPSING_WINDOW);
            }
            for (int k = 0; k < count; k++) {
                long second = (long) dice.between(first, last) * 86_400 + dice.between(8 * 3600, 22 * 3600 - 1);
                packed.add((second << (CUSTOMER_BITS + ORDINAL_BITS)) | ((long) u << ORDINAL_BITS) | k);
            }
        }
        entries = packed.toSortedArray();
    }

    int size() {
        return entries.length;
    }

    /** Second of the window (day × 86,400 + second of day) at which feedback {@code i} was written. */
    long second(int i) {
        return entries[i] >>> (CUSTOMER_BITS + ORDINAL_BITS);
    }

    int customer(int i) {
        return (int) ((entries[i] >>> ORDINAL_BITS) & ((1L << CUSTOMER_BITS) - 1));
    }

    int ordinal(int i) {
        return (int) (entries[i] & ((1L << ORDINAL_BITS) - 1));
    }
}
