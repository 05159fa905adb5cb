package org.crmworkbench.data.sample;

import java.time.LocalDate;
import java.time.Month;

/**
 * The days of the order history, numbered from 0 (the first day) to {@code days() - 1} (the end date), with the
 * planted seasonality and trend.
 *
 * <p>Order intensity on a day is {@code season(month) × exp(growth × years since start)}: a November–December
 * peak, a summer dip, and about 10% more orders per customer each year on top of a growing customer base.
 */
final class SalesCalendar {
    /** Log-growth of per-customer order intensity per year. */
    static final double GROWTH_PER_YEAR = 0.10;

    private static final double DAYS_PER_YEAR = 365.25;

    private final double[] season = {0.85, 0.80, 0.95, 0.95, 1.00, 0.85, 0.75, 0.80, 0.95, 1.05, 1.45, 1.60};
    private final double[] discountChance = {0.10, 0.06, 0.06, 0.06, 0.08, 0.10, 0.16, 0.10, 0.06, 0.08, 0.30,
        0.20};
    private final LocalDate start;
    private final int days;
    private final String[] dateTexts;
    private final byte[] monthOfDay;
    private final int[] monthStarts;

    SalesCalendar(LocalDate start, LocalDate end) {
        this.start = start;
        this.days = (int) (end.toEpochDay() - start.toEpochDay()) + 1;
        this.dateTexts = new String[days];
        this.monthOfDay = new byte[days];
        int[] starts = new int[days / 28 + 2];
        int months = 0;
        LocalDate date = start;
        for (int day = 0; day < days; day++) {
            dateTexts[day] = date.toString();
            monthOfDay[day] = (byte) (date.getMonthValue() - 1);
            if (day == 0 || date.getDayOfMonth() == 1) {
                starts[months++] = day;
            }
            date = date.plusDays(1);
        }
        starts[months] = days;
        this.monthStarts = java.util.Arrays.copyOf(starts, months + 1);
    }

    int days() {
        return days;
    }

    LocalDate start() {
        return start;
    }

    LocalDate date(int day) {
        return start.plusDays(day);
    }

    /** {@code yyyy-MM-dd} of a day, which may lie before the window (sign-up dates). */
    String dateText(int day) {
        return day >= 0 && day < days ? dateTexts[day] : start.plusDays(day).toString();
    }

    /** {@code yyyy-MM-ddTHH:mm:ss} of a day inside the window and a second of that day. */
    String dateTimeText(int day, int secondOfDay) {
        char[] out = new char[19];
        dateTexts[day].getChars(0, 10, out, 0);
        out[10] = 'T';
        twoDigits(out, 11, secondOfDay / 3600);
        out[13] = ':';
        twoDigits(out, 14, secondOfDay / 60 % 60);
        out[16] = ':';
        twoDigits(out, 17, secondOfDay % 60);
        return new String(out);
    }

    private static void twoDigits(char[] out, int at, int value) {
        out[at] = (char) ('0' + value / 10);
        out[at + 1] = (char) ('0' + value % 10);
    }

    /** Number of calendar-month pieces of the window (the first and last may be partial). */
    int monthPieces() {
        return monthStarts.length - 1;
    }

    /** First day of a month piece. */
    int pieceStart(int piece) {
        return monthStarts[piece];
    }

    /** One past the last day of a month piece. */
    int pieceEnd(int piece) {
        return monthStarts[piece + 1];
    }

    /** The planted seasonal factor of a month, mean 1 over the year. */
    double season(Month month) {
        return season[month.ordinal()];
    }

    /** Seasonal factor times trend: the relative order intensity of a day. */
    double intensity(int day) {
        return season[monthOfDay[day]] * StrictMath.exp(GROWTH_PER_YEAR * day / DAYS_PER_YEAR);
    }

    /** Base chance that an order line of that day is bought at a discount (promotions in Nov, Dec, Jul). */
    double discountChance(int day) {
        return discountChance[monthOfDay[day]];
    }
}
