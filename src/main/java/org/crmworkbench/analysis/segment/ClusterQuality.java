package org.crmworkbench.analysis.segment;

import java.util.Objects;
import java.util.SplittableRandom;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * Scores how well segments separate the rows: within-cluster sum of squares, mean silhouette width, Davies-Bouldin
 * and Calinski-Harabasz indices, computed as scikit-learn defines them. Noise rows ({@link Clustering#NOISE}) take no
 * part; segment numbers need not be consecutive (empty numbers are ignored).
 *
 * <p>The silhouette needs every distance between rows, so it is exact only up to a row limit (default 20,000) or when
 * asked for; past the limit it is the silhouette of a seeded random sample of the rows (default 10,000), as
 * scikit-learn's {@code silhouette_score(..., sample_size=...)} does. Distances are taken in blocks as
 * {@code |a|^2 + |b|^2 - 2 a.b}, on every core.
 */
public final class ClusterQuality {
    public static final int DEFAULT_EXACT_LIMIT = 20_000;
    public static final int DEFAULT_SAMPLE_SIZE = 10_000;

    private static final int ROW_BLOCK = 64;
    private static final int COLUMN_BLOCK = 256;

    private final int exactLimit;
    private final int sampleSize;
    private final boolean alwaysExact;
    private final long seed;
    private final int threads;

    /** Exact silhouette up to 20,000 rows, else on a sample of 10,000 drawn with {@code seed}. */
    public ClusterQuality(long seed) {
        this(DEFAULT_EXACT_LIMIT, DEFAULT_SAMPLE_SIZE, seed);
    }

    /**
     * Exact silhouette up to {@code exactLimit} rows, else on a sample of {@code sampleSize} rows drawn with
     * {@code seed}.
     */
    public ClusterQuality(int exactLimit, int sampleSize, long seed) {
        this(exactLimit, sampleSize, false, seed, RowChunks.defaultThreads());
    }

    private ClusterQuality(int exactLimit, int sampleSize, boolean alwaysExact, long seed, int threads) {
        if (sampleSize < 2) {
            throw new BadParameterException("silhouetteSample", "segment.quality.sample.tooSmall",
                    "the silhouette sample must have at least 2 rows, got " + sampleSize, sampleSize);
        }
        if (exactLimit < 0) {
            throw new IllegalArgumentException("exactLimit must not be negative, got " + exactLimit);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.exactLimit = exactLimit;
        this.sampleSize = sampleSize;
        this.alwaysExact = alwaysExact;
        this.seed = seed;
        this.threads = threads;
    }

    /** Exact silhouette however many rows there are (time grows with the square of the rows). */
    public static ClusterQuality exact() {
        return new ClusterQuality(Integer.MAX_VALUE, DEFAULT_SAMPLE_SIZE, true, 0, RowChunks.defaultThreads());
    }

    /** The same settings on {@code newThreads} threads (the scores do not depend on it). */
    public ClusterQuality withThreads(int newThreads) {
        return new ClusterQuality(exactLimit, sampleSize, alwaysExact, seed, newThreads);
    }

    /** All scores of a clustering; its own WCSS is reported. */
    public QualityScores score(FeatureMatrix data, Clustering clustering, Progress progress) {
        QualityScores s = score(data, clustering.labels(), progress);
        return new QualityScores(clustering.wcss(), s.silhouette(), s.silhouetteSample(), s.silhouetteExact(),
                s.daviesBouldin(), s.calinskiHarabasz());
    }

    /** All scores of the segments {@code labels}; the WCSS is taken to the segment means. */
    public QualityScores score(FeatureMatrix data, int[] labels, Progress progress) {
        SegmentDispersion g = SegmentDispersion.of(data, labels);
        Silhouette s = silhouette(data, labels, progress);
        return new QualityScores(g.wcss(), s.value(), s.rows(), s.exact(), g.daviesBouldin(), g.calinskiHarabasz());
    }

    /**
     * The mean silhouette width and the rows it was computed on.
     *
     * @param value mean silhouette in [-1, 1]; NaN when the rows scored fall in fewer than two segments
     * @param rows  rows scored
     * @param exact true when every non-noise row was scored
     */
    public record Silhouette(double value, int rows, boolean exact) {
    }

    /** Mean silhouette width of the non-noise rows, exact or sampled as configured. */
    public Silhouette silhouette(FeatureMatrix data, int[] labels, Progress progress) {
        Objects.requireNonNull(progress, "progress");
        checkLength(data, labels);
        Sample sample = sampleOf(labels);
        return new Silhouette(silhouetteOf(data, labels, sample.rows(), progress), sample.rows().length,
                sample.exact());
    }

    /**
     * The mean silhouette width of each of several segmentations of the same data, each exactly as
     * {@link #silhouette} gives it (same rows sampled, same values up to rounding), but with every distance between
     * two rows computed once for all segmentations that leave the same rows out as noise. Much faster than one call
     * per segmentation when there are several, as in a sweep over k.
     *
     * @param labelings one label array per segmentation, each as long as {@code data} has rows
     * @return one silhouette per labeling, in the same order
     */
    public Silhouette[] silhouettes(FeatureMatrix data, int[][] labelings, Progress progress) {
        Objects.requireNonNull(progress, "progress");
        int count = labelings.length;
        Sample[] samples = new Sample[count];
        for (int l = 0; l < count; l++) {
            checkLength(data, labelings[l]);
            samples[l] = sampleOf(labelings[l]);
        }
        Silhouette[] result = new Silhouette[count];
        SilhouetteBatch batch = new SilhouetteBatch(threads);
        for (int l = 0; l < count; l++) {
            if (result[l] != null) {
                continue;
            }
            int[] rows = samples[l].rows();
            if (maxLabel(labelings[l]) + 1 > SilhouetteBatch.maxCodes(rows.length)) {
                // too many segments to keep per-row sums for: the one-segmentation way
                result[l] = new Silhouette(silhouetteOf(data, labelings[l], rows, progress), rows.length,
                        samples[l].exact());
                continue;
            }
            // every later labeling with the same rows (the same noise) shares the distances
            int[] members = new int[count];
            int n = 0;
            for (int o = l; o < count; o++) {
                if (result[o] == null && java.util.Arrays.equals(samples[o].rows(), rows)
                        && maxLabel(labelings[o]) + 1 <= SilhouetteBatch.maxCodes(rows.length)) {
                    members[n++] = o;
                }
            }
            int[][] group = new int[n][];
            for (int g = 0; g < n; g++) {
                group[g] = labelings[members[g]];
            }
            double[] values = batch.of(data, rows, group, progress);
            for (int g = 0; g < n; g++) {
                result[members[g]] = new Silhouette(values[g], rows.length, samples[members[g]].exact());
            }
        }
        return result;
    }

    private static int maxLabel(int[] labels) {
        int max = -1;
        for (int label : labels) {
            max = Math.max(max, label);
        }
        return max;
    }

    /**
     * The rows of {@code data} the silhouette of a segmentation without noise is computed on: all of them up to the
     * exact limit, else the seeded sample (the same rows {@link #silhouette} and {@link #silhouettes} score).
     */
    public FeatureMatrix scoredRows(FeatureMatrix data) {
        Sample sample = sampleOf(new int[data.rows()]);
        return sample.exact() ? data : data.selectRows(sample.rows());
    }

    /** The rows a silhouette is computed on (sorted) and whether they are all the non-noise rows. */
    private record Sample(int[] rows, boolean exact) {
    }

    /** The non-noise rows, or a seeded sample of them past the exact limit; depends only on which rows are noise. */
    private Sample sampleOf(int[] labels) {
        int members = 0;
        for (int label : labels) {
            if (label >= 0) {
                members++;
            }
        }
        int[] rows = new int[members];
        for (int i = 0, r = 0; i < labels.length; i++) {
            if (labels[i] >= 0) {
                rows[r++] = i;
            }
        }
        boolean exact = alwaysExact || members <= exactLimit || sampleSize >= members;
        if (!exact) {
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < sampleSize; i++) {
                int j = i + random.nextInt(members - i);
                int t = rows[i];
                rows[i] = rows[j];
                rows[j] = t;
            }
            rows = java.util.Arrays.copyOf(rows, sampleSize);
            java.util.Arrays.sort(rows);
        }
        return new Sample(rows, exact);
    }

    /** All scores of {@code clustering} with a silhouette already computed (by {@link #silhouettes}). */
    QualityScores score(FeatureMatrix data, Clustering clustering, Silhouette silhouette) {
        SegmentDispersion g = SegmentDispersion.of(data, clustering.labels());
        return new QualityScores(clustering.wcss(), silhouette.value(), silhouette.rows(), silhouette.exact(),
                g.daviesBouldin(), g.calinskiHarabasz());
    }

    /** Mean silhouette of the given rows among themselves. */
    private double silhouetteOf(FeatureMatrix data, int[] labels, int[] rows, Progress progress) {
        int m = rows.length;
        int d = data.cols();
        double[] x = data.values();
        int maxLabel = -1;
        for (int r : rows) {
            maxLabel = Math.max(maxLabel, labels[r]);
        }
        int[] size = new int[maxLabel + 1];
        for (int r : rows) {
            size[labels[r]]++;
        }
        int groups = 0;
        int[] start = new int[maxLabel + 2];
        for (int c = 0; c <= maxLabel; c++) {
            start[c + 1] = start[c] + size[c];
            if (size[c] > 0) {
                groups++;
            }
        }
        if (groups < 2) {
            return Double.NaN;
        }
        // rows sorted by segment, so each segment's columns are one contiguous range
        int[] fill = java.util.Arrays.copyOf(start, maxLabel + 1);
        int[] group = new int[m];
        double[] p = new double[m * d];
        double[] t = new double[d * m];
        double[] norm = new double[m];
        for (int r : rows) {
            int c = labels[r];
            int pos = fill[c]++;
            group[pos] = c;
            double nn = 0;
            for (int j = 0; j < d; j++) {
                double v = x[r * d + j];
                p[pos * d + j] = v;
                t[j * m + pos] = v;
                nn += v * v;
            }
            norm[pos] = nn;
        }
        int clusters = maxLabel + 1;
        double[] width = new double[m];
        int tasks = (m + ROW_BLOCK - 1) / ROW_BLOCK;
        try (RowChunks runner = new RowChunks(threads)) {
            runner.run(tasks, task -> {
                if (progress.isCancelled()) {
                    return;
                }
                int from = task * ROW_BLOCK;
                int to = Math.min(m, from + ROW_BLOCK);
                double[][] dist = new double[to - from][clusters];
                double[] acc = new double[COLUMN_BLOCK];
                for (int c = 0; c < clusters; c++) {
                    for (int j0 = start[c]; j0 < start[c + 1]; j0 += COLUMN_BLOCK) {
                        int j1 = Math.min(start[c + 1], j0 + COLUMN_BLOCK);
                        int w = j1 - j0;
                        for (int i = from; i < to; i++) {
                            java.util.Arrays.fill(acc, 0, w, 0);
                            for (int q = 0; q < d; q++) {
                                double a = p[i * d + q];
                                int base = q * m + j0;
                                for (int jj = 0; jj < w; jj++) {
                                    acc[jj] += a * t[base + jj];
                                }
                            }
                            double ni = norm[i];
                            for (int jj = 0; jj < w; jj++) {
                                acc[jj] = Math.sqrt(Math.max(0, ni + norm[j0 + jj] - 2 * acc[jj]));
                            }
                            if (i >= j0 && i < j1) {
                                acc[i - j0] = 0;
                            }
                            // four running sums break the chain of dependent additions
                            double s0 = 0;
                            double s1 = 0;
                            double s2 = 0;
                            double s3 = 0;
                            int jj = 0;
                            for (; jj + 3 < w; jj += 4) {
                                s0 += acc[jj];
                                s1 += acc[jj + 1];
                                s2 += acc[jj + 2];
                                s3 += acc[jj + 3];
                            }
                            for (; jj < w; jj++) {
                                s0 += acc[jj];
                            }
                            dist[i - from][c] += (s0 + s1) + (s2 + s3);
                        }
                    }
                }
                for (int i = from; i < to; i++) {
                    int own = group[i];
                    if (size[own] <= 1) {
                        width[i] = 0;
                        continue;
                    }
                    double a = dist[i - from][own] / (size[own] - 1);
                    double b = Double.POSITIVE_INFINITY;
                    for (int c = 0; c < clusters; c++) {
                        if (c != own && size[c] > 0) {
                            b = Math.min(b, dist[i - from][c] / size[c]);
                        }
                    }
                    double denominator = Math.max(a, b);
                    width[i] = denominator > 0 ? (b - a) / denominator : 0;
                }
            });
        }
        progress.checkCancelled();
        double total = 0;
        for (double v : width) {
            total += v;
        }
        return total / m;
    }

    /** Sum of squared distances from each non-noise row to its segment's mean. */
    public static double wcss(FeatureMatrix data, int[] labels) {
        return SegmentDispersion.of(data, labels).wcss();
    }

    /**
     * Davies-Bouldin index: the mean over segments of the worst ratio (spread_i + spread_j) / distance(i, j), the
     * spread being the mean distance of members to their mean. Lower is better; 0 when it is undefined.
     */
    public static double daviesBouldin(FeatureMatrix data, int[] labels) {
        return SegmentDispersion.of(data, labels).daviesBouldin();
    }

    /**
     * Calinski-Harabasz index: between-segment dispersion over within-segment dispersion, each divided by its
     * degrees of freedom. Higher is better; NaN with fewer than two segments.
     */
    public static double calinskiHarabasz(FeatureMatrix data, int[] labels) {
        return SegmentDispersion.of(data, labels).calinskiHarabasz();
    }

    static void checkLength(FeatureMatrix data, int[] labels) {
        if (labels.length != data.rows()) {
            throw new IllegalArgumentException(labels.length + " labels for " + data.rows() + " rows");
        }
    }
}
