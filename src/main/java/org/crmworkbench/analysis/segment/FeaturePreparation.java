package org.crmworkbench.analysis.segment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.model.FeatureTable.CategoryColumn;
import org.crmworkbench.model.FeatureTable.NumericColumn;
import org.crmworkbench.work.BadParameterException;

/**
 * Turns the features an analyst picked into a matrix for clustering: missing numbers get the feature's median
 * (and are counted), categories become one 0/1 column per value ({@code region=North}), and every column is
 * scaled the chosen way.
 */
public final class FeaturePreparation {
    /** Separator between a categorical feature and its value in one-hot column names. */
    public static final String ONE_HOT = "=";

    private final FeatureTable table;

    public FeaturePreparation(FeatureTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /**
     * Prepares {@code features} (names of numeric or categorical columns of the table) with {@code scaling}.
     *
     * @throws BadParameterException naming {@code features} when a name is unknown, the list is empty or repeats a
     *                               name, or a feature has no value at all
     */
    public PreparedFeatures prepare(List<String> features, Scaling scaling) {
        Objects.requireNonNull(scaling, "scaling");
        if (features.isEmpty()) {
            throw new BadParameterException("features", "segment.error.noFeatures", "choose at least one feature");
        }
        Set<String> unique = new LinkedHashSet<>(features);
        if (unique.size() != features.size()) {
            throw new BadParameterException("features", "segment.error.repeatedFeature",
                    "a feature is named twice: " + features, String.join(", ", features));
        }
        int n = table.rowCount();
        if (n == 0) {
            throw new BadParameterException("input", "segment.error.noRows", "there are no rows to segment");
        }
        List<String> names = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        List<ImputedFeature> imputed = new ArrayList<>();
        for (String feature : features) {
            NumericColumn numeric = table.numeric(feature).orElse(null);
            if (numeric != null) {
                addNumeric(numeric, names, columns, imputed);
                continue;
            }
            CategoryColumn category = table.category(feature).orElseThrow(() -> new BadParameterException("features",
                    "segment.error.unknownFeature", "unknown feature " + feature + "; known: "
                    + String.join(", ", table.columnNames()), feature, String.join(", ", table.columnNames())));
            addOneHot(category, names, columns, imputed);
        }
        double[] original = new double[n * names.size()];
        int d = names.size();
        for (int j = 0; j < d; j++) {
            double[] c = columns.get(j);
            for (int i = 0; i < n; i++) {
                original[i * d + j] = c[i];
            }
        }
        List<String> constant = new ArrayList<>();
        double[] scaled = new double[original.length];
        for (int j = 0; j < d; j++) {
            double[] c = columns.get(j);
            // sorted only where the scaling needs order statistics (the filled columns hold no NaN)
            Quantiles q = scaling == Scaling.MINMAX || scaling == Scaling.ROBUST ? Quantiles.of(c) : null;
            if (isConstant(c)) {
                constant.add(names.get(j));
            }
            double centre;
            double spread;
            switch (scaling) {
                case ZSCORE -> {
                    centre = mean(c);
                    spread = standardDeviation(c, centre);
                }
                case MINMAX -> {
                    centre = q.min();
                    spread = q.max() - q.min();
                }
                case ROBUST -> {
                    centre = q.median();
                    spread = q.at(0.75) - q.at(0.25);
                }
                default -> {
                    centre = 0;
                    spread = 1;
                }
            }
            if (!(spread > 0)) {
                spread = 1; // a constant column stays constant (0 after centring) instead of dividing by zero
            }
            for (int i = 0; i < n; i++) {
                scaled[i * d + j] = (c[i] - centre) / spread;
            }
        }
        return new PreparedFeatures(new FeatureMatrix(scaled, n, names), new FeatureMatrix(original, n, names),
                scaling, imputed, constant);
    }

    private void addNumeric(NumericColumn column, List<String> names, List<double[]> columns,
                            List<ImputedFeature> imputed) {
        double[] values = column.values();
        int missing = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                missing++;
            }
        }
        if (missing == values.length) {
            throw new BadParameterException("features", "segment.error.emptyFeature",
                    "feature " + column.name() + " has no values", column.name());
        }
        double[] filled = values.clone();
        if (missing > 0) {
            double median = Quantiles.of(values).median();
            for (int i = 0; i < filled.length; i++) {
                if (Double.isNaN(filled[i])) {
                    filled[i] = median;
                }
            }
            imputed.add(new ImputedFeature(column.name(), missing, median));
        }
        names.add(column.name());
        columns.add(filled);
    }

    private void addOneHot(CategoryColumn column, List<String> names, List<double[]> columns,
                           List<ImputedFeature> imputed) {
        String[] values = column.values();
        TreeSet<String> levels = new TreeSet<>();
        int missing = 0;
        for (String v : values) {
            if (v == null || v.isBlank()) {
                missing++;
            } else {
                levels.add(v);
            }
        }
        if (levels.isEmpty()) {
            throw new BadParameterException("features", "segment.error.emptyFeature",
                    "feature " + column.name() + " has no values", column.name());
        }
        for (String level : levels) {
            double[] indicator = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                indicator[i] = level.equals(values[i]) ? 1 : 0;
            }
            names.add(column.name() + ONE_HOT + level);
            columns.add(indicator);
        }
        if (missing > 0) {
            imputed.add(new ImputedFeature(column.name(), missing, 0));
        }
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Population standard deviation (divides by n), as scikit-learn's StandardScaler. */
    static double standardDeviation(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            double d = v - mean;
            sum += d * d;
        }
        return Math.sqrt(sum / values.length);
    }

    /** True when every value of the column (no NaN) is the same. */
    private static boolean isConstant(double[] c) {
        for (double v : c) {
            if (v != c[0]) {
                return false;
            }
        }
        return true;
    }
}
