package org.crmworkbench.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Equally spaced observations without gaps: one value per period, oldest first.
 *
 * @param name      what the series is, for titles ({@code Revenue by month, region North})
 * @param source    where it came from, for provenance (a database description or a file name)
 * @param unit      what a value counts ({@code revenue}, {@code orders}, or a file's value column)
 * @param frequency the spacing of the periods
 * @param periods   the start of each period, consecutive at {@code frequency}
 * @param values    one finite value per period; the array is shared, not copied
 */
public record TimeSeries(String name, String source, String unit, SeriesFrequency frequency,
                         List<LocalDate> periods, double[] values) {

    public TimeSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(frequency, "frequency");
        periods = List.copyOf(periods);
        if (periods.size() != values.length) {
            throw new IllegalArgumentException(periods.size() + " periods for " + values.length + " values");
        }
        for (int i = 1; i < periods.size(); i++) {
            if (!frequency.plus(periods.get(i - 1), 1).equals(periods.get(i))) {
                throw new IllegalArgumentException("period " + periods.get(i) + " does not follow "
                        + periods.get(i - 1) + " at one " + frequency.key());
            }
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value of period " + periods.get(i) + " is " + values[i]);
            }
        }
    }

    public int size() {
        return values.length;
    }

    /** Observations per seasonal cycle. */
    public int seasonLength() {
        return frequency.seasonLength();
    }

    /** The start of the period {@code steps} after the last one (1 = the first forecast period). */
    public LocalDate periodAfterEnd(int steps) {
        return frequency.plus(periods.get(periods.size() - 1), steps);
    }

    /** The first {@code count} observations, as a series of their own (for backtests). */
    public TimeSeries head(int count) {
        return new TimeSeries(name, source, unit, frequency, periods.subList(0, count),
                java.util.Arrays.copyOf(values, count));
    }
}
