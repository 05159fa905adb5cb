package org.crmworkbench.data.sample;

/** Money amounts are kept in whole cents and written with exactly two decimals. */
final class Money {
    private Money() {
    }

    /** {@code 1234} becomes {@code "12.34"}; {@code 5} becomes {@code "0.05"}. */
    static String format(long cents) {
        if (cents < 0) {
            return "-" + format(-cents);
        }
        char[] digits = new char[22];
        int at = digits.length;
        long rest = cents;
        do {
            digits[--at] = (char) ('0' + rest % 10);
            rest /= 10;
            if (at == digits.length - 2) {
                digits[--at] = '.';
            }
        } while (rest > 0 || at > digits.length - 4);
        return new String(digits, at, digits.length - at);
    }
}
