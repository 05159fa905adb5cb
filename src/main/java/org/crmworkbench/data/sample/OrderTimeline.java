package org.crmworkbench.data.sample;

import org.crmworkbench.data.LongList;
import org.crmworkbench.data.IntList;
import org.crmworkbench.work.Progress;

/**
 * All orders in date order, each packed into one long as (day, customer, ordinal of the order among the
 * customer's orders). Order ids are positions in this timeline, so they rise with the order date. Eight bytes
 * per order; the order contents are regenerated from (customer, ordinal) when written.
 */
final class OrderTimeline {
    private static final int ORDINAL_BITS = 20;
    private static final int CUSTOMER_BITS = 21;
    private static final long ORDINAL_MASK = (1L << ORDINAL_BITS) - 1;
    private static final long CUSTOMER_MASK = (1L << CUSTOMER_BITS) - 1;

    private final long[] orders;

    OrderTimeline(SampleWorld world, OrderSchedule schedule, Progress progress) {
        LongList packed = new LongList();
        IntList days = new IntList();
        int customers = world.customers().size();
        for (int u = 0; u < customers; u++) {
            if ((u & 1023) == 0) {
                progress.checkCancelled();
            }
            schedule.daysOf(u, days);
            for (int k = 0; k < days.size(); k++) {
                packed.add(((long) days.get(k) << (CUSTOMER_BITS + ORDINAL_BITS)) | ((long) u << ORDINAL_BITS) | k);
            }
        }
        orders = packed.toSortedArray();
    }

    int size() {
        return orders.length;
    }

    int day(int i) {
        return (int) (orders[i] >>> (CUSTOMER_BITS + ORDINAL_BITS));
    }

    int customer(int i) {
        return (int) ((orders[i] >>> ORDINAL_BITS) & CUSTOMER_MASK);
    }

    int ordinal(int i) {
        return (int) (orders[i] & ORDINAL_MASK);
    }
}
