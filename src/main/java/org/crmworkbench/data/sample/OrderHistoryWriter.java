package org.crmworkbench.data.sample;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Writes {@code orders.csv} and {@code order_lines.csv} in date order, regenerating each order's contents from
 * the timeline entry. An order's total is the exact cent sum of quantity × unit price over its lines.
 */
final class OrderHistoryWriter {
    private final SampleWorld world;
    private final Ids ids;

    OrderHistoryWriter(SampleWorld world, Ids ids) {
        this.world = world;
        this.ids = ids;
    }

    /** Writes all orders and returns the number of order lines written. */
    long write(OrderTimeline timeline, CsvWriter orders, CsvWriter lines, RowCounter rows) {
        BasketMaker maker = new BasketMaker(world);
        Basket basket = new Basket();
        SalesCalendar calendar = world.calendar();
        long lineCount = 0;
        for (int i = 0; i < timeline.size(); i++) {
            int day = timeline.day(i);
            int u = timeline.customer(i);
            maker.make(u, timeline.ordinal(i), day, basket);
            String orderId = ids.order(i);
            orders.writeRecord(orderId, ids.customer(u), calendar.dateText(day),
                    Channel.of(basket.channel()).code(), basket.rep() < 0 ? "" : ids.rep(basket.rep()),
                    Money.format(basket.totalCents()));
            for (int line = 0; line < basket.lines(); line++) {
                lines.writeRecord(orderId, ids.product(basket.product(line)),
                        Integer.toString(basket.quantity(line)), Money.format(basket.unitCents(line)));
            }
            lineCount += basket.lines();
            rows.step();
        }
        return lineCount;
    }
}
