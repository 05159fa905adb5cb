package org.crmworkbench.analysis.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * All products of the encoded columns up to a total degree, interactions included ({@code age}, {@code age^2},
 * {@code age*tenure_days}, {@code age^2*tenure_days}, ...), in order of degree, then of the columns.
 *
 * <p>The terms are made from the columns in their own units, not standardised ones, so each reported coefficient is
 * the coefficient of that product of the features as the analyst knows them; the least-squares fit scales every
 * column to unit length internally (see {@link OlsFit}), which keeps the solve well conditioned without changing the
 * coefficients. Powers of a 0/1 column (a category level, or any column holding only 0 and 1) equal the column, and
 * two levels of one category never both equal 1, so such terms are left out rather than making the design singular.
 */
final class PolynomialTerms {
    private final List<int[]> powers;
    private final List<String> names;

    private PolynomialTerms(List<int[]> powers, List<String> names) {
        this.powers = powers;
        this.names = names;
    }

    /**
     * The terms of {@code encoding}'s columns up to {@code degree}.
     *
     * @param binary per column, whether it holds only 0 and 1
     */
    static PolynomialTerms of(PredictorEncoding encoding, boolean[] binary, int degree) {
        List<String> columns = encoding.columns();
        int p = columns.size();
        int[] feature = new int[p];
        for (int f = 0, c = 0; f < encoding.features().size(); f++) {
            int width = Math.max(1, encoding.levels().get(f).size());
            for (int w = 0; w < width; w++) {
                feature[c++] = encoding.levels().get(f).isEmpty() ? -1 : f;
            }
        }
        List<int[]> powers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int d = 1; d <= degree; d++) {
            collect(new int[p], 0, d, binary, feature, powers);
        }
        for (int[] power : powers) {
            List<String> parts = new ArrayList<>();
            for (int j = 0; j < p; j++) {
                if (power[j] == 1) {
                    parts.add(columns.get(j));
                } else if (power[j] > 1) {
                    parts.add(columns.get(j) + "^" + power[j]);
                }
            }
            names.add(String.join("*", parts));
        }
        return new PolynomialTerms(List.copyOf(powers), List.copyOf(names));
    }

    /** Adds every power vector of total degree {@code left} over columns from {@code from} on, in order. */
    private static void collect(int[] power, int from, int left, boolean[] binary, int[] feature, List<int[]> out) {
        if (left == 0) {
            out.add(power.clone());
            return;
        }
        for (int j = from; j < power.length; j++) {
            if (power[j] > 0 && binary[j]) {
                continue;
            }
            if (power[j] == 0 && feature[j] >= 0 && sameFeatureUsed(power, j, feature)) {
                continue;
            }
            power[j]++;
            collect(power, j, left - 1, binary, feature, out);
            power[j]--;
        }
    }

    private static boolean sameFeatureUsed(int[] power, int j, int[] feature) {
        for (int k = 0; k < power.length; k++) {
            if (k != j && power[k] > 0 && feature[k] == feature[j]) {
                return true;
            }
        }
        return false;
    }

    /** Whether each column of {@code x} holds only 0 and 1. */
    static boolean[] binaryColumns(double[][] x, int p) {
        boolean[] binary = new boolean[p];
        Arrays.fill(binary, true);
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                if (binary[j] && row[j] != 0.0 && row[j] != 1.0) {
                    binary[j] = false;
                }
            }
        }
        return binary;
    }

    int size() {
        return powers.size();
    }

    List<String> names() {
        return names;
    }

    double[] expand(double[] row) {
        double[] out = new double[powers.size()];
        for (int t = 0; t < out.length; t++) {
            int[] power = powers.get(t);
            double v = 1;
            for (int j = 0; j < power.length; j++) {
                for (int e = 0; e < power[j]; e++) {
                    v *= row[j];
                }
            }
            out[t] = v;
        }
        return out;
    }

    double[][] expand(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = expand(rows[i]);
        }
        return out;
    }
}
