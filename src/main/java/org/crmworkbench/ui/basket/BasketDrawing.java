package org.crmworkbench.ui.basket;

import java.util.Objects;
import org.crmworkbench.analysis.basket.BasketResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.BasketRows;
import org.jfree.chart.JFreeChart;

/**
 * What the Baskets view draws of the analysis shown: item frequency, support against confidence coloured by lift,
 * the graph of the top rules and the grouped matrix, each made new for the view that asks (so the long-lived view
 * model holds no chart a viewer listens to). Made again when the language changes.
 */
public final class BasketDrawing {
    private final BasketResult result;
    private final BasketRows rows;
    private final Messages messages;

    BasketDrawing(BasketResult result, BasketRows rows, Messages messages) {
        this.result = Objects.requireNonNull(result, "result");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public JFreeChart itemFrequency() {
        return null;
    }

    public JFreeChart scatter() {
        return null;
    }

    public JFreeChart graph() {
        return null;
    }

    public JFreeChart matrix() {
        return null;
    }
}
