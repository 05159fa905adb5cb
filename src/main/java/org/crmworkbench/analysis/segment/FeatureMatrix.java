package org.crmworkbench.analysis.segment;

import java.util.List;
import java.util.Objects;

/**
 * A dense matrix of numbers ready for clustering: {@code rows} points with {@code cols} features, stored row after
 * row in one primitive array (the layout the distance kernels stream through). No value is missing.
 */
public final class FeatureMatrix {
    private final double[] values;
    private final int rows;
    private final int cols;
    private final List<String> names;

    /**
     * Wraps {@code values} (not copied): value {@code (i, j)} is {@code values[i * cols + j]}.
     */
    public FeatureMatrix(double[] values, int rows, List<String> names) {
        this.values = Objects.requireNonNull(values, "values");
        this.names = List.copyOf(names);
        this.cols = this.names.size();
        this.rows = rows;
        if (cols == 0) {
            throw new IllegalArgumentException("a feature matrix needs at least one column");
        }
        if ((long) rows * cols != values.length) {
            throw new IllegalArgumentException(values.length + " values do not make " + rows + " rows of " + cols);
        }
    }

    /** A matrix from rows of equal length; the rows are copied. */
    public static FeatureMatrix ofRows(double[][] data, List<String> names) {
        int d = names.size();
        double[] flat = new double[data.length * d];
        for (int i = 0; i < data.length; i++) {
            if (data[i].length != d) {
                throw new IllegalArgumentException("row " + i + " has " + data[i].length + " values, expected " + d);
            }
            System.arraycopy(data[i], 0, flat, i * d, d);
        }
        return new FeatureMatrix(flat, data.length, names);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public List<String> names() {
        return names;
    }

    public double get(int row, int col) {
        return values[row * cols + col];
    }

    /** The backing array, row after row; shared, so do not change it. */
    public double[] values() {
        return values;
    }

    /** A copy of row {@code i}. */
    public double[] row(int i) {
        double[] r = new double[cols];
        System.arraycopy(values, i * cols, r, 0, cols);
        return r;
    }

    /** A copy of column {@code j}. */
    public double[] column(int j) {
        double[] c = new double[rows];
        for (int i = 0; i < rows; i++) {
            c[i] = values[i * cols + j];
        }
        return c;
    }

    /** The given rows (indices into this matrix), in the order given, as a new matrix with the same columns. */
    public FeatureMatrix selectRows(int[] which) {
        double[] out = new double[which.length * cols];
        for (int i = 0; i < which.length; i++) {
            System.arraycopy(values, which[i] * cols, out, i * cols, cols);
        }
        return new FeatureMatrix(out, which.length, names);
    }

    /** The rows as separate arrays (copied), the shape Smile takes. */
    public double[][] toRows() {
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = row(i);
        }
        return out;
    }
}
