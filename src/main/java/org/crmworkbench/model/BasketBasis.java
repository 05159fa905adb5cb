package org.crmworkbench.model;

import java.util.Locale;

/** What one basket is when baskets come from the stored orders: one order's lines, or everything a customer bought. */
public enum BasketBasis {
    ORDER, CUSTOMER;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BasketBasis fromCliName(String name) {
        for (BasketBasis b : values()) {
            if (b.cliName().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return b;
            }
        }
        return null;
    }
}
