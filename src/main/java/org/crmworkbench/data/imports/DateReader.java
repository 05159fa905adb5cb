package org.crmworkbench.data.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Reads dates as people write them: ISO {@code 2024-03-31} (the fast path), {@code 2024/3/31}, {@code 2024.3.31},
 * {@code 20240331}, {@code 2024年3月31日}, {@code 31.03.2024}, {@code 31-03-2024}, and {@code 03/31/2024} or
 * {@code 31/03/2024} as the options say. Date-times add {@code T} or a space and {@code HH:mm[:ss[.fff]]}, with an
 * optional zone suffix that is dropped (the wall-clock time is kept). Two-digit years are refused as ambiguous.
 */
public final class DateReader {
    private final SlashedDateOrder slashed;

    public DateReader(SlashedDateOrder slashed) {
        this.slashed = slashed;
    }

    /** The date, or null when the text is not a date this reader accepts. */
    LocalDate date(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            return y < 0 || m < 0 || d < 0 ? null : of(y, m, d);
        }
        return general(s);
    }

    /** The date-time, or null; a bare date means its start. */
    public LocalDateTime dateTime(String s) {
        if (s.length() == 19 && (s.charAt(10) == 'T' || s.charAt(10) == ' ') && s.charAt(13) == ':' && s.charAt(16) == ':') {
            LocalDate d = date(s.substring(0, 10));
            int h = digits(s, 11, 13);
            int m = digits(s, 14, 16);
            int sec = digits(s, 17, 19);
            if (d == null || h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59) {
                return null;
            }
            return LocalDateTime.of(d, LocalTime.of(h, m, sec));
        }
        int split = s.indexOf('T');
        if (split < 0) {
            split = s.indexOf(' ');
        }
        if (split < 0) {
            LocalDate d = date(s);
            return d == null ? null : d.atStartOfDay();
        }
        LocalDate d = date(s.substring(0, split));
        LocalTime t = time(s.substring(split + 1).trim());
        return d == null || t == null ? null : LocalDateTime.of(d, t);
    }

    private static LocalTime time(String s) {
        int end = s.length();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == 'Z' || ch == '+' || (ch == '-' && i >= 5)) {
                end = i;
                break;
            }
        }
        String[] parts = s.substring(0, end).split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            return null;
        }
        int h = parseSmall(parts[0]);
        int min = parseSmall(parts[1]);
        int sec = 0;
        int nanos = 0;
        if (parts.length == 3) {
            String secText = parts[2];
            int dot = secText.indexOf('.');
            if (dot >= 0) {
                String frac = secText.substring(dot + 1);
                if (frac.isEmpty() || frac.length() > 9 || digits(frac, 0, frac.length()) < 0) {
                    return null;
                }
                nanos = Integer.parseInt((frac + "000000000").substring(0, 9));
                secText = secText.substring(0, dot);
            }
            sec = parseSmall(secText);
        }
        if (h < 0 || h > 23 || min < 0 || min > 59 || sec < 0 || sec > 59) {
            return null;
        }
        return LocalTime.of(h, min, sec, nanos);
    }

    private LocalDate general(String s) {
        if (s.length() == 8 && digits(s, 0, 8) >= 0) {
            return of(digits(s, 0, 4), digits(s, 4, 6), digits(s, 6, 8));
        }
        if (s.endsWith("日") && s.indexOf('年') == 4) {
            int month = s.indexOf('月');
            if (month < 6) {
                // no month, or a 月 before the year: 月000年1日 is no date
                return null;
            }
            return of(parseSmall(s.substring(0, 4)), parseSmall(s.substring(5, month)),
                    parseSmall(s.substring(month + 1, s.length() - 1)));
        }
        String[] p = s.split("[-/.]", -1);
        if (p.length != 3) {
            return null;
        }
        char sep = s.charAt(p[0].length());
        if (s.charAt(p[0].length() + 1 + p[1].length()) != sep) {
            return null;
        }
        if (p[0].length() == 4) {
            return of(parseSmall(p[0]), parseSmall(p[1]), parseSmall(p[2]));
        }
        if (p[2].length() != 4 || p[0].length() > 2 || p[1].length() > 2) {
            return null;
        }
        boolean dayFirst = sep != '/' || slashed == SlashedDateOrder.DAY_FIRST;
        int a = parseSmall(p[0]);
        int b = parseSmall(p[1]);
        return dayFirst ? of(parseSmall(p[2]), b, a) : of(parseSmall(p[2]), a, b);
    }

    private static LocalDate of(int y, int m, int d) {
        if (y < 1 || m < 1 || d < 1) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int parseSmall(String s) {
        return s.isEmpty() || s.length() > 9 ? -1 : digits(s, 0, s.length());
    }

    /** The non-negative number in {@code s[from, to)}, or -1 when any character is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }
}
