package org.crmworkbench.analysis.sales;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fixed-effect design of the fair comparison: an intercept, one dummy per non-reference level of each factor
 * adjusted for (the most common level is the reference, ties to the alphabetically first; a missing level reads as
 * {@code (missing)}) and, with the season, one dummy per month of the year other than the most common month.
 *
 * @param x     one row per observation, the first column all ones
 * @param names each column's name: {@code (intercept)}, {@code region=Europe}, {@code month=3}
 */
record FixedEffectsDesign(double[][] x, List<String> names) {
    static final String INTERCEPT = "(intercept)";
    static final String MISSING = "(missing)";

    /**
     * @param factorNames the factors' names
     * @param levels      per observation, one level per factor
     * @param months      per observation its month of the year 1..12, or null without the season
     */
    static FixedEffectsDesign of(List<String> factorNames, List<String[]> levels, int[] months) {
        int n = levels.size();
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (int f = 0; f < factorNames.size(); f++) {
            Map<String, Integer> c = new TreeMap<>();
            for (String[] row : levels) {
                c.merge(level(row[f]), 1, Integer::sum);
            }
            counts.add(c);
        }
        int[] perMonth = null;
        if (months != null) {
            perMonth = new int[13];
            for (int m : months) {
                perMonth[m]++;
            }
        }
        Coding coding = Coding.of(factorNames, counts, perMonth);
        double[][] x = new double[n][coding.width()];
        for (int i = 0; i < n; i++) {
            coding.encode(levels.get(i), months == null ? 0 : months[i], x[i]);
        }
        return new FixedEffectsDesign(x, coding.names());
    }

    /**
     * How an observation becomes a row of the design: the columns' names and the column of each level, chosen from
     * how often each level occurs (so rows can be made one at a time, never all at once).
     */
    static final class Coding {
        private final List<String> names;
        private final List<Map<String, Integer>> columnOf;
        private final int[] monthColumn;

        private Coding(List<String> names, List<Map<String, Integer>> columnOf, int[] monthColumn) {
            this.names = List.copyOf(names);
            this.columnOf = columnOf;
            this.monthColumn = monthColumn;
        }

        /**
         * @param factorNames the factors' names
         * @param counts      per factor, how often each level (as {@link #level} reads it) occurs, levels sorted
         * @param perMonth    observations per month of the year (index 1..12), or null without the season
         */
        static Coding of(List<String> factorNames, List<Map<String, Integer>> counts, int[] perMonth) {
            List<String> names = new ArrayList<>();
            names.add(INTERCEPT);
            List<Map<String, Integer>> columnOf = new ArrayList<>();
            for (int f = 0; f < factorNames.size(); f++) {
                String reference = mostCommon(counts.get(f));
                Map<String, Integer> columns = new HashMap<>();
                for (String level : counts.get(f).keySet()) {
                    if (!level.equals(reference)) {
                        columns.put(level, names.size());
                        names.add(factorNames.get(f) + "=" + level);
                    }
                }
                columnOf.add(columns);
            }
            int[] monthColumn = new int[13];
            if (perMonth != null) {
                Map<String, Integer> monthCounts = new TreeMap<>();
                for (int m = 1; m <= 12; m++) {
                    if (perMonth[m] > 0) {
                        monthCounts.put(String.format("%02d", m), perMonth[m]);
                    }
                }
                int reference = monthCounts.isEmpty() ? 0 : Integer.parseInt(mostCommon(monthCounts));
                for (int m = 1; m <= 12; m++) {
                    if (perMonth[m] > 0 && m != reference) {
                        monthColumn[m] = names.size();
                        names.add("month=" + m);
                    }
                }
            }
            return new Coding(names, columnOf, monthColumn);
        }

        int width() {
            return names.size();
        }

        List<String> names() {
            return names;
        }

        /** Writes the row of an observation with {@code levels} (one per factor) in {@code month} (0: none). */
        void encode(String[] levels, int month, double[] row) {
            java.util.Arrays.fill(row, 0);
            row[0] = 1;
            for (int f = 0; f < columnOf.size(); f++) {
                Integer c = columnOf.get(f).get(level(levels[f]));
                if (c != null) {
                    row[c] = 1;
                }
            }
            if (month > 0 && monthColumn[month] > 0) {
                row[monthColumn[month]] = 1;
            }
        }
    }

    static String level(String value) {
        return value == null || value.isBlank() ? MISSING : value.strip();
    }


    private static String mostCommon(Map<String, Integer> counts) {
        String best = null;
        int most = -1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }
}
