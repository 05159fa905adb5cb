package org.crmworkbench.data.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns the text of one field into its typed value, or says what was expected. Stateless apart from the
 * options; reference and key checks happen in {@link RowChecker}.
 */
final class FieldReader {
    /** A plain decimal number: digits with an optional sign, point and exponent (no hex, no type suffix). */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");

    /** An amount written with thousands separators: 1,234,567.89. */
    private static final Pattern GROUPED_THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private final ImportOptions options;
    private final DateReader dates;

    FieldReader(ImportOptions options) {
        this.options = options;
        this.dates = new DateReader(options.slashedDates());
    }

    /** The outcome: a value, or the bundle key and arguments of what was expected. */
    record Read(Object value, String problemKey, Object[] args) {
        static Read ok(Object value) {
            return new Read(value, null, null);
        }

        static Read bad(String key, Object... args) {
            return new Read(null, key, args);
        }

        boolean failed() {
            return problemKey != null;
        }
    }

    /** Reads non-empty, trimmed {@code text} as {@code field}. */
    Read read(FieldSpec field, String text) {
        switch (field.type()) {
            case KEY, REFERENCE, TEXT:
                return text.length() > field.maxLength()
                        ? Read.bad("import.problem.tooLong", field.maxLength(), text.length()) : Read.ok(text);
            case INTEGER:
                return integer(text, field);
            case MONEY:
                return money(text, field);
            case RATING:
                return rating(text);
            case DATE: {
                LocalDate d = dates.date(text);
                return d != null ? Read.ok(d) : Read.bad(dateKey());
            }
            case DATE_TIME: {
                LocalDateTime t = dates.dateTime(text);
                return t != null ? Read.ok(t) : Read.bad("import.problem.notDateTime");
            }
            case GENDER:
                return gender(text);
            case LANGUAGE:
                return language(text);
            default:
                throw new IllegalStateException("unhandled field type " + field.type());
        }
    }

    private String dateKey() {
        return options.slashedDates() == SlashedDateOrder.DAY_FIRST
                ? "import.problem.notDate.dayFirst" : "import.problem.notDate.monthFirst";
    }

    private static Read integer(String text, FieldSpec field) {
        long v;
        try {
            v = Long.parseLong(text);
        } catch (NumberFormatException e) {
            BigDecimal d = decimal(text);
            if (d == null || d.signum() != 0 && d.stripTrailingZeros().scale() > 0 || outside(d, field)) {
                return Read.bad("import.problem.notInteger", fmt(field.min()), fmt(field.max()));
            }
            // inside the field's range, so it fits a long without wrapping
            v = d.longValue();
        }
        if (v < field.min() || v > field.max()) {
            return Read.bad("import.problem.notInteger", fmt(field.min()), fmt(field.max()));
        }
        return Read.ok((int) v);
    }

    private static Read money(String text, FieldSpec field) {
        BigDecimal d = decimal(stripCurrency(text));
        if (d == null) {
            return Read.bad("import.problem.notMoney", fmt(field.min()), fmt(field.max()));
        }
        if (d.signum() != 0 && d.stripTrailingZeros().scale() > 2) {
            return Read.bad("import.problem.tooManyDecimals");
        }
        if (outside(d, field)) {
            return Read.bad("import.problem.notMoney", fmt(field.min()), fmt(field.max()));
        }
        // at most two decimals and inside the range: 0e-999999999 is stored as 0.00, not with its written scale
        return Read.ok(d.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** Whether {@code d} lies outside the field's range, compared exactly (no overflow, no rounding). */
    private static boolean outside(BigDecimal d, FieldSpec field) {
        return d.compareTo(BigDecimal.valueOf(field.min())) < 0 || d.compareTo(BigDecimal.valueOf(field.max())) > 0;
    }


    private Read rating(String text) {
        double v = Double.NaN;
        if (PLAIN_NUMBER.matcher(text).matches()) {
            v = Double.parseDouble(text);
        }
        if (!(v >= options.ratingMin() && v <= options.ratingMax())) {
            return Read.bad("import.problem.rating", fmt(options.ratingMin()), fmt(options.ratingMax()));
        }
        return Read.ok(v);
    }

    private static Read gender(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        switch (t) {
            case "f", "female", "woman", "w", "女", "女性":
                return Read.ok("F");
            case "m", "male", "man", "男", "男性":
                return Read.ok("M");
            case "x", "other", "diverse", "non-binary", "其他":
                return Read.ok("X");
            default:
                return Read.bad("import.problem.notGender");
        }
    }

    private static Read language(String text) {
        switch (text) {
            case "中文", "汉语", "chinese":
                return Read.ok("zh");
            case "英文", "英语", "english":
                return Read.ok("en");
            default:
                break;
        }
        if (text.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,4})?")) {
            String[] p = text.split("[-_]");
            return Read.ok(p.length == 1 ? p[0].toLowerCase(Locale.ROOT)
                    : p[0].toLowerCase(Locale.ROOT) + "-" + p[1].toUpperCase(Locale.ROOT));
        }
        return Read.bad("import.problem.notLanguage");
    }

    private static String stripCurrency(String text) {
        String t = text;
        if (!t.isEmpty() && "¥￥$€£".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).trim();
        }
        if (t.indexOf(',') >= 0 && GROUPED_THOUSANDS.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        return t;
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
