package org.crmworkbench.analysis.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * Tries every number of segments from {@code kMin} to {@code kMax}: the best of {@code restarts} k-means runs at each
 * k, scored by WCSS, silhouette (on a seeded sample when there are many rows), Davies-Bouldin, Calinski-Harabasz
 * and, when resamples are asked for, stability; then lets the metrics choose (see {@link KChoice}).
 *
 * <p>Runs stop at {@link #SWEEP_TOLERANCE}; refit the chosen k with {@link KMeans} for fully converged segments.
 *
 * <p>Stability is measured on the rows the silhouette is scored on (all rows up to the exact limit, else the
 * silhouette's seeded sample): subsamples of those rows, compared by the adjusted Rand index.
 *
 * <p>Every k is fitted first; then the silhouettes of all k are computed in one pass over the row pairs of the
 * silhouette sample, which all k share (see {@link ClusterQuality#silhouettes}).
 *
 * <p>Progress names the k being fitted and counts one unit per k, then names the silhouette stage and counts one
 * unit for it; the sweep can be cancelled at any iteration and during the silhouettes.
 */
public final class KSweep {
    /**
     * Centre shift at which a sweep run stops: 1% of a standard deviation of the scaled features. Over-split k
     * (more segments than the data has) otherwise crawl for hundreds of iterations for WCSS changes of under 0.1%,
     * which do not change which k the metrics favour.
     */
    public static final double SWEEP_TOLERANCE = 1e-2;
    /** Most iterations of a sweep run. */
    public static final int SWEEP_MAX_ITERATIONS = 100;

    private final int kMin;
    private final int kMax;
    private final int restarts;
    private final long seed;
    private final int silhouetteSample;
    private final int stabilityResamples;
    private final int threads;

    /**
     * @param kMin               smallest k tried, at least 2
     * @param kMax               largest k tried, at least {@code kMin} and at most the rows
     * @param restarts           k-means++ starts per k
     * @param seed               seed of every random choice of the sweep
     * @param silhouetteSample   rows the silhouette is computed on when there are more than
     *                           {@link ClusterQuality#DEFAULT_EXACT_LIMIT} (or more than this sample, if larger)
     * @param stabilityResamples subsamples per k for stability, 0 to skip stability, else at least 2
     */
    public KSweep(int kMin, int kMax, int restarts, long seed, int silhouetteSample, int stabilityResamples) {
        this(kMin, kMax, restarts, seed, silhouetteSample, stabilityResamples, RowChunks.defaultThreads());
    }

    private KSweep(int kMin, int kMax, int restarts, long seed, int silhouetteSample, int stabilityResamples,
                   int threads) {
        if (!KMeansParameters.K.contains(kMin)) {
            throw new BadParameterException("kMin", "segment.sweep.kMin.tooSmall",
                    "the smallest k must be at least " + KMeansParameters.K.min() + ", got " + kMin, kMin);
        }
        if (kMax < kMin) {
            throw new BadParameterException("kMax", "segment.sweep.kMax.belowKMin",
                    "the largest k (" + kMax + ") must not be below the smallest (" + kMin + ")", kMin, kMax);
        }
        new KMeansParameters(kMin, restarts, KMeansParameters.DEFAULT_MAX_ITERATIONS,
                KMeansParameters.DEFAULT_TOLERANCE, seed);
        if (stabilityResamples != 0) {
            new Stability(stabilityResamples, seed);
        }
        new ClusterQuality(ClusterQuality.DEFAULT_EXACT_LIMIT, silhouetteSample, seed);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.kMin = kMin;
        this.kMax = kMax;
        this.restarts = restarts;
        this.seed = seed;
        this.silhouetteSample = silhouetteSample;
        this.stabilityResamples = stabilityResamples;
        this.threads = threads;
    }

    /** The same sweep on {@code newThreads} threads (the results do not depend on it). */
    public KSweep withThreads(int newThreads) {
        return new KSweep(kMin, kMax, restarts, seed, silhouetteSample, stabilityResamples, newThreads);
    }

    /**
     * Runs the sweep.
     *
     * @throws BadParameterException on {@code kMax} when the data has fewer rows than {@code kMax}
     */
    public KChoice run(FeatureMatrix data, Progress progress) {
        Objects.requireNonNull(data, "data");
        KMeansParameters.requireFits("kMax", kMax, data.rows());
        KMeans kmeans = new KMeans(threads);
        ClusterQuality quality = new ClusterQuality(Math.max(ClusterQuality.DEFAULT_EXACT_LIMIT, silhouetteSample),
                silhouetteSample, seed).withThreads(threads);
        Stability stability = stabilityResamples == 0 ? null : new Stability(stabilityResamples, seed);
        FeatureMatrix stabilityRows = stability == null ? null : quality.scoredRows(data);
        Progress inner = Stability.quiet(progress);
        int total = kMax - kMin + 1;
        // one unit per k (its fit, and its stability when asked for), one for the silhouettes of all k together
        int units = total + 1;
        Clustering[] fits = new Clustering[total];
        double[] stable = new double[total];
        for (int k = kMin; k <= kMax; k++) {
            progress.checkCancelled();
            progress.stage("segment.sweep.stage.k", k, k - kMin + 1, total);
            KMeansParameters parameters = new KMeansParameters(k, restarts, SWEEP_MAX_ITERATIONS, SWEEP_TOLERANCE,
                    seed + k);
            fits[k - kMin] = kmeans.fit(data, parameters, inner);
            stable[k - kMin] = Double.NaN;
            if (stability != null && stability.subsampleRows(stabilityRows.rows()) >= k) {
                stable[k - kMin] = stability.of(stabilityRows, parameters, kmeans, inner);
            }
            progress.worked(k - kMin + 1, units);
        }
        progress.checkCancelled();
        progress.stage("segment.sweep.stage.silhouette", total);
        int[][] labelings = new int[total][];
        for (int i = 0; i < total; i++) {
            labelings[i] = fits[i].labels();
        }
        ClusterQuality.Silhouette[] silhouettes = quality.silhouettes(data, labelings, inner);
        List<KScore> scores = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            progress.checkCancelled();
            QualityScores q = quality.score(data, fits[i], silhouettes[i]);
            scores.add(new KScore(kMin + i, q, stable[i], fits[i]));
        }
        progress.worked(units, units);
        return KChoice.of(scores);
    }
}
