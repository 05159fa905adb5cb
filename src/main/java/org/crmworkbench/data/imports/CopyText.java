package org.crmworkbench.data.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One checked value as a field of PostgreSQL's {@code COPY ... (FORMAT csv)} input: null as an empty unquoted field,
 * text always quoted (so an empty text stays an empty text, and commas, quotes and line breaks stay inside it),
 * numbers, dates and times in the forms the server reads back exactly.
 */
final class CopyText {
    private CopyText() {
    }

    static void append(StringBuilder out, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == '"') {
                    out.append('"');
                }
                if (ch != '\0') { // PostgreSQL's text cannot hold NUL; H2 keeps it, a CSV never means it
                    out.append(ch);
                }
            }
            out.append('"');
        } else if (value instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (value instanceof Double d) {
            out.append(Double.toString(d)); // "1.0E-5" is read by float8 input; shortest text that reads back exactly
        } else if (value instanceof LocalDateTime t) {
            out.append(t.toLocalDate()).append(' ').append(t.toLocalTime());
        } else if (value instanceof LocalDate d) {
            out.append(d);
        } else {
            out.append(value);
        }
    }
}
