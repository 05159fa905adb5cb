package org.crmworkbench.ui.jobs;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * The application's job runner: bodies run on a small pool of daemon threads, callbacks are delivered through
 * the given executor ({@code Platform::runLater} for the FX thread).
 */
public final class PooledJobRunner extends ExecutorJobRunner implements AutoCloseable {

    public static final int DEFAULT_THREADS = 2;

    private final ExecutorService pool;

    public PooledJobRunner(int threads, Executor callbacks) {
        this(newPool(threads), callbacks);
    }

    private PooledJobRunner(ExecutorService pool, Executor callbacks) {
        super(pool, callbacks, System::nanoTime);
        this.pool = pool;
    }

    /** Two worker threads, callbacks on the JavaFX application thread. */
    public static PooledJobRunner forJavaFx() {
        return new PooledJobRunner(DEFAULT_THREADS, Platform::runLater);
    }

    /** Cancels every job and stops the worker threads. */
    @Override
    public void close() {
        cancelAll();
        pool.shutdownNow();
    }

    private static ExecutorService newPool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        return Executors.newFixedThreadPool(threads, new WorkerThreads());
    }

    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "crm-job-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1); // leave the FX thread the upper hand
            return thread;
        }
    }
}
