package org.crmworkbench.present.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.i18n.Messages;

/**
 * The fixed words of a report and how its values read: headings and labels from the {@code report.*} keys of the
 * bundles, times in the reader's time zone, and table cells shown with a precision that suits their size.
 */
final class ReportWords {
    /** A label and its value, one line of a provenance block or of the report's header. */
    record Fact(String label, String value) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private final Messages messages;
    private final ZoneId zone;

    ReportWords(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    Messages messages() {
        return messages;
    }

    Locale locale() {
        return messages.locale();
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    /** A moment as the reader's clock showed it, e.g. {@code 2025-03-14 09:30 CET}. */
    String time(Instant instant) {
        return instant == null ? get("report.doc.unknown") : TIME.withLocale(Locale.ROOT).format(instant.atZone(zone));
    }

    /** "Data set: sample.db" (the colon as the language writes it). */
    String fact(String label, String value) {
        return get("report.doc.fact", label, value);
    }

    /** "Built 2025-03-14 09:30 CET with CRM Workbench 0.1.0". */
    String built(Report report) {
        String version = report.appVersion().isBlank() ? get("report.doc.unknown") : report.appVersion();
        return get("report.doc.built", time(report.createdAt()), version);
    }

    /** The report's own facts: when it was built, by which version, from which data. */
    List<Fact> header(Report report) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(get("report.doc.builtAt"), time(report.createdAt())));
        facts.add(new Fact(get("report.doc.appVersion"), orUnknown(report.appVersion())));
        facts.add(new Fact(get("report.doc.dataSet"), orUnknown(report.dataSet())));
        return facts;
    }

    /** Where an item came from, label by label, in the order the reader needs to rerun it. */
    List<Fact> provenance(Provenance p) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(get("report.doc.run"), get("report.doc.run.value", p.runId(), p.kind())));
        facts.add(new Fact(get("report.doc.dataSet"), orUnknown(p.dataSet())));
        facts.add(new Fact(get("report.doc.dataAsOf"), p.dataAsOf() == null ? get("report.doc.unknown")
                : p.dataAsOf().toString()));
        facts.add(new Fact(get("report.doc.runAt"), time(p.runAt())));
        facts.add(new Fact(get("report.doc.parameters"), p.parameters().isBlank() ? get("report.doc.none")
                : p.parameters()));
        facts.add(new Fact(get("report.doc.seed"),
                p.seed() == null ? get("report.doc.none") : Long.toString(p.seed())));
        facts.add(new Fact(get("report.doc.appVersion"), orUnknown(p.appVersion())));
        if (p.madeBy() != null && !p.madeBy().isBlank()) {
            facts.add(new Fact(get("report.doc.madeBy"), p.madeBy()));
        }
        return facts;
    }

    private String orUnknown(String text) {
        return text == null || text.isBlank() ? get("report.doc.unknown") : text;
    }

    /** Whether a cell holds a number (drawn right-aligned, written as a number). */
    static boolean isNumber(Object cell) {
        return cell instanceof Number;
    }

    /**
     * A cell as a reader sees it: whole numbers grouped, other numbers with a precision that suits their size
     * (0 decimals from 1,000, 2 from 1, 4 below 1, scientific for very small or very large), not-a-number as empty,
     * dates ISO.
     */
    String cell(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof LocalDate date) {
            return date.toString();
        }
        if (cell instanceof JsonList list) {
            return list.format(this::cell);
        }
        if (cell instanceof Integer || cell instanceof Long || cell instanceof Short || cell instanceof Byte
                || cell instanceof BigInteger) {
            return pattern("#,##0").format(cell);
        }
        if (cell instanceof Number n) {
            double x = n.doubleValue();
            if (Double.isNaN(x)) {
                return "";
            }
            if (Double.isInfinite(x)) {
                return x > 0 ? "\u221E" : "-\u221E";
            }
            double a = Math.abs(x);
            Object value = cell instanceof BigDecimal ? cell : x;
            if (a != 0 && (a < 1e-4 || a >= 1e15)) {
                return pattern("0.###E0").format(value);
            }
            return pattern(a >= 1000 ? "#,##0" : a >= 1 ? "#,##0.##" : "0.####").format(value);
        }
        return cell.toString();
    }

    /**
     * A cell for a machine (CSV): numbers in full without grouping ({@link Double#toString}-like, whole numbers
     * without a fraction), not-a-number as empty, dates ISO.
     */
    static String plain(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double || cell instanceof Float) {
            double x = ((Number) cell).doubleValue();
            if (Double.isNaN(x)) {
                return "";
            }
            if (x == Math.rint(x) && Math.abs(x) < 1e15) {
                return Long.toString((long) x);
            }
            return cell instanceof Float ? Float.toString((Float) cell) : Double.toString(x);
        }
        if (cell instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return cell.toString();
    }

    /**
     * One format per column, so a column's numbers line up with the same decimals: grouped whole numbers when every
     * value is whole, else decimals by the largest size (none from 1,000, 1 from 100, 2 from 1, 3 from 0.01, else 4),
     * scientific when the largest is below 0.0001 or from 10^15. Null for a column without numbers, and null for a
     * column that mixes magnitudes (its largest non-whole value over a thousand times its smallest non-zero one, as
     * in a name/value table holding both a smoothing weight 0.35 and a sum of squares 4.1e9): such a column's cells are
     * each written in their own precision ({@link #cell}), else the small values would round to 0.
     */
    /** Largest to smallest ratio up to which a column shares one format. */
    static final double MIXED_SPAN = 1000;

    DecimalFormat[] columnFormats(ReportTable table) {
        DecimalFormat[] formats = new DecimalFormat[table.columns().size()];
        for (int c = 0; c < formats.length; c++) {
            boolean any = false;
            boolean whole = true;
            double max = 0;
            double minNonZero = Double.POSITIVE_INFINITY;
            for (List<Object> row : table.rows()) {
                if (row.get(c) instanceof Number n) {
                    double x = Math.abs(n.doubleValue());
                    if (Double.isFinite(x)) {
                        any = true;
                        whole &= x == Math.rint(x);
                        max = Math.max(max, x);
                        if (x > 0) {
                            minNonZero = Math.min(minNonZero, x);
                        }
                    }
                }
            }
            boolean mixed = !whole && minNonZero < Double.POSITIVE_INFINITY && max / minNonZero > MIXED_SPAN;
            if (any && !mixed) {
                formats[c] = pattern(whole && max < 1e15 ? "#,##0"
                        : max >= 1e15 || (max > 0 && max < 1e-4) ? "0.###E0"
                        : max >= 1000 ? "#,##0" : max >= 100 ? "#,##0.0" : max >= 1 ? "#,##0.00"
                        : max >= 0.01 ? "0.000" : "0.0000");
            }
        }
        return formats;
    }

    /** A cell in its column's format ({@link #columnFormats}); text, dates and odd numbers as {@link #cell}. */
    String cell(Object cell, DecimalFormat format) {
        if (format == null || !(cell instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            return cell(cell);
        }
        return format.format(cell instanceof BigDecimal || cell instanceof BigInteger ? cell : n.doubleValue());
    }

    private DecimalFormat pattern(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale()));
    }
}
