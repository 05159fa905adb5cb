package org.crmworkbench.data.sample;

import org.crmworkbench.data.IntList;
/**
 * When each customer orders. For every calendar month of the customer's active span the number of orders is
 * Poisson with mean {@code ordersPerYear × activity × days/365.25 × season × trend}; the orders fall on
 * uniformly drawn days of that month, and a lapsing customer's order is kept with the probability of the
 * customer's decline factor on that day. Every customer gets at least one order.
 */
final class OrderSchedule {
    private static final double DAYS_PER_YEAR = 365.25;

    private final SampleWorld world;

    OrderSchedule(SampleWorld world) {
        this.world = world;
    }

    /** Fills {@code out} with the customer's order days in ascending order. */
    void daysOf(int u, IntList out) {
        out.clear();
        CustomerPopulation customers = world.customers();
        SalesCalendar calendar = world.calendar();
        Dice dice = Dice.of(world.seed(), RandomStream.SCHEDULE, u);
        int join = customers.joinDay(u);
        int stop = customers.stopDay(u);
        double perDay = customers.group(u).ordersPerYear() * customers.activity(u) / DAYS_PER_YEAR;
        for (int piece = 0; piece < calendar.monthPieces(); piece++) {
            int from = Math.max(join, calendar.pieceStart(piece));
            int to = Math.min(stop, calendar.pieceEnd(piece));
            if (from >= to) {
                continue;
            }
            int mid = (from + to - 1) / 2;
            int n = dice.poisson(perDay * (to - from) * calendar.intensity(mid));
            for (int i = 0; i < n; i++) {
                int day = from + dice.below(to - from);
                if (dice.uniform() < customers.decline(u, day)) {
                    out.add(day);
                }
            }
        }
        if (out.size() == 0) {
            out.add(join + dice.below(stop - join));
        }
        out.sort();
    }
}
