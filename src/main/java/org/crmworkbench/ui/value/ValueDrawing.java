package org.crmworkbench.ui.value;

import java.util.Objects;
import org.crmworkbench.analysis.value.ValueResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.value.ValueCharts;
import org.jfree.chart.JFreeChart;

/**
 * What the Value view draws of the result shown: its charts, each made new for the view that asks (so the
 * long-lived view model holds no chart a viewer listens to). Made again when the language changes or the customers
 * are valued again.
 */
public final class ValueDrawing {
    private final ValueResult result;
    private final Messages messages;

    ValueDrawing(ValueResult result, Messages messages) {
        this.result = Objects.requireNonNull(result, "result");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    private ValueCharts charts() {
        return new ValueCharts(messages);
    }

    public JFreeChart segmentSizes() {
        return charts().rfmSegments(result.rfm());
    }

    public JFreeChart expectedPurchasesMap() {
        return charts().expectedPurchasesMap(result);
    }

    public JFreeChart aliveMap() {
        return charts().aliveMap(result);
    }

    /** True when a holdout was given, so there is a holdout chart. */
    public boolean hasHoldout() {
        return result.holdout() != null;
    }

    /** Holdout purchases, actual against expected; null without a holdout. */
    public JFreeChart holdout() {
        return hasHoldout() ? charts().holdout(result.holdout()) : null;
    }

    public JFreeChart tracking() {
        return result.tracking() == null ? null : charts().tracking(result.tracking());
    }

    public JFreeChart clvDistribution() {
        return charts().clvDistribution(result);
    }

    public JFreeChart topCustomers() {
        return charts().topCustomers(result, ValueRows.TOP);
    }

    public JFreeChart stageSizes() {
        return result.stages() == null ? null : charts().stageSizes(result.stages());
    }

    public JFreeChart migration() {
        return result.migration() == null ? null : charts().migration(result.migration());
    }

    /** True when the frequency / spend correlation is not weak and the view should warn. */
    public boolean spendDependsOnFrequency() {
        return result.independence() != null && !result.independence().weak()
                && !Double.isNaN(result.independence().correlation());
    }
}
