package org.crmworkbench.analysis.segment;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * The k-distance curve that guides the choice of DBSCAN's eps: for minPts = k, every row's distance to its k-th
 * nearest row (the row itself counted as the first, so k = 1 gives 0), sorted ascending. Rows inside dense segments
 * have short k-distances, noise rows long ones; eps is read off where the curve turns upwards.
 *
 * <p><b>Knee rule.</b> Both axes are scaled to [0, 1] (position {@code i / (m - 1)}, distance
 * {@code (d - d_min) / (d_max - d_min)}); the knee is the point farthest below the chord from the first to the
 * last point, i.e. the one maximising {@code x - y} (ties: the first). The suggested eps is the distance there.
 *
 * <p><b>Sampling.</b> With more rows than {@link #sampleSize()}, the curve is computed for that many query rows
 * drawn without replacement with {@link #seed()} — each against all rows, so every distance is exact — and
 * {@link KDistanceCurve#isSampleOf(int)} reports it.
 */
public final class KDistance {
    /** Query rows used when the data has more rows than this. */
    public static final int DEFAULT_SAMPLE = 5_000;
    public static final long DEFAULT_SEED = 20240601L;

    private final int k;
    private final int sampleSize;
    private final long seed;

    public KDistance(int k) {
        this(k, DEFAULT_SAMPLE, DEFAULT_SEED);
    }

    public KDistance(int k, int sampleSize, long seed) {
        if (k < 1) {
            throw new BadParameterException("min-pts", "segment.density.bad.minPts",
                    "min-pts must be at least 1 (the row itself counts), not " + k, k);
        }
        if (sampleSize < 2) {
            throw new BadParameterException("sample", "segment.kdistance.bad.sample",
                    "the k-distance sample needs at least 2 rows, not " + sampleSize, sampleSize);
        }
        this.k = k;
        this.sampleSize = sampleSize;
        this.seed = seed;
    }

    public int k() {
        return k;
    }

    public int sampleSize() {
        return sampleSize;
    }

    public long seed() {
        return seed;
    }

    /** The curve for the rows of {@code data} (usually the scaled features DBSCAN will see). */
    public KDistanceCurve compute(FeatureMatrix data, Progress progress) {
        int n = data.rows();
        if (n < k) {
            throw new BadParameterException("min-pts", "segment.kdistance.tooFewRows",
                    "min-pts " + k + " needs at least as many rows, but there are " + n, k, n);
        }
        progress.stage("segment.kdistance.stage", k, Math.min(n, sampleSize));
        KdTree tree = new KdTree(data.values(), n, data.cols());
        int[] queries = queryRows(n);
        double[] distances = new double[queries.length];
        double[] heap = new double[k];
        for (int t = 0; t < queries.length; t++) {
            if (t % 256 == 0) {
                progress.checkCancelled();
                progress.worked(t, queries.length);
            }
            distances[t] = Math.sqrt(tree.kthNearest2(queries[t], k, heap));
        }
        progress.worked(queries.length, queries.length);
        Arrays.sort(distances);
        int knee = knee(distances);
        return new KDistanceCurve(k, distances, distances[knee], knee);
    }

    /** All rows when they fit the sample, otherwise {@code sampleSize} distinct rows drawn with the seed, in order. */
    private int[] queryRows(int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        if (n <= sampleSize) {
            return all;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < sampleSize; i++) {
            int j = i + random.nextInt(n - i);
            int s = all[i];
            all[i] = all[j];
            all[j] = s;
        }
        int[] chosen = Arrays.copyOf(all, sampleSize);
        Arrays.sort(chosen);
        return chosen;
    }

    /** Position of the knee of an ascending curve by the rule in the class comment. */
    static int knee(double[] sorted) {
        int m = sorted.length;
        if (m < 3) {
            return m - 1;
        }
        double lo = sorted[0];
        double span = sorted[m - 1] - lo;
        if (!(span > 0)) {
            return m - 1;
        }
        int best = m - 1;
        double bestGap = 0;
        for (int i = 0; i < m; i++) {
            double gap = (double) i / (m - 1) - (sorted[i] - lo) / span;
            if (gap > bestGap) {
                bestGap = gap;
                best = i;
            }
        }
        return best;
    }
}
