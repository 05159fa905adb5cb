package org.crmworkbench.analysis.value;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.crmworkbench.work.BadParameterException;

/**
 * The unit in which recency, age and the horizon are counted. Times are measured in days and divided by the unit's
 * length, so they are fractional (a customer first seen 10 days before the end is 1.43 weeks old), as in Fader and
 * Hardie's CDNOW summaries and lifetimes' {@code freq='D', freq_multiplier=7}.
 */
public enum PeriodUnit {
    DAY(1.0),
    WEEK(7.0),
    /** An average month: 365.25 / 12 days. */
    MONTH(365.25 / 12.0);

    private final double days;

    PeriodUnit(double days) {
        this.days = days;
    }

    /** Days in one period. */
    public double days() {
        return days;
    }

    /** The periods from {@code from} to {@code to} (negative when {@code to} is earlier). */
    public double between(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / days;
    }

    /** The word the command line and saved runs use: {@code day}, {@code week}, {@code month}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The unit named {@code key} ({@code day}, {@code week}, {@code month}, any case). */
    public static PeriodUnit fromKey(String key) {
        for (PeriodUnit unit : values()) {
            if (unit.key().equalsIgnoreCase(key == null ? "" : key.trim())) {
                return unit;
            }
        }
        throw new BadParameterException("period", "value.error.period", "the period must be day, week or month",
                key);
    }
}
