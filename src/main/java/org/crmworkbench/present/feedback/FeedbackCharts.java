package org.crmworkbench.present.feedback;

import java.util.Map;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.FeedbackRunRecord;
import org.jfree.chart.JFreeChart;

/**
 * The Feedback charts, drawn from a run record (the window's current result, a saved run or the verb's result):
 * sentiment over time with volumes, breakdown bars, aspects, topics and labels by language.
 */
public final class FeedbackCharts {
    private final Messages messages;

    public FeedbackCharts(Messages messages) {
        this.messages = messages;
    }

    /** Every chart by its file name without extension ({@code timeline}, {@code aspects}, ...), in a fixed order. */
    public Map<String, JFreeChart> charts(FeedbackRunRecord run) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Mean score as a line over stacked positive / neutral / negative volumes per period. */
    public JFreeChart timeline(FeedbackRunRecord run) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Stacked label shares of the values of one dimension (its code), most texts first (at most 15 bars). */
    public JFreeChart breakdown(FeedbackRunRecord run, String dimension) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Each aspect's positive and negative share. */
    public JFreeChart aspects(FeedbackRunRecord run) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Topic sizes with their mean sentiment. */
    public JFreeChart topics(FeedbackRunRecord run) {
        throw new UnsupportedOperationException("not yet");
    }
}
