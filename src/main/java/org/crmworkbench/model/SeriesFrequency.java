package org.crmworkbench.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * How far apart the points of a time series are, and how many of them make one seasonal cycle.
 * Weeks start on Monday; months and quarters on their first day.
 */
public enum SeriesFrequency {
    DAY(7),
    WEEK(52),
    MONTH(12),
    QUARTER(4);

    private final int seasonLength;

    SeriesFrequency(int seasonLength) {
        this.seasonLength = seasonLength;
    }

    /** Periods in one seasonal cycle: a week of days, a year of weeks, months or quarters. */
    public int seasonLength() {
        return seasonLength;
    }

    /** {@code day}, {@code week}, {@code month}, {@code quarter}: the command-line and stored name. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The first day of the period that contains {@code date}. */
    public LocalDate periodStart(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
        };
    }

    /** The start of the period {@code steps} periods after the one starting on {@code periodStart}. */
    public LocalDate plus(LocalDate periodStart, long steps) {
        return switch (this) {
            case DAY -> periodStart.plusDays(steps);
            case WEEK -> periodStart.plusWeeks(steps);
            case MONTH -> periodStart.plusMonths(steps);
            case QUARTER -> periodStart.plusMonths(3 * steps);
        };
    }

    /** The last day of the period starting on {@code periodStart}. */
    public LocalDate periodEnd(LocalDate periodStart) {
        return plus(periodStart, 1).minusDays(1);
    }

    /** Null when {@code key} names no frequency. */
    public static SeriesFrequency fromKeyOrNull(String key) {
        for (SeriesFrequency f : values()) {
            if (f.key().equalsIgnoreCase(key.trim())) {
                return f;
            }
        }
        return null;
    }
}
