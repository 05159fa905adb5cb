package org.crmworkbench.work;

import java.util.concurrent.atomic.AtomicBoolean;

/** A cancellation flag that a worker can poll and any thread can raise. */
public final class CancelFlag {
    private final AtomicBoolean raised = new AtomicBoolean();

    public void cancel() {
        raised.set(true);
    }

    public boolean isRaised() {
        return raised.get();
    }
}
