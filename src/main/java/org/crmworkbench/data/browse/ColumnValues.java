package org.crmworkbench.data.browse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Reads a browse value from a result set as the Java type its {@link ColumnType} promises. */
final class ColumnValues {
    private ColumnValues() {
    }

    static Object read(ResultSet rs, int index, ColumnType type) throws SQLException {
        return switch (type) {
            case TEXT -> rs.getString(index);
            case INTEGER -> {
                long v = rs.getLong(index);
                yield rs.wasNull() ? null : v;
            }
            case DECIMAL -> rs.getBigDecimal(index);
            case DOUBLE -> {
                double v = rs.getDouble(index);
                yield rs.wasNull() ? null : v;
            }
            case DATE -> rs.getObject(index, LocalDate.class);
            case TIMESTAMP -> rs.getObject(index, LocalDateTime.class);
        };
    }
}
