package org.crmworkbench.data.sample;

import de.siegmar.fastcsv.writer.CsvWriter;

/** Writes {@code feedback.csv} in time order. */
final class FeedbackWriter {
    private final SampleWorld world;
    private final Ids ids;

    FeedbackWriter(SampleWorld world, Ids ids) {
        this.world = world;
        this.ids = ids;
    }

    void write(FeedbackPlan plan, CsvWriter out, RowCounter rows) {
        FeedbackMaker maker = new FeedbackMaker(world);
        SalesCalendar calendar = world.calendar();
        for (int i = 0; i < plan.size(); i++) {
            int u = plan.customer(i);
            FeedbackMaker.Feedback feedback = maker.make(u, plan.ordinal(i));
            long second = plan.second(i);
            out.writeRecord(ids.feedback(i), ids.customer(u),
                    calendar.dateTimeText((int) (second / 86_400), (int) (second % 86_400)),
                    feedback.channel().code(), feedback.text(), feedback.language(), ids.product(feedback.product()));
            rows.step();
        }
    }
}
