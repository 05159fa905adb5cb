package org.crmworkbench.data.sample;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.crmworkbench.work.CancelledException;

/**
 * Counts the rows one writer has written into a total shared by all writers, in batches, and stops the writer
 * with a {@link CancelledException} once the run is to stop. One counter per writer thread.
 */
final class RowCounter {
    private static final int BATCH = 512;

    private final AtomicLong shared;
    private final AtomicBoolean stop;
    private int pending;

    RowCounter(AtomicLong shared, AtomicBoolean stop) {
        this.shared = shared;
        this.stop = stop;
    }

    /** One more row written. */
    void step() {
        if (++pending >= BATCH) {
            flush();
        }
    }

    /** Adds the pending rows to the shared total; throws if the run is to stop. */
    void flush() {
        shared.addAndGet(pending);
        pending = 0;
        if (stop.get()) {
            throw new CancelledException();
        }
    }
}
