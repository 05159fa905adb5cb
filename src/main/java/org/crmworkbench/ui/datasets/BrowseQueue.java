package org.crmworkbench.ui.datasets;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Data workspace's own reader for short queries: pages of rows and table counts, a few milliseconds each and
 * dozens a second while someone scrolls. They do not go through the {@code JobRunner}: as jobs they would fill
 * the jobs panel with noise and could wait behind an import for one of its two threads.
 *
 * <p>One worker thread takes the newest request first (the rows on screen now matter more than rows scrolled
 * past), and when more than {@value #MAX_WAITING} droppable requests wait, the oldest is dropped and told so.
 * Results and failures are handed back through the callback executor (the FX thread in the window).
 */
public final class BrowseQueue {
    /** How many droppable requests may wait; more push out the oldest. */
    public static final int MAX_WAITING = 12;

    private static final Logger LOG = LoggerFactory.getLogger(BrowseQueue.class);

    /** A read done on the worker thread. */
    @FunctionalInterface
    public interface Read<T> {
        T run() throws Exception;
    }

    private record Request<T>(Read<T> read, Consumer<? super T> done, Consumer<Throwable> failed, Runnable dropped) {
        boolean droppable() {
            return dropped != null;
        }
    }

    private final Executor worker;
    private final Executor callbacks;
    private final Deque<Request<?>> waiting = new ArrayDeque<>();
    private boolean draining; // guarded by waiting

    public BrowseQueue(Executor worker, Executor callbacks) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
    }

    /** One daemon thread (ended after a minute idle), callbacks on the FX thread. */
    public static BrowseQueue forJavaFx() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "crm-browse");
            thread.setDaemon(true);
            return thread;
        });
        return new BrowseQueue(pool, Platform::runLater);
    }

    /** Queues a read that must happen (table counts). */
    public <T> void submit(Read<T> read, Consumer<? super T> done, Consumer<Throwable> failed) {
        enqueue(new Request<>(read, done, failed, null));
    }

    /** Queues a read that may be dropped for newer ones (a page); {@code dropped} then runs on the callback thread. */
    public <T> void submitDroppable(Read<T> read, Consumer<? super T> done, Consumer<Throwable> failed, Runnable dropped) {
        enqueue(new Request<>(read, done, failed, Objects.requireNonNull(dropped, "dropped")));
    }

    private void enqueue(Request<?> request) {
        Request<?> pushedOut = null;
        boolean start;
        synchronized (waiting) {
            waiting.addFirst(request);
            if (waiting.stream().filter(Request::droppable).count() > MAX_WAITING) {
                pushedOut = oldestDroppable();
                waiting.remove(pushedOut);
            }
            start = !draining;
            draining = true;
        }
        if (pushedOut != null) {
            callbacks.execute(pushedOut.dropped());
        }
        if (start) {
            worker.execute(this::drain);
        }
    }

    private Request<?> oldestDroppable() {
        var it = waiting.descendingIterator();
        while (it.hasNext()) {
            Request<?> r = it.next();
            if (r.droppable()) {
                return r;
            }
        }
        throw new IllegalStateException("no droppable request");
    }

    private void drain() {
        while (true) {
            Request<?> next;
            synchronized (waiting) {
                next = waiting.pollFirst();
                if (next == null) {
                    draining = false;
                    return;
                }
            }
            run(next);
        }
    }

    private <T> void run(Request<T> request) {
        try {
            T value = request.read().run();
            callbacks.execute(() -> request.done().accept(value));
        } catch (Exception | Error e) { // a failed read is reported, never lost with the thread
            LOG.warn("Browse read failed", e);
            callbacks.execute(() -> request.failed().accept(e));
        }
    }
}
