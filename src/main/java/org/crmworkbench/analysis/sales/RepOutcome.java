package org.crmworkbench.analysis.sales;

import java.util.Locale;

/**
 * What the fair comparison explains, per order or per customer of a rep:
 * {@link #ORDER_VALUE} the log of each order's amount (an effect of 0.1 means about 10% larger orders than a typical
 * rep's in the same circumstances); {@link #ORDERS} the number of orders each of the rep's customers placed with the
 * rep in the span; {@link #RETENTION} whether a customer the rep served before the churn window ordered again in it
 * (1 or 0; a linear probability model, so an effect of 0.05 is five points more of their customers kept).
 */
public enum RepOutcome {
    ORDER_VALUE, ORDERS, RETENTION;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static RepOutcome fromCliName(String name) {
        for (RepOutcome o : values()) {
            if (o.cliName().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return o;
            }
        }
        return null;
    }
}
