package org.crmworkbench.analysis.sales;

import java.time.LocalDate;
import java.util.Locale;

/** The length of a scorecard's period; each date falls in one period, labelled {@code 2026-03}, {@code 2026-Q1}, {@code 2026}. */
public enum RepPeriod {
    MONTH, QUARTER, YEAR;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RepPeriod fromCliName(String name) {
        for (RepPeriod p : values()) {
            if (p.cliName().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return p;
            }
        }
        return null;
    }

    /** The label of the period {@code date} falls in. */
    public String label(LocalDate date) {
        return switch (this) {
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", date.getYear(), (date.getMonthValue() + 2) / 3);
            case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
        };
    }

    /** The first day of the period {@code date} falls in. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case YEAR -> LocalDate.of(date.getYear(), 1, 1);
        };
    }
}
