package org.crmworkbench.present.recommend;

import java.util.Locale;

/** How the recommendation CSV files write a number: six significant digits, as a spreadsheet reads it. */
final class CsvNumbers {
    private CsvNumbers() {
    }

    /** A number as a spreadsheet reads it: whole numbers without a fraction, NaN as an empty cell. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceFirst("(\\.\\d*?)0+$", "$1").replaceFirst("\\.$", "");
    }
}
