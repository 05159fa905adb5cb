package org.crmworkbench.ui.feedback;

import java.util.Objects;
import java.util.function.Function;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.FeedbackRunRecord;
import org.crmworkbench.present.feedback.FeedbackCharts;
import org.jfree.chart.JFreeChart;

/**
 * What the Feedback view draws, from the shown result as a run would store it: sentiment over time with volumes,
 * the breakdown bars of a dimension, topics and aspects. The charts are made new for each view that asks (so the
 * long-lived view model holds no chart a viewer listens to), in the language of the view.
 */
public final class FeedbackDrawing {
    /** The charts of a run ({@link FeedbackCharts} in the application). */
    interface Charts {
        JFreeChart timeline(FeedbackRunRecord run);

        JFreeChart breakdown(FeedbackRunRecord run, String dimension);

        /** The breakdown as it leaves the window (sales reps' names masked); the on-screen one by default. */
        default JFreeChart breakdownMasked(FeedbackRunRecord run, String dimension) {
            return breakdown(run, dimension);
        }

        JFreeChart aspects(FeedbackRunRecord run);

        JFreeChart topics(FeedbackRunRecord run);
    }

    private final FeedbackRunRecord run;
    private final Messages messages;
    private final Function<Messages, Charts> charts;

    FeedbackDrawing(FeedbackRunRecord run, Messages messages, Function<Messages, Charts> charts) {
        this.run = Objects.requireNonNull(run, "run");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.charts = Objects.requireNonNull(charts, "charts");
    }

    /** The same result in another language. */
    FeedbackDrawing in(Messages other) {
        return new FeedbackDrawing(run, other, charts);
    }

    /** The result as a run would store it (what Save run stores). */
    public FeedbackRunRecord run() {
        return run;
    }

    public JFreeChart timeline() {
        return run.timeline().isEmpty() ? null : charts.apply(messages).timeline(run);
    }

    /** The breakdown as it leaves the window: sales reps' names masked. */
    public JFreeChart breakdownMasked(String dimension) {
        boolean any = run.groups().stream().anyMatch(g -> g.dimension().equals(dimension));
        return any ? charts.apply(messages).breakdownMasked(run, dimension) : null;
    }

    /** The bars of the dimension with code {@code dimension}; null when the run has no groups of it. */
    public JFreeChart breakdown(String dimension) {
        boolean any = run.groups().stream().anyMatch(g -> g.dimension().equals(dimension));
        return any ? charts.apply(messages).breakdown(run, dimension) : null;
    }

    public JFreeChart aspects() {
        return run.aspects().isEmpty() ? null : charts.apply(messages).aspects(run);
    }

    public JFreeChart topics() {
        return run.topics().isEmpty() ? null : charts.apply(messages).topics(run);
    }
}
