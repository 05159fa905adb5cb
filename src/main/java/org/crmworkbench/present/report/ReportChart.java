package org.crmworkbench.present.report;

import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartDecimation;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.FastScatterPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * A report's chart made ready for a vector page: titled with the item's title (which the report shows as the
 * heading above it, so the chart's own title is hidden there) and thinned by {@link ChartDecimation} when it has
 * more than {@link ChartDecimation#VECTOR_LIMIT} points.
 */
final class ReportChart {
    private final Messages messages;

    ReportChart(Messages messages) {
        this.messages = messages;
    }

    /**
     * The chart to draw for {@code item}: its own chart, titled {@link ReportItem#title()} with the title hidden,
     * or a thinned copy. Call {@link #restore} on the item afterwards to show the title again.
     */
    JFreeChart forPage(ReportItem.Chart item) {
        JFreeChart chart = item.chart();
        if (!item.title().isBlank()) {
            chart.setTitle(item.title());
        }
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setVisible(false);
        }
        return points(chart) > ChartDecimation.VECTOR_LIMIT
                ? new ChartDecimation(messages).forVector(chart, ChartDecimation.VECTOR_LIMIT) : chart;
    }

    /** Shows the item's chart title again, so the chart looks as before outside the report. */
    void restore(ReportItem.Chart item) {
        TextTitle title = item.chart().getTitle();
        if (title != null) {
            title.setVisible(true);
        }
    }

    /** How many data points the chart's plot draws (XY items, or category cells), over all its data sets. */
    static long points(JFreeChart chart) {
        Plot plot = chart.getPlot();
        long n = 0;
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDatasetCount(); i++) {
                XYDataset data = xy.getDataset(i);
                if (data != null) {
                    for (int s = 0; s < data.getSeriesCount(); s++) {
                        n += data.getItemCount(s);
                    }
                }
            }
        } else if (plot instanceof FastScatterPlot fast && fast.getData() != null) {
            n = fast.getData()[0].length;
        } else if (plot instanceof CategoryPlot cat) {
            for (int i = 0; i < cat.getDatasetCount(); i++) {
                CategoryDataset data = cat.getDataset(i);
                if (data != null) {
                    n += (long) data.getRowCount() * data.getColumnCount();
                }
            }
        }
        return n;
    }
}
