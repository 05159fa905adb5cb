package org.crmworkbench.model;

import java.util.Locale;
import java.util.Objects;

/**
 * How a basket file is laid out: {@code basket} has one transaction per line with its items separated by
 * {@code delimiter} (no header); {@code long} has a header and one (transaction, item) pair per row, in the named
 * columns (CSV or XLSX).
 */
public record BasketFileFormat(Layout layout, char delimiter, String transactionColumn, String itemColumn) {
    public enum Layout {
        BASKET, LONG;

        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public BasketFileFormat {
        Objects.requireNonNull(layout, "layout");
        transactionColumn = transactionColumn == null ? "" : transactionColumn;
        itemColumn = itemColumn == null ? "" : itemColumn;
    }

    public static BasketFileFormat basket(char delimiter) {
        return new BasketFileFormat(Layout.BASKET, delimiter, "", "");
    }

    public static BasketFileFormat longFormat(String transactionColumn, String itemColumn) {
        return new BasketFileFormat(Layout.LONG, ',', transactionColumn, itemColumn);
    }
}
