package org.crmworkbench.present.basket;

import java.util.LinkedHashMap;
import java.util.Map;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.BasketRunRecord;
import org.jfree.chart.JFreeChart;

/** Skeleton: the present helper implements the basket charts. */
public final class BasketCharts {
    public BasketCharts(Messages messages) {
    }

    /** Every chart of a run, by file name stem. */
    public Map<String, JFreeChart> charts(BasketRunRecord run) {
        return new LinkedHashMap<>();
    }
}
