package org.crmworkbench.data.sample;

import org.crmworkbench.data.LongList;
import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Writes {@code ratings.csv}, customer by customer, each customer's ratings in time order. The stars are the
 * planted score ({@link SampleWorld#latentScore}) plus Gaussian noise, rounded and clipped to 1..5.
 */
final class RatingWriter {
    private final SampleWorld world;
    private final Ids ids;

    RatingWriter(SampleWorld world, Ids ids) {
        this.world = world;
        this.ids = ids;
    }

    /** Writes the ratings and returns how many were written. */
    long write(RatingAllocation allocation, CsvWriter out, RowCounter rows) {
        RatingChooser chooser = new RatingChooser(world);
        SalesCalendar calendar = world.calendar();
        String[] stars = {"0", "1", "2", "3", "4", "5"};
        long written = 0;
        for (int u = 0; u < world.customers().size(); u++) {
            int count = allocation.count(u);
            if (count == 0) {
                continue;
            }
            Dice dice = Dice.of(world.seed(), RandomStream.RATINGS, u);
            LongList picks = chooser.choose(u, count, dice);
            String customerId = ids.customer(u);
            for (int i = 0; i < picks.size(); i++) {
                long pick = picks.get(i);
                int j = (int) (pick & 0xFFFFF);
                long second = pick >>> 20;
                int rating = TasteSpace.stars(world.latentScore(u, j), dice.gaussian());
                out.writeRecord(customerId, ids.product(j), stars[rating],
                        calendar.dateTimeText((int) (second / 86_400), (int) (second % 86_400)));
                rows.step();
            }
            written += picks.size();
        }
        return written;
    }
}
