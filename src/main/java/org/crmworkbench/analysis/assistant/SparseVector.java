package org.crmworkbench.analysis.assistant;

/**
 * A question as the classifier sees it: the indexes of its features, ascending, and their weights.
 *
 * @param indexes feature indexes, ascending, no repeats
 * @param values  the weight of each (aligned with {@code indexes})
 */
record SparseVector(int[] indexes, double[] values) {
    SparseVector {
        if (indexes.length != values.length) {
            throw new IllegalArgumentException("indexes and values differ in length");
        }
    }

    int size() {
        return indexes.length;
    }

    boolean isEmpty() {
        return indexes.length == 0;
    }

    /** The sum of squared weights. */
    double squaredNorm() {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return sum;
    }
}
