package org.crmworkbench.analysis.predict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Why one row scores as it does: for each encoded column, how far the score falls (or rises) when that column alone
 * is set back to the typical training value (the median; 0, the reference level, for a level column).
 */
final class ScoreFactors {
    private final List<String> columns;
    private final double[] typical;

    ScoreFactors(List<String> columns, double[] typical) {
        this.columns = List.copyOf(columns);
        this.typical = typical.clone();
    }

    /** Typical values from training rows: each column's median, 0 for level columns. */
    static double[] typical(double[][] x, boolean[] levelColumn) {
        int p = levelColumn.length;
        double[] typical = new double[p];
        double[] values = new double[x.length];
        for (int j = 0; j < p; j++) {
            if (levelColumn[j] || x.length == 0) {
                continue;
            }
            for (int i = 0; i < x.length; i++) {
                values[i] = x[i][j];
            }
            java.util.Arrays.sort(values);
            int m = values.length / 2;
            typical[j] = values.length % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
        }
        return typical;
    }

    List<ScoreFactor> factors(ToDoubleFunction<double[]> score, double[] row, int top) {
        double base = score.applyAsDouble(row);
        List<ScoreFactor> all = new ArrayList<>();
        double[] changed = row.clone();
        for (int j = 0; j < columns.size(); j++) {
            changed[j] = typical[j];
            double effect = base - score.applyAsDouble(changed);
            changed[j] = row[j];
            all.add(new ScoreFactor(columns.get(j), row[j], effect));
        }
        all.sort(Comparator.comparingDouble((ScoreFactor f) -> -Math.abs(f.effect())));
        return List.copyOf(all.subList(0, Math.min(Math.max(0, top), all.size())));
    }
}
