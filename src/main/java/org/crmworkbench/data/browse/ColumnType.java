package org.crmworkbench.data.browse;

/**
 * How a browse column's values are read and ordered. The Java type of a value in a page row follows the type:
 * TEXT {@code String}, INTEGER {@code Long}, DECIMAL {@code BigDecimal}, DOUBLE {@code Double},
 * DATE {@code LocalDate}, TIMESTAMP {@code LocalDateTime}; a missing value is {@code null}.
 */
public enum ColumnType {
    TEXT,
    INTEGER,
    DECIMAL,
    DOUBLE,
    DATE,
    TIMESTAMP;

    /** Whether the filter text is matched against this column. */
    public boolean isText() {
        return this == TEXT;
    }

    /** Whether the column holds a number (shown right-aligned). */
    public boolean isNumber() {
        return this == INTEGER || this == DECIMAL || this == DOUBLE;
    }
}
