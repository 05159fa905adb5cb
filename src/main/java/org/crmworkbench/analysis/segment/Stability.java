package org.crmworkbench.analysis.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.Progress;
import smile.validation.metric.AdjustedRandIndex;

/**
 * How reproducible k-means segments are: k-means is run on several random subsamples of the rows (drawn without
 * replacement), and every pair of runs is compared on the rows both subsamples hold, by the adjusted Rand index
 * (1 = the same segments, about 0 = no better than chance). The result is the mean over all pairs.
 *
 * <p>Each subsample has {@code fraction} of the rows, at most {@code maxRows}; the subsamples and the k-means seeds
 * come from one seed, so the score is reproducible.
 */
public final class Stability {
    public static final double DEFAULT_FRACTION = 0.8;
    public static final int DEFAULT_MAX_ROWS = 20_000;

    private final int resamples;
    private final double fraction;
    private final int maxRows;
    private final long seed;

    /** {@code resamples} subsamples of 80% of the rows, at most 20,000 rows each. */
    public Stability(int resamples, long seed) {
        this(resamples, DEFAULT_FRACTION, DEFAULT_MAX_ROWS, seed);
    }

    public Stability(int resamples, double fraction, int maxRows, long seed) {
        if (resamples < 2) {
            throw new BadParameterException("stabilityResamples", "segment.stability.resamples.tooSmall",
                    "stability needs at least 2 resamples, got " + resamples, resamples);
        }
        if (!(fraction > 0 && fraction <= 1)) {
            throw new BadParameterException("stabilityFraction", "segment.stability.fraction.outOfRange",
                    "the resample fraction must be above 0 and at most 1, got " + fraction, fraction);
        }
        if (maxRows < 2) {
            throw new IllegalArgumentException("maxRows must be at least 2, got " + maxRows);
        }
        this.resamples = resamples;
        this.fraction = fraction;
        this.maxRows = maxRows;
        this.seed = seed;
    }

    public int resamples() {
        return resamples;
    }

    /** Rows in each subsample of a data set of {@code rows} rows. */
    public int subsampleRows(int rows) {
        return (int) Math.max(1, Math.min(maxRows, Math.round(fraction * rows)));
    }

    /**
     * Mean adjusted Rand index between k-means runs (with {@code parameters}, each run with its own seed) on the
     * subsamples. Reports one unit of work per subsample.
     *
     * @throws BadParameterException on {@code k} when a subsample has fewer rows than segments
     */
    public double of(FeatureMatrix data, KMeansParameters parameters, KMeans kmeans, Progress progress) {
        Objects.requireNonNull(data, "data");
        int n = data.rows();
        int m = subsampleRows(n);
        parameters.requireFits(m);
        SplittableRandom random = new SplittableRandom(seed);
        int[][] labels = new int[resamples][];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int d = data.cols();
        double[] x = data.values();
        // every subsample and seed is drawn first, in turn, so the runs do not depend on how they are spread
        int[][] subsamples = new int[resamples][];
        long[] seeds = new long[resamples];
        for (int r = 0; r < resamples; r++) {
            for (int i = 0; i < m; i++) {
                int j = i + random.nextInt(n - i);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            subsamples[r] = Arrays.copyOf(order, m);
            Arrays.sort(subsamples[r]);
            seeds[r] = random.nextLong();
        }
        IntFunction<int[]> run = r -> {
            int[] rows = subsamples[r];
            double[] values = new double[m * d];
            for (int i = 0; i < m; i++) {
                System.arraycopy(x, rows[i] * d, values, i * d, d);
            }
            FeatureMatrix sample = new FeatureMatrix(values, m, data.names());
            // with several threads each run is on one thread, the runs side by side (the same segments either way)
            KMeans runner = kmeans.threads() > 1 ? new KMeans(1) : kmeans;
            Clustering c = runner.fit(sample, parameters.withSeed(seeds[r]), quiet(progress));
            int[] full = new int[n];
            Arrays.fill(full, Clustering.NOISE);
            for (int i = 0; i < m; i++) {
                full[rows[i]] = c.labels()[i];
            }
            return full;
        };
        runAll(run, labels, Math.min(kmeans.threads(), resamples), progress);
        double total = 0;
        int pairs = 0;
        int[] a = new int[n];
        int[] b = new int[n];
        for (int p = 0; p < resamples; p++) {
            for (int q = p + 1; q < resamples; q++) {
                progress.checkCancelled();
                int common = 0;
                for (int i = 0; i < n; i++) {
                    if (labels[p][i] >= 0 && labels[q][i] >= 0) {
                        a[common] = labels[p][i];
                        b[common] = labels[q][i];
                        common++;
                    }
                }
                if (common >= 2) {
                    total += AdjustedRandIndex.of(Arrays.copyOf(a, common), Arrays.copyOf(b, common));
                    pairs++;
                }
            }
        }
        return pairs == 0 ? Double.NaN : total / pairs;
    }

    /** labels[r] = run(r) for every resample, on {@code threads} threads; one unit of work per resample. */
    private void runAll(IntFunction<int[]> run, int[][] labels, int threads, Progress progress) {
        if (threads <= 1) {
            for (int r = 0; r < resamples; r++) {
                progress.checkCancelled();
                labels[r] = run.apply(r);
                progress.worked(r + 1, resamples);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "stability");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<int[]>> runs = new ArrayList<>();
            for (int r = 0; r < resamples; r++) {
                int resample = r;
                runs.add(pool.submit(() -> run.apply(resample)));
            }
            for (int r = 0; r < resamples; r++) {
                labels[r] = runs.get(r).get();
                progress.worked(r + 1, resamples);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Passes cancellation through but keeps an inner computation's work units to itself. */
    static Progress quiet(Progress outer) {
        return new Progress() {
            @Override
            public void worked(long done, long total) {
            }

            @Override
            public void stage(String messageKey, Object... args) {
            }

            @Override
            public boolean isCancelled() {
                return outer.isCancelled();
            }
        };
    }
}
