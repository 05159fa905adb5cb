package org.crmworkbench.ui.datasets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.crmworkbench.data.browse.ColumnType;

/**
 * How the browser writes a value: as the analyst would type it into a CSV file, the same in every language
 * (ISO dates, a point for decimals, no digit grouping, which would turn a birth year into "1,985").
 */
final class CellText {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CellText() {
    }

    static String of(Object value, ColumnType type) {
        if (value == null) {
            return "";
        }
        if (value == BrowseRow.LOADING) {
            return value.toString();
        }
        return switch (type) {
            case DOUBLE -> number(((Number) value).doubleValue());
            case DECIMAL -> ((BigDecimal) value).toPlainString();
            case DATE -> ((LocalDate) value).toString();
            case TIMESTAMP -> {
                LocalDateTime t = (LocalDateTime) value;
                yield (t.getSecond() == 0 && t.getNano() == 0 ? MINUTES : SECONDS).format(t);
            }
            default -> value.toString();
        };
    }

    /** A decimal as the browser shows it: 4.0 as "4", 4.5 as "4.5". */
    static String decimal(double value) {
        return number(value);
    }

    /** 4.0 as "4", 4.5 as "4.5". */
    private static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
