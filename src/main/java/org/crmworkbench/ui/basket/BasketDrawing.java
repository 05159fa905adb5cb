package org.crmworkbench.ui.basket;

import java.util.Map;
import java.util.Objects;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.BasketRunRecord;
import org.crmworkbench.present.basket.BasketCharts;
import org.jfree.chart.JFreeChart;

/**
 * What the Baskets view draws of the analysis shown: item frequency, support against confidence coloured by lift,
 * the graph of the top rules and the grouped matrix, drawn by {@link BasketCharts} from the analysis as a run would
 * store it (its strongest rules). The charts are made new for each view that asks (so the long-lived view model
 * holds no chart a viewer listens to), in the language of the view.
 */
public final class BasketDrawing {
    /** The chart stems of {@link BasketCharts#charts}. */
    static final String ITEMS = "item-frequency";
    static final String SCATTER = "scatter";
    static final String GRAPH = "graph";
    static final String MATRIX = "grouped";

    private final BasketRunRecord run;
    private final Messages messages;

    BasketDrawing(BasketRunRecord run, Messages messages) {
        this.run = Objects.requireNonNull(run, "run");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The same analysis in another language. */
    BasketDrawing in(Messages other) {
        return new BasketDrawing(run, other);
    }

    /** Every chart, made new for the view that asks. */
    public Charts charts() {
        return new Charts(new BasketCharts(messages).charts(run));
    }

    /** One view's charts; null where there is none. */
    public static final class Charts {
        private final Map<String, JFreeChart> charts;

        private Charts(Map<String, JFreeChart> charts) {
            this.charts = charts;
        }

        public JFreeChart itemFrequency() {
            return charts.get(ITEMS);
        }

        public JFreeChart scatter() {
            return charts.get(SCATTER);
        }

        public JFreeChart graph() {
            return charts.get(GRAPH);
        }

        public JFreeChart matrix() {
            return charts.get(MATRIX);
        }
    }
}
