package org.crmworkbench.analysis.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.function.IntConsumer;

/**
 * Runs work over fixed slices of the rows on a pool of a chosen size. The slices depend only on the row count, never
 * on the thread count, so per-slice partial sums reduced in slice order give the same bits on one thread or many.
 * Closing it stops the pool's threads.
 */
final class RowChunks implements AutoCloseable {
    /** Rows per slice, at least; slices are a few thousand rows so a slice's scratch stays in cache. */
    static final int MIN_CHUNK_ROWS = 2048;
    /** At most this many slices, so per-slice sums stay small. */
    static final int MAX_CHUNKS = 64;

    private final ForkJoinPool pool;

    /** A runner on {@code threads} threads; one thread runs everything on the caller's thread. */
    RowChunks(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.pool = threads == 1 ? null : new ForkJoinPool(threads);
    }

    /** Threads a computation gets by default: every core of the machine. */
    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Number of slices {@code rows} rows are cut into. */
    static int chunkCount(int rows) {
        return Math.max(1, Math.min(MAX_CHUNKS, rows / MIN_CHUNK_ROWS));
    }

    /** First row of slice {@code chunk} of {@code chunks} over {@code rows} rows; slice c ends where c+1 starts. */
    static int start(int rows, int chunks, int chunk) {
        return (int) ((long) rows * chunk / chunks);
    }

    /** The slice of {@code chunks} over {@code rows} rows that holds {@code row}. */
    static int chunkOf(int rows, int chunks, int row) {
        int ch = (int) ((long) row * chunks / rows);
        while (ch + 1 < chunks && start(rows, chunks, ch + 1) <= row) {
            ch++;
        }
        while (ch > 0 && start(rows, chunks, ch) > row) {
            ch--;
        }
        return ch;
    }

    /** Runs {@code body} once for every task index {@code 0 .. tasks-1}, in parallel, and waits for all. */
    void run(int tasks, IntConsumer body) {
        if (pool == null || tasks == 1) {
            for (int t = 0; t < tasks; t++) {
                body.accept(t);
            }
            return;
        }
        pool.invoke(new RecursiveAction() {
            @Override
            protected void compute() {
                List<ForkJoinTask<?>> all = new ArrayList<>(tasks);
                for (int t = 0; t < tasks; t++) {
                    int task = t;
                    all.add(ForkJoinTask.adapt(() -> body.accept(task)));
                }
                invokeAll(all);
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
