package org.crmworkbench.analysis.segment;

import java.util.Objects;
import java.util.SplittableRandom;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * K-means segmentation: k-means++ starts, several restarts keeping the tightest result, and Lloyd iterations sped up
 * with Hamerly's bounds (per row one upper bound on the distance to its own centre and one lower bound on the
 * distance to any other centre; a row whose bounds prove its centre is still the nearest is not measured again).
 *
 * <p>Rows are cut into fixed slices worked on in parallel; each slice keeps its own sums per segment and the slices
 * are added up in a fixed order, so a seed gives the same segments whatever the number of threads.
 *
 * <p>Empty segments (a centre that no row is nearest to) are re-seeded on the row farthest from its centre.
 */
public final class KMeans implements KMeansFitter {
    /** The {@link Clustering#algorithm()} name of the results. */
    public static final String ALGORITHM = "kmeans";

    private final int threads;

    /** K-means on every core of the machine. */
    public KMeans() {
        this(RowChunks.defaultThreads());
    }

    /** K-means on {@code threads} threads (1 runs on the caller's thread). */
    public KMeans(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /** The threads a fit runs on. */
    int threads() {
        return threads;
    }

    /**
     * Segments {@code data} into {@code parameters.k()} groups: {@code restarts} k-means++ starts, each iterated to
     * convergence, the lowest within-cluster sum of squares kept. Reports one unit of work per restart.
     *
     * @throws BadParameterException  on {@code k} when the data has fewer rows than segments
     * @throws org.crmworkbench.work.CancelledException when the progress is cancelled (checked every iteration)
     */
    @Override
    public Clustering fit(FeatureMatrix data, KMeansParameters parameters, Progress progress) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(parameters, "parameters");
        parameters.requireFits(data);
        int k = parameters.k();
        SplittableRandom master = new SplittableRandom(parameters.seed());
        LloydIterations lloyd = new LloydIterations(parameters.maxIterations(), parameters.tolerance(), true);
        LloydIterations.Run best = null;
        try (RowChunks chunks = new RowChunks(threads)) {
            for (int r = 0; r < parameters.restarts(); r++) {
                progress.checkCancelled();
                SplittableRandom random = master.split();
                double[] centres = KMeansPlusPlus.seed(data, k, random, chunks, progress);
                LloydIterations.Run run = lloyd.run(data, centres, k, chunks, progress);
                if (best == null || run.wcss() < best.wcss()) {
                    best = run;
                }
                progress.worked(r + 1, parameters.restarts());
            }
        }
        return best.toClustering(data.cols());
    }

    /**
     * Iterates from the given centres with no random choice: at most {@code maxIterations} iterations, stopping
     * earlier when no row changes segment or no centre moves farther than {@code tolerance} (0 stops only when no
     * row changes, i.e. runs a fixed number of iterations unless it has converged exactly). The iteration count
     * of the result counts assignment passes, the first (to the given centres) included, as scikit-learn's
     * {@code n_iter_} does.
     *
     * @param useBounds true for Hamerly's accelerated iterations, false for plain Lloyd iterations (every row
     *                  measured against every centre each time); both give the same segments
     */
    public Clustering fitFrom(FeatureMatrix data, double[][] initialCentres, int maxIterations, double tolerance,
                              boolean useBounds, Progress progress) {
        Objects.requireNonNull(data, "data");
        int k = initialCentres.length;
        int d = data.cols();
        if (k < 1) {
            throw new IllegalArgumentException("at least one initial centre is needed");
        }
        new KMeansParameters(Math.max(2, k), 1, maxIterations, tolerance, 0).requireFits(data);
        double[] centres = new double[k * d];
        for (int c = 0; c < k; c++) {
            if (initialCentres[c].length != d) {
                throw new IllegalArgumentException("centre " + c + " has " + initialCentres[c].length
                        + " values, the data " + d);
            }
            System.arraycopy(initialCentres[c], 0, centres, c * d, d);
        }
        try (RowChunks chunks = new RowChunks(threads)) {
            return new LloydIterations(maxIterations, tolerance, useBounds).run(data, centres, k, chunks, progress)
                    .toClustering(d);
        }
    }
}
