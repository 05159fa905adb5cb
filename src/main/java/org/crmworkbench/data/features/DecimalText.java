package org.crmworkbench.data.features;

/**
 * Reads a decimal number the way {@link Double#parseDouble} does, to the same bit, faster for the plain decimals a
 * data file holds ({@code -12.5}, {@code 0.0615}, {@code 3.957211232670053}, {@code 1e-3}): when the digits make an
 * integer of at most 2^53 and the power of ten is within 10^22 either way, both are exact doubles and one correctly
 * rounded multiplication or division gives the correctly rounded value (Clinger's fast path). Anything else (more
 * digits, larger exponents, {@code NaN}, {@code Infinity}, hexadecimal, suffixes, text) goes to
 * {@link Double#parseDouble}, which also throws for what is not a number.
 */
final class DecimalText {
    private static final long EXACT = 1L << 53;
    private static final int MAX_DIGITS = 18;
    private static final double[] POWERS = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private DecimalText() {
    }

    /** The value of {@code text} (no surrounding spaces) as {@link Double#parseDouble} gives it. */
    static double toDouble(String text) {
        int n = text.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        boolean any = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                any = true;
                if (mantissa == 0 && c == '0') {
                    // a leading zero adds no digit; after the point it still moves the scale
                    scale -= point ? 1 : 0;
                    continue;
                }
                if (++digits > MAX_DIGITS) {
                    return Double.parseDouble(text);
                }
                mantissa = mantissa * 10 + (c - '0');
                scale -= point ? 1 : 0;
            } else if (c == '.' && !point) {
                point = true;
            } else if ((c == 'e' || c == 'E') && any) {
                int exponent = exponent(text, i + 1);
                if (exponent == Integer.MIN_VALUE) {
                    return Double.parseDouble(text);
                }
                scale += exponent;
                break;
            } else {
                return Double.parseDouble(text);
            }
        }
        if (!any) {
            return Double.parseDouble(text);
        }
        if (mantissa == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (mantissa > EXACT || scale > 22 || scale < -22) {
            return Double.parseDouble(text);
        }
        double value = scale >= 0 ? mantissa * POWERS[scale] : mantissa / POWERS[-scale];
        return negative ? -value : value;
    }

    /** The exponent written from {@code from} (a sign, then 1 to 4 digits, to the end), else MIN_VALUE. */
    private static int exponent(String text, int from) {
        int n = text.length();
        int i = from;
        boolean negative = false;
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        if (i >= n || n - i > 4) {
            return Integer.MIN_VALUE;
        }
        int value = 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Integer.MIN_VALUE;
            }
            value = value * 10 + (c - '0');
        }
        return negative ? -value : value;
    }
}
