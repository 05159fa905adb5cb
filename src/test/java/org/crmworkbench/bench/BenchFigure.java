package org.crmworkbench.bench;

import java.util.List;
import java.util.Locale;

/**
 * One line of the performance benchmark's summary: a figure as measured, the reference it is compared with (measured
 * in the same run), the goal and whether it was met ({@code null} when the figure has no goal).
 */
record BenchFigure(String point, String figure, String ours, String reference, String goal, Boolean met) {

    static String seconds(double s) {
        return String.format(Locale.ROOT, "%.2f s", s);
    }

    static String megabytes(double mb) {
        return String.format(Locale.ROOT, "%.0f MB", mb);
    }

    /** The figures as a plain-text table, one row each. */
    static String table(List<BenchFigure> figures) {
        String[] head = {"point", "figure", "ours", "reference (same run)", "goal", "met"};
        int[] width = new int[head.length];
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(head);
        for (BenchFigure f : figures) {
            rows.add(new String[] {f.point, f.figure, f.ours, f.reference, f.goal,
                f.met == null ? "-" : f.met ? "yes" : "NO"});
        }
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                sb.append(i == 0 ? "" : " | ").append(String.format("%-" + width[i] + "s", row[i]));
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }
}
