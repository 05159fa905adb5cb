package org.crmworkbench.analysis.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.crmworkbench.work.Progress;

/**
 * Runs the per-customer or per-product solves of the factorisation methods over fixed slices of rows on a pool of
 * a chosen size. Slices depend only on the row count, never on the thread count, and each row is solved on its own,
 * so results (and per-slice partial sums reduced in slice order) are the same on one thread or many. Closing it
 * stops the pool's threads.
 */
final class FactorPool implements AutoCloseable {
    /** Rows per slice: small enough to balance load and to notice cancellation quickly. */
    static final int ROWS_PER_SLICE = 128;

    private final ForkJoinPool pool;

    FactorPool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.pool = threads == 1 ? null : new ForkJoinPool(threads);
    }

    /** Threads the methods use by default: every core of the machine. */
    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    static int sliceCount(int rows) {
        return Math.max(1, (rows + ROWS_PER_SLICE - 1) / ROWS_PER_SLICE);
    }

    static int sliceStart(int rows, int slice) {
        return Math.min(rows, slice * ROWS_PER_SLICE);
    }

    /** Runs {@code body} for every slice {@code 0 .. slices-1} and waits for all. */
    void run(int slices, IntConsumer body) {
        if (pool == null || slices == 1) {
            for (int s = 0; s < slices; s++) {
                body.accept(s);
            }
            return;
        }
        pool.invoke(new RecursiveAction() {
            @Override
            protected void compute() {
                List<ForkJoinTask<?>> all = new ArrayList<>(slices);
                for (int s = 0; s < slices; s++) {
                    int slice = s;
                    all.add(ForkJoinTask.adapt(() -> body.accept(slice)));
                }
                invokeAll(all);
            }
        });
    }

    /**
     * Solves every row {@code 0 .. rows-1} on its own, slice by slice: {@code slice} makes the scratch state of one
     * slice (a ridge system, a buffer) and returns the solve of one row. A slice that starts after cancellation was
     * requested is skipped; the caller checks {@code progress} once all have returned.
     */
    void solveRows(int rows, Progress progress, Supplier<IntConsumer> slice) {
        run(sliceCount(rows), s -> {
            if (progress.isCancelled()) {
                return;
            }
            IntConsumer solve = slice.get();
            int end = sliceStart(rows, s + 1);
            for (int row = sliceStart(rows, s); row < end; row++) {
                solve.accept(row);
            }
        });
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
