package org.crmworkbench.analysis.sales;

/**
 * What the random-intercept model needs of its observations, added up one row at a time: X'X, X'y, y'y and, per
 * group, its size, its column sums and its outcome sum. The model never needs the rows themselves, so 6.4M orders
 * with 25 fixed-effect columns take a few megabytes here where their design matrix took 1.3 GB.
 */
final class DesignSums {
    private final int width;
    private final double[][] xtx;
    private final double[] xty;
    private double yty;
    private final int[] sizes;
    private final double[][] sums;
    private final double[] ySums;
    private int n;

    /** Sums for rows of {@code width} columns (the first the intercept) over {@code groups} groups. */
    DesignSums(int width, int groups) {
        this.width = width;
        xtx = new double[width][width];
        xty = new double[width];
        sizes = new int[groups];
        sums = new double[groups][width];
        ySums = new double[groups];
    }

    /** Adds the observation {@code y} of group {@code g} with design row {@code row}. */
    void add(double[] row, double y, int g) {
        if (g < 0 || g >= sizes.length) {
            throw new IllegalArgumentException("group out of range: " + g);
        }
        n++;
        yty += y * y;
        sizes[g]++;
        ySums[g] += y;
        double[] s = sums[g];
        for (int a = 0; a < width; a++) {
            double ra = row[a];
            s[a] += ra;
            xty[a] += ra * y;
            double[] xa = xtx[a];
            for (int b = 0; b <= a; b++) {
                xa[b] += ra * row[b];
            }
        }
    }

    int observations() {
        return n;
    }

    int width() {
        return width;
    }

    int groups() {
        return sizes.length;
    }

    /** X'X entry (a, b) for b <= a (the lower triangle is the one kept). */
    double xtx(int a, int b) {
        return a >= b ? xtx[a][b] : xtx[b][a];
    }

    double xty(int a) {
        return xty[a];
    }

    double yty() {
        return yty;
    }

    int size(int g) {
        return sizes[g];
    }

    double columnSum(int g, int a) {
        return sums[g][a];
    }

    double outcomeSum(int g) {
        return ySums[g];
    }
}
