package org.crmworkbench.analysis.recommend;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.crmworkbench.work.Progress;

/**
 * Computes every product's candidate neighbours: the products with a positive similarity to it and at least
 * {@code minOverlap} co-raters, most similar first, at most {@code candidates} of them. For product {@code i} it walks
 * the customers who rated {@code i} (product-major column) and, through each one's ratings (customer-major row), adds
 * up the products of centred ratings for every product {@code j} rated alongside in dense per-thread accumulators.
 *
 * <ul>
 *   <li>{@link Similarity#COSINE}: adjusted cosine. Ratings are centred by each customer's mean; the dot product runs
 *       over the co-raters, the norms over each product's whole centred vector (all its raters).</li>
 *   <li>{@link Similarity#PEARSON}: ratings centred by each product's mean (over all its raters); the dot product
 *       and both sums of squares run over the co-raters only, shrunk by {@code co-raters / significance} below
 *       {@code significance} co-raters (significance weighting).</li>
 *   <li>{@link Similarity#PEARSON_BASELINE}: ratings centred by the bias baseline {@code mu + b_u + b_i}; the dot
 *       product and both sums of squares run over the co-raters, and the correlation is multiplied by
 *       {@code (n - 1) / (n - 1 + shrinkage)} for n co-raters; pairs with fewer than 2 co-raters have none (as
 *       Surprise's {@code pearson_baseline}).</li>
 * </ul>
 *
 * <p>Products are shared out in blocks among {@code threads} workers; each product's list is computed by one worker
 * in a fixed order, so the result is the same whatever the thread count.
 */
final class ItemSimilarityBuilder {
    private static final int BLOCK = 8;

    private final RatingMatrix r;
    private final Similarity kind;
    private final boolean pairwise;
    private final int candidates;
    private final int minOverlap;
    /** Pearson: similarities of pairs with fewer co-raters than this are shrunk by count/significance. */
    private final int significance;
    /** Pearson-baseline: similarities are multiplied by (n - 1) / (n - 1 + shrinkage). */
    private final double shrinkage;
    private final int threads;
    /** Centred ratings in customer-major and product-major order. */
    private final float[] rowCentred;
    private final float[] columnCentred;
    /** Cosine: norm of each product's whole centred vector. */
    private final double[] norms;

    ItemSimilarityBuilder(RatingMatrix r, RecommenderSettings settings, BiasBaseline.Model biases, int candidates,
                          int threads) {
        this.r = r;
        this.kind = settings.similarity();
        this.pairwise = kind != Similarity.COSINE;
        this.candidates = candidates;
        this.significance = kind == Similarity.PEARSON ? settings.significance() : 0;
        this.shrinkage = settings.shrinkage();
        this.minOverlap = kind == Similarity.PEARSON_BASELINE ? Math.max(2, settings.minOverlap())
                : settings.minOverlap();
        this.threads = Math.max(1, threads);
        rowCentred = new float[r.size()];
        columnCentred = new float[r.size()];
        for (int u = 0; u < r.userCount(); u++) {
            for (int p = r.userStart[u]; p < r.userStart[u + 1]; p++) {
                rowCentred[p] = (float) (r.userValues[p] - centre(biases, u, r.userItems[p]));
            }
        }
        norms = new double[r.itemCount()];
        for (int i = 0; i < r.itemCount(); i++) {
            double sq = 0;
            for (int q = r.itemStart[i]; q < r.itemStart[i + 1]; q++) {
                float c = (float) (r.itemValues[q] - centre(biases, r.itemUsers[q], i));
                columnCentred[q] = c;
                sq += (double) c * c;
            }
            norms[i] = Math.sqrt(sq);
        }
    }

    /** What a rating is centred by: the customer's mean, the product's mean or the bias baseline. */
    private double centre(BiasBaseline.Model biases, int u, int i) {
        return switch (kind) {
            case COSINE -> r.userMean(u);
            case PEARSON -> r.itemMean(i);
            case PEARSON_BASELINE -> biases.unclipped(u, i);
        };
    }

    /** The neighbour lists, most similar first. */
    NeighbourLists build(Progress progress) {
        int n = r.itemCount();
        int[][] indexes = new int[n][];
        float[][] sims = new float[n][];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] helpers = new Thread[threads - 1];
        for (int t = 0; t < helpers.length; t++) {
            helpers[t] = new Thread(() -> work(indexes, sims, next, done, failure, progress, false),
                    "item-knn-" + (t + 1));
            helpers[t].setDaemon(true);
            helpers[t].start();
        }
        work(indexes, sims, next, done, failure, progress, true);
        boolean interrupted = false;
        for (Thread h : helpers) {
            while (true) {
                try {
                    h.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        progress.worked(n, n);
        return NeighbourLists.of(indexes, sims);
    }

    private void work(int[][] indexes, float[][] sims, AtomicInteger next, AtomicInteger done,
                      AtomicReference<Throwable> failure, Progress progress, boolean reports) {
        try {
            Scratch s = new Scratch(r.itemCount(), candidates, pairwise);
            int n = r.itemCount();
            while (failure.get() == null) {
                progress.checkCancelled();
                int from = next.getAndAdd(BLOCK);
                if (from >= n) {
                    return;
                }
                int to = Math.min(n, from + BLOCK);
                for (int i = from; i < to; i++) {
                    neighboursOf(i, s, indexes, sims);
                }
                int finished = done.addAndGet(to - from);
                if (reports) {
                    progress.worked(finished, n);
                }
            }
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
        }
    }

    private void neighboursOf(int i, Scratch s, int[][] indexes, float[][] sims) {
        int[] userStart = r.userStart;
        int[] userItems = r.userItems;
        double[] acc = s.acc;
        int n = r.itemCount();
        // interleaved accumulators per product j: cosine (dot, count), Pearson (dot, sqI, sqJ, count)
        if (pairwise) {
            for (int q = r.itemStart[i]; q < r.itemStart[i + 1]; q++) {
                int u = r.itemUsers[q];
                double a = columnCentred[q];
                double aa = a * a;
                for (int p = userStart[u]; p < userStart[u + 1]; p++) {
                    int at = userItems[p] << 2;
                    double b = rowCentred[p];
                    acc[at] += a * b;
                    acc[at + 1] += aa;
                    acc[at + 2] += b * b;
                    acc[at + 3] += 1;
                }
            }
        } else {
            for (int q = r.itemStart[i]; q < r.itemStart[i + 1]; q++) {
                int u = r.itemUsers[q];
                double a = columnCentred[q];
                for (int p = userStart[u]; p < userStart[u + 1]; p++) {
                    int at = userItems[p] << 1;
                    acc[at] += a * rowCentred[p];
                    acc[at + 1] += 1;
                }
            }
        }
        NeighbourHeap heap = s.heap;
        heap.clear();
        int width = pairwise ? 4 : 2;
        for (int j = 0; j < n; j++) {
            int at = j * width;
            double count = acc[at + width - 1];
            if (count == 0) {
                continue;
            }
            if (j != i && count >= minOverlap) {
                double denominator = pairwise ? Math.sqrt(acc[at + 1] * acc[at + 2]) : norms[i] * norms[j];
                double sim = acc[at] / denominator;
                if (significance > 0 && count < significance) {
                    sim *= count / significance;
                } else if (kind == Similarity.PEARSON_BASELINE) {
                    sim *= (count - 1) / (count - 1 + shrinkage);
                }
                if (denominator > 0 && sim > 0 && Double.isFinite(sim)) {
                    heap.offer(j, (float) Math.min(1.0, sim));
                }
            }
            for (int w = 0; w < width; w++) {
                acc[at + w] = 0;
            }
        }
        int[] idx = new int[heap.size()];
        float[] sim = new float[heap.size()];
        heap.drainInto(idx, sim);
        indexes[i] = idx;
        sims[i] = sim;
    }

    /** One worker's accumulators, dense and interleaved over all products. */
    private static final class Scratch {
        final double[] acc;
        final NeighbourHeap heap;

        Scratch(int items, int k, boolean pairwise) {
            acc = new double[items * (pairwise ? 4 : 2)];
            heap = new NeighbourHeap(k);
        }
    }
}
