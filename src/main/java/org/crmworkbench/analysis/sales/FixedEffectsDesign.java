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
        List<String> names = new ArrayList<>();
        names.add(INTERCEPT);
        List<Map<String, Integer>> columnOf = new ArrayList<>();
        for (int f = 0; f < factorNames.size(); f++) {
            Map<String, Integer> counts = new TreeMap<>();
            for (String[] row : levels) {
                counts.merge(level(row[f]), 1, Integer::sum);
            }
            String reference = mostCommon(counts);
            Map<String, Integer> columns = new HashMap<>();
            for (String level : counts.keySet()) {
                if (!level.equals(reference)) {
                    columns.put(level, names.size());
                    names.add(factorNames.get(f) + "=" + level);
                }
            }
            columnOf.add(columns);
        }
        int[] monthColumn = new int[13];
        if (months != null) {
            Map<String, Integer> counts = new TreeMap<>();
            int[] perMonth = new int[13];
            for (int m : months) {
                perMonth[m]++;
            }
            for (int m = 1; m <= 12; m++) {
                if (perMonth[m] > 0) {
                    counts.put(String.format("%02d", m), perMonth[m]);
                }
            }
            int reference = counts.isEmpty() ? 0 : Integer.parseInt(mostCommon(counts));
            for (int m = 1; m <= 12; m++) {
                if (perMonth[m] > 0 && m != reference) {
                    monthColumn[m] = names.size();
                    names.add("month=" + m);
                }
            }
        }
        double[][] x = new double[n][names.size()];
        for (int i = 0; i < n; i++) {
            double[] row = x[i];
            row[0] = 1;
            String[] lv = levels.get(i);
            for (int f = 0; f < columnOf.size(); f++) {
                Integer c = columnOf.get(f).get(level(lv[f]));
                if (c != null) {
                    row[c] = 1;
                }
            }
            if (months != null && monthColumn[months[i]] > 0) {
                row[monthColumn[months[i]]] = 1;
            }
        }
        return new FixedEffectsDesign(x, List.copyOf(names));
    }

    private static String level(String value) {
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
