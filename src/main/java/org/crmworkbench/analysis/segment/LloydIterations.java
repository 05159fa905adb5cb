package org.crmworkbench.analysis.segment;

import org.crmworkbench.work.Progress;

/**
 * One k-means start from given centres: Lloyd iterations (assign every row to its nearest centre, move every centre
 * to its segment's mean), sped up with Hamerly's bounds when asked, until no row changes segment, no centre moves
 * farther than the tolerance, or the iteration cap is reached. Empty segments are re-seeded on the row farthest from
 * its centre before the centres move.
 */
final class LloydIterations {
    private final int maxIterations;
    private final double tolerance;
    private final boolean useBounds;

    /**
     * @param maxIterations the most assignment passes, the first (to the given centres) included
     * @param tolerance     stop once no centre moves farther than this (0: only when no row changes segment)
     * @param useBounds     true for Hamerly's accelerated passes, false for plain Lloyd passes
     */
    LloydIterations(int maxIterations, double tolerance, boolean useBounds) {
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        this.useBounds = useBounds;
    }

    /** Iterates {@code data} from {@code centres} (k * d, row after row; overwritten) on {@code runner}'s threads. */
    Run run(FeatureMatrix data, double[] centres, int k, RowChunks runner, Progress progress) {
        int chunks = RowChunks.chunkCount(data.rows());
        SliceSums sums = new SliceSums(data, k, chunks);
        MovingCentres moving = new MovingCentres(centres, k, data.cols());
        BoundedAssignment assignment = new BoundedAssignment(data, moving, sums, k, chunks, useBounds);
        runner.run(chunks, assignment::assignAll);
        int passes = 1;
        while (passes < maxIterations) {
            progress.checkCancelled();
            double maxShift = moveCentres(k, sums, moving, assignment);
            passes++;
            runner.run(chunks, assignment::reassign);
            int changed = assignment.changedRows();
            if (changed == 0 || maxShift <= tolerance) {
                break;
            }
        }
        progress.checkCancelled();
        int[] total = sums.totalCounts();
        double[] finalCentres = moving.keepEmpty(sums.means(total), total);
        double[] partial = new double[chunks];
        runner.run(chunks, ch -> partial[ch] = assignment.wcss(ch, finalCentres));
        double wcss = 0;
        for (double p : partial) {
            wcss += p;
        }
        return new Run(assignment.labels(), finalCentres, k, passes, wcss);
    }

    /**
     * Moves every centre to the mean of its rows, re-seeding empty segments first (a segment still empty keeps its
     * centre), and returns the largest move.
     */
    private static double moveCentres(int k, SliceSums sums, MovingCentres moving, BoundedAssignment assignment) {
        int[] total = sums.totalCounts();
        for (int round = 0; round < k && hasEmpty(total); round++) {
            assignment.reseedEmpty(total);
            total = sums.totalCounts();
        }
        return moving.moveTo(sums.means(total), total);
    }

    private static boolean hasEmpty(int[] total) {
        for (int t : total) {
            if (t == 0) {
                return true;
            }
        }
        return false;
    }

    /** One finished start: labels, final centres (k * d), assignment passes, within-segment sum of squares. */
    record Run(int[] labels, double[] centres, int k, int iterations, double wcss) {
        Clustering toClustering(int d) {
            double[][] c = new double[k][d];
            for (int j = 0; j < k; j++) {
                System.arraycopy(centres, j * d, c[j], 0, d);
            }
            return new Clustering(KMeans.ALGORITHM, labels, k, c, iterations, wcss);
        }
    }
}
