package org.crmworkbench.data;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The CRM tables a person can load and browse, in the order a whole data set must be loaded. */
public enum CrmTable {
    CUSTOMERS("customers"),
    PRODUCTS("products"),
    SALES_REPS("sales_reps"),
    ORDERS("orders"),
    ORDER_LINES("order_lines"),
    RATINGS("ratings"),
    FEEDBACK("feedback"),
    KNOWLEDGE_BASE("knowledge_base");

    private final String sqlName;

    CrmTable(String sqlName) {
        this.sqlName = sqlName;
    }

    /** The table's name in SQL and the base name of its CSV file ({@code customers.csv}). */
    public String sqlName() {
        return sqlName;
    }

    /** Resource-bundle key of the table's display name. */
    public String titleKey() {
        return "table." + sqlName;
    }

    /** Load order: every table after the tables it refers to. */
    public static List<CrmTable> loadOrder() {
        return List.of(values());
    }

    /** Accepts {@code customers}, {@code CUSTOMERS}, {@code order-lines}, {@code order_lines}, {@code sales-reps}, {@code knowledge-base}. */
    public static Optional<CrmTable> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (CrmTable t : values()) {
            if (t.sqlName.equals(wanted)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public static String allNames() {
        StringBuilder sb = new StringBuilder();
        for (CrmTable t : values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(t.sqlName);
        }
        return sb.toString();
    }
}
