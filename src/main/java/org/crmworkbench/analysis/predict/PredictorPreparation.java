package org.crmworkbench.analysis.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.work.BadParameterException;

/**
 * Validates and encodes a table for a model (see {@link PredictorData#prepare}): numeric features as they are with a
 * missing value set to the training median, categorical features in treatment coding (one 0/1 column per level but
 * the first of the sorted levels, named {@code region[North]}; a missing or unseen level gets 0 in every level
 * column), rows with a missing target dropped.
 */
final class PredictorPreparation {

    private PredictorPreparation() {
    }

    static PredictorData prepare(FeatureTable table, String target, List<String> features) {
        List<String> available = table.columnNames();
        String availableText = String.join(", ", available);
        if (target == null || !available.contains(target)) {
            throw new BadParameterException("target", "predict.error.unknownColumn",
                    "there is no column " + target + "; the columns are " + availableText, target, availableText);
        }
        Optional<FeatureTable.NumericColumn> targetColumn = table.numeric(target);
        if (targetColumn.isEmpty()) {
            throw new BadParameterException("target", "predict.error.targetNotNumeric",
                    "column " + target + " holds text or categories; the target must be numeric", target);
        }
        if (features == null || features.isEmpty()) {
            throw new BadParameterException("features", "predict.error.noFeatures", "choose at least one feature");
        }
        Set<String> seen = new HashSet<>();
        for (String f : features) {
            if (!available.contains(f)) {
                throw new BadParameterException("features", "predict.error.unknownColumn",
                        "there is no column " + f + "; the columns are " + availableText, f, availableText);
            }
            if (f.equals(target)) {
                throw new BadParameterException("features", "predict.error.targetIsFeature",
                        "column " + f + " is the target and cannot also be a feature", f);
            }
            if (!seen.add(f)) {
                throw new BadParameterException("features", "predict.error.repeatedFeature",
                        "column " + f + " is chosen twice", f);
            }
        }
        double[] targetValues = targetColumn.get().values();
        int[] rows = java.util.stream.IntStream.range(0, table.rowCount())
                .filter(i -> !Double.isNaN(targetValues[i])).toArray();
        int n = rows.length;

        List<String> columns = new ArrayList<>();
        List<Double> fill = new ArrayList<>();
        List<List<String>> levels = new ArrayList<>();
        for (String f : features) {
            Optional<FeatureTable.NumericColumn> numeric = table.numeric(f);
            if (numeric.isPresent()) {
                double[] v = numeric.get().values();
                double[] present = Arrays.stream(rows).mapToDouble(i -> v[i]).filter(d -> !Double.isNaN(d)).toArray();
                if (present.length == 0) {
                    throw new BadParameterException("features", "predict.error.noValues",
                            "column " + f + " has no values in the rows with a target", f);
                }
                Arrays.sort(present);
                if (present[0] == present[present.length - 1]) {
                    String value = plain(present[0]);
                    throw new BadParameterException("features", "predict.error.constant",
                            "column " + f + " has the same value (" + value + ") in every row", f, value);
                }
                columns.add(f);
                fill.add(median(present));
                levels.add(List.of());
            } else {
                String[] v = table.category(f).orElseThrow().values();
                TreeSet<String> found = new TreeSet<>();
                for (int i : rows) {
                    if (v[i] != null) {
                        found.add(v[i]);
                    }
                }
                if (found.isEmpty()) {
                    throw new BadParameterException("features", "predict.error.noValues",
                            "column " + f + " has no values in the rows with a target", f);
                }
                if (found.size() == 1) {
                    throw new BadParameterException("features", "predict.error.constant",
                            "column " + f + " has the same value (" + found.first() + ") in every row", f,
                            found.first());
                }
                List<String> kept = new ArrayList<>(found).subList(1, found.size());
                for (String level : kept) {
                    columns.add(f + "[" + level + "]");
                    fill.add(0.0);
                }
                levels.add(kept);
            }
        }
        int parameters = columns.size() + 1;
        if (n < parameters + 1) {
            throw new BadParameterException("features", "predict.error.tooFewRows",
                    n + " rows have a target, too few for " + parameters + " parameters; at least "
                            + (parameters + 1) + " are needed", n, parameters, parameters + 1);
        }
        PredictorEncoding encoding = new PredictorEncoding(features, columns,
                fill.stream().mapToDouble(Double::doubleValue).toArray(), levels);
        double[][] all = encode(encoding, table, false);
        double[][] x = new double[n][];
        double[] y = new double[n];
        List<String> ids = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            x[k] = all[rows[k]];
            y[k] = targetValues[rows[k]];
            ids.add(table.rowIds().get(rows[k]));
        }
        return new PredictorData(table.source(), target, ids, rows, x, y, encoding, table.rowCount() - n);
    }

    static double[][] encode(PredictorEncoding encoding, FeatureTable table) {
        return encode(encoding, table, true);
    }

    /** Encodes every row; a missing number stays NaN unless {@code fill} (then it gets the encoding's fill value). */
    static double[][] encode(PredictorEncoding encoding, FeatureTable table, boolean fill) {
        int n = table.rowCount();
        int width = encoding.columns().size();
        double[][] x = new double[n][width];
        int col = 0;
        for (int f = 0; f < encoding.features().size(); f++) {
            String name = encoding.features().get(f);
            List<String> levels = encoding.levels().get(f);
            if (levels.isEmpty()) {
                double[] v = table.numeric(name).orElseThrow(() -> missing(name, table, "numeric")).values();
                double fillValue = encoding.fill()[col];
                for (int i = 0; i < n; i++) {
                    x[i][col] = Double.isNaN(v[i]) && fill ? fillValue : v[i];
                }
                col++;
            } else {
                String[] v = table.category(name).orElseThrow(() -> missing(name, table, "categorical")).values();
                for (int i = 0; i < n; i++) {
                    int level = v[i] == null ? -1 : levels.indexOf(v[i]);
                    for (int l = 0; l < levels.size(); l++) {
                        x[i][col + l] = level == l ? 1.0 : (level < 0 && v[i] == null ? encoding.fill()[col + l] : 0.0);
                    }
                }
                col += levels.size();
            }
        }
        return x;
    }

    private static BadParameterException missing(String name, FeatureTable table, String kind) {
        String availableText = String.join(", ", table.columnNames());
        return new BadParameterException("features", "predict.error.unknownColumn",
                "there is no " + kind + " column " + name + "; the columns are " + availableText, name,
                availableText);
    }

    /** The median of sorted values. */
    static double median(double[] sorted) {
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
