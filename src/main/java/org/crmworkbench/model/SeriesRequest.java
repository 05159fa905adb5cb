package org.crmworkbench.model;

import java.util.Objects;

/**
 * Which sales series to build from the orders.
 *
 * @param measure   revenue or order count
 * @param frequency {@link SeriesFrequency#WEEK} or {@link SeriesFrequency#MONTH}
 * @param breakdown overall, or one region, category, segment or sales rep
 * @param group     the region, category, segment number or rep's external id; null for {@code OVERALL}
 */
public record SeriesRequest(SeriesMeasure measure, SeriesFrequency frequency, SeriesBreakdown breakdown,
                            String group) {

    public SeriesRequest {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(breakdown, "breakdown");
        if ((breakdown == SeriesBreakdown.OVERALL) != (group == null)) {
            throw new IllegalArgumentException("a group is needed for every breakdown but overall");
        }
    }

    public static SeriesRequest overall(SeriesMeasure measure, SeriesFrequency frequency) {
        return new SeriesRequest(measure, frequency, SeriesBreakdown.OVERALL, null);
    }
}
