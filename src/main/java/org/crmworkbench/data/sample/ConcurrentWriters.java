package org.crmworkbench.data.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.Progress;

/**
 * Runs independent file writers on a few threads. Each writer's output depends only on the planted world, so
 * the files are the same whatever the scheduling. The {@link Progress} is used only by the calling thread: it
 * polls the writers' shared row count every {@value #POLL_MILLIS} ms, reports it, and on cancellation or the
 * failure of one writer stops the others before returning.
 */
final class ConcurrentWriters {
    private static final long POLL_MILLIS = 50;

    /** One writer; reports each row to its counter. */
    @FunctionalInterface
    interface Writer {
        void write(RowCounter counter) throws IOException;
    }

    private final Progress progress;
    private final long total;
    private final AtomicLong done = new AtomicLong();
    private final AtomicBoolean stop = new AtomicBoolean();

    ConcurrentWriters(Progress progress, long total) {
        this.progress = progress;
        this.total = total;
    }

    /** Runs the writers to completion; rethrows the first failure, or {@link CancelledException}. */
    void runAll(List<Writer> writers) throws IOException {
        int threads = Math.max(1, Math.min(writers.size(), Runtime.getRuntime().availableProcessors()));
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "sample-data-writer-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Writer writer : writers) {
                futures.add(pool.submit(() -> {
                    RowCounter counter = new RowCounter(done, stop);
                    writer.write(counter);
                    counter.flush();
                    return null;
                }));
            }
            Throwable failure = awaitAll(futures);
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            rethrow(failure);
        } finally {
            pool.shutdownNow();
        }
    }

    private Throwable awaitAll(List<Future<?>> futures) {
        Throwable failure = null;
        for (Future<?> future : futures) {
            while (true) {
                try {
                    future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException e) {
                    progress.worked(Math.min(done.get(), total), total);
                    if (progress.isCancelled()) {
                        stop.set(true);
                    }
                } catch (ExecutionException e) {
                    stop.set(true);
                    if (failure == null && !(e.getCause() instanceof CancelledException)) {
                        failure = e.getCause();
                    }
                    break;
                } catch (InterruptedException e) {
                    stop.set(true);
                    Thread.currentThread().interrupt();
                    return new CancelledException();
                }
            }
        }
        return failure;
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure == null) {
            return;
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof UncheckedIOException io) {
            throw io.getCause();
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(failure);
    }

    /** Reports the final count; called after the writers finished. */
    void reportDone() {
        progress.worked(Math.min(done.get(), total), total);
    }
}
