package org.crmworkbench.analysis.segment;

/**
 * Finds the rows within a radius of a row, the one question DBSCAN asks of its data; implemented by a uniform grid
 * for two and three features and by a kd-tree for any number. Distances are Euclidean and compared squared, a row
 * counts as its own neighbour, and a neighbour lies at distance {@code <= eps}.
 */
interface NeighbourIndex {

    /**
     * Rows within {@code sqrt(eps2)} of row {@code row}, itself included, counted up to {@code stopAt} (the count
     * returned is {@code min(true count, stopAt)}: DBSCAN only needs to know whether a row reaches minPts).
     */
    int countWithin(int row, double eps2, int stopAt);

    /** Writes the rows within {@code sqrt(eps2)} of row {@code row} (itself included) to {@code out}; returns how many. */
    int within(int row, double eps2, int[] out);

    /** Bytes the index holds beyond the input, for memory reports. */
    long bytes();
}
