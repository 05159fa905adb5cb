package org.crmworkbench.present.value;

import java.util.Map;
import java.util.Objects;
import org.crmworkbench.analysis.value.HoldoutComparison;
import org.crmworkbench.analysis.value.RfmTable;
import org.crmworkbench.analysis.value.StageHistory;
import org.crmworkbench.analysis.value.StageMigration;
import org.crmworkbench.analysis.value.Tracking;
import org.crmworkbench.analysis.value.ValueResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.ValueRunRecord;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartStyle;
import org.jfree.chart.JFreeChart;

/** The value analysis' charts, worded in the reader's language. */
public final class ValueCharts {
    private final Messages messages;
    private final ChartStyle style;

    public ValueCharts(Messages messages) {
        this(messages, new ChartStyle(new ChartFonts()));
    }

    public ValueCharts(Messages messages, ChartStyle style) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.style = Objects.requireNonNull(style, "style");
    }

    /** Customers per RFM segment. */
    public JFreeChart rfmSegments(RfmTable rfm) {
        throw new UnsupportedOperationException("to be written");
    }

    /** Frequency x recency heat map of the purchases expected over the horizon (at the largest age T). */
    public JFreeChart expectedPurchasesMap(ValueResult result) {
        throw new UnsupportedOperationException("to be written");
    }

    /** Frequency x recency heat map of P(alive) (at the largest age T). */
    public JFreeChart aliveMap(ValueResult result) {
        throw new UnsupportedOperationException("to be written");
    }

    /** The P(alive) map of a saved run, drawn again from its model's parameters. */
    public JFreeChart aliveMap(ValueRunRecord run) {
        throw new UnsupportedOperationException("to be written");
    }

    /** Mean holdout purchases, actual against expected, by calibration frequency. */
    public JFreeChart holdout(HoldoutComparison holdout) {
        throw new UnsupportedOperationException("to be written");
    }

    /** Cumulative repeat purchases, actual against the model, with the calibration end marked. */
    public JFreeChart tracking(Tracking tracking) {
        throw new UnsupportedOperationException("to be written");
    }

    /** The distribution of CLV over the customers. */
    public JFreeChart clvDistribution(ValueResult result) {
        throw new UnsupportedOperationException("to be written");
    }

    /** The CLV distribution of a saved run. */
    public JFreeChart clvDistribution(ValueRunRecord run) {
        throw new UnsupportedOperationException("to be written");
    }

    /** The {@code count} customers with the highest CLV. */
    public JFreeChart topCustomers(ValueResult result, int count) {
        throw new UnsupportedOperationException("to be written");
    }

    /** Lifecycle stage sizes over time. */
    public JFreeChart stageSizes(StageHistory stages) {
        throw new UnsupportedOperationException("to be written");
    }

    /** The flow of customers between lifecycle stages from one date to another. */
    public JFreeChart migration(StageMigration migration) {
        throw new UnsupportedOperationException("to be written");
    }

    /** The migration flow of a saved run. */
    public JFreeChart migration(ValueRunRecord.Migration migration) {
        throw new UnsupportedOperationException("to be written");
    }

    /** Every chart the command line writes, by file name without extension ({@code clv-distribution}, ...). */
    public Map<String, JFreeChart> charts(ValueResult result) {
        throw new UnsupportedOperationException("to be written");
    }
}
