package org.crmworkbench.analysis.recommend;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.crmworkbench.work.Progress;

/**
 * Computes every product's top-k most similar products. For product {@code i} it walks the customers who rated
 * {@code i} (product-major column) and, through each one's ratings (customer-major row), adds up the products of
 * centred ratings for every product {@code j} rated alongside in dense per-thread accumulators; then it keeps the
 * {@code k} best {@code j} with similarity above 0 and at least {@code minOverlap} co-raters.
 *
 * <ul>
 *   <li>{@link Similarity#COSINE}: adjusted cosine. Ratings are centred by each customer's mean; the dot product runs
 *       over the co-raters, the norms over each product's whole centred vector (all its raters).</li>
 *   <li>{@link Similarity#PEARSON}: ratings centred by each product's mean (over all its raters); the dot product
 *       and both sums of squares run over the co-raters only. Because a correlation over a few co-raters is often
 *       near 1 by chance, it is shrunk by {@code co-raters / significance} below {@code significance} co-raters
 *       (significance weighting, as for user-kNN); without it item-kNN Pearson predicted worse than the customer
 *       mean on the benchmark data.</li>
 * </ul>
 *
 * <p>Products are shared out in blocks among {@code threads} workers; each product's list is computed by one worker
 * in a fixed order, so the result is the same whatever the thread count.
 */
final class ItemSimilarityBuilder {
    private static final int BLOCK = 8;

    private final RatingMatrix r;
    private final boolean pearson;
    private final int k;
    private final int minOverlap;
    /** Pearson: similarities of pairs with fewer co-raters than this are shrunk by count/significance. */
    private final int significance;
    private final int threads;
    /** Centred ratings in customer-major and product-major order. */
    private final float[] rowCentred;
    private final float[] columnCentred;
    /** Cosine: norm of each product's whole centred vector. */
    private final double[] norms;

    ItemSimilarityBuilder(RatingMatrix r, Similarity similarity, int k, int minOverlap, int significance,
                          int threads) {
        this.r = r;
        this.significance = significance;
        this.pearson = similarity == Similarity.PEARSON;
        this.k = k;
        this.minOverlap = minOverlap;
        this.threads = Math.max(1, threads);
        rowCentred = new float[r.size()];
        columnCentred = new float[r.size()];
        for (int u = 0; u < r.userCount(); u++) {
            for (int p = r.userStart[u]; p < r.userStart[u + 1]; p++) {
                rowCentred[p] = (float) (r.userValues[p] - (pearson ? r.itemMean(r.userItems[p]) : r.userMean(u)));
            }
        }
        norms = new double[r.itemCount()];
        for (int i = 0; i < r.itemCount(); i++) {
            double sq = 0;
            for (int q = r.itemStart[i]; q < r.itemStart[i + 1]; q++) {
                float c = (float) (r.itemValues[q] - (pearson ? r.itemMean(i) : r.userMean(r.itemUsers[q])));
                columnCentred[q] = c;
                sq += (double) c * c;
            }
            norms[i] = Math.sqrt(sq);
        }
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
            Scratch s = new Scratch(r.itemCount(), k, pearson);
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
        if (pearson) {
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
        int width = pearson ? 4 : 2;
        for (int j = 0; j < n; j++) {
            int at = j * width;
            double count = acc[at + width - 1];
            if (count == 0) {
                continue;
            }
            if (j != i && count >= minOverlap) {
                double denominator = pearson ? Math.sqrt(acc[at + 1] * acc[at + 2]) : norms[i] * norms[j];
                double sim = acc[at] / denominator;
                if (pearson && significance > 0 && count < significance) {
                    sim *= count / significance;
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

        Scratch(int items, int k, boolean pearson) {
            acc = new double[items * (pearson ? 4 : 2)];
            heap = new NeighbourHeap(k);
        }
    }
}
