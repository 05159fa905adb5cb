package org.crmworkbench.present.report;

import java.util.List;
import java.util.function.Function;

/**
 * A JSON array in a report table cell (a model's fitted values, a backtest's errors): its numbers kept as numbers so
 * each writer words them as it words any other number ({@code [284,322, 1.25]} for a reader, not
 * {@code [284321.73000000004, 1.25]}); {@link #toString()} keeps every digit for machines (CSV).
 */
public final class JsonList {
    private final List<Object> parts;

    /** @param parts the array's text in order: brackets, names and separators as strings, numbers as numbers */
    JsonList(List<Object> parts) {
        this.parts = List.copyOf(parts);
    }

    /** The array with each number worded by {@code number}. */
    public String format(Function<Number, String> number) {
        StringBuilder b = new StringBuilder();
        for (Object part : parts) {
            b.append(part instanceof Number n ? number.apply(n) : part);
        }
        return b.toString();
    }

    /** The array with every digit: whole numbers without a fraction, others as {@link Double#toString}. */
    @Override
    public String toString() {
        return format(ReportWords::plain);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonList l && l.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }
}
