package org.crmworkbench.data.sample;

/**
 * Ids such as {@code C000042}: a one-letter prefix and a 1-based number zero-padded to a width that fits the
 * count, at least the minimum width of the kind of id.
 */
record IdFormat(char prefix, int width) {

    static final int CUSTOMER_WIDTH = 6;
    static final int PRODUCT_WIDTH = 5;
    static final int REP_WIDTH = 3;
    static final int ORDER_WIDTH = 7;
    static final int FEEDBACK_WIDTH = 6;

    /** The format for {@code count} ids, padded to at least {@code minimumWidth} digits. */
    static IdFormat forCount(char prefix, long count, int minimumWidth) {
        return new IdFormat(prefix, Math.max(minimumWidth, Long.toString(Math.max(1, count)).length()));
    }

    /** The id of the row with 0-based index {@code index}. */
    String format(long index) {
        long number = index + 1;
        char[] out = new char[width + 1];
        out[0] = prefix;
        for (int i = width; i >= 1; i--) {
            out[i] = (char) ('0' + number % 10);
            number /= 10;
        }
        return new String(out);
    }

    /** The 0-based index of an id in this format, or -1 if the text is not one. */
    long parse(String id) {
        if (id == null || id.length() != width + 1 || id.charAt(0) != prefix) {
            return -1;
        }
        long number = 0;
        for (int i = 1; i <= width; i++) {
            char ch = id.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            number = number * 10 + (ch - '0');
        }
        return number - 1;
    }
}
